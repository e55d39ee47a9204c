import type { ImplementerTypeId } from '@gcm-practices/contract';

/**
 * Name patterns of synthetic implementers and partners. `{country}` is replaced by a country's
 * name when the tables are built, never per practice. Every synthetic record is fictitious.
 */
export const IMPLEMENTER_NAME_PATTERNS: Readonly<Record<ImplementerTypeId, readonly string[]>> = {
  government: [
    'Ministry of Labour, {country}',
    'Ministry of the Interior, {country}',
    'Ministry of Foreign Affairs, {country}',
    'National Anti-Trafficking Committee, {country}',
    'National Police, {country}',
    'Immigration Service, {country}',
    'Ministry of Social Affairs, {country}',
    'Labour Inspectorate, {country}',
    'Office of the Prosecutor General, {country}',
  ],
  'local-authority': [
    'Capital City Council, {country}',
    'Provincial Government of the Border Region, {country}',
    'Municipal Social Services, {country}',
    'District Child Protection Office, {country}',
  ],
  'un-system': [
    'International Organization for Migration (IOM)',
    'UNICEF',
    'United Nations Office on Drugs and Crime (UNODC)',
    'International Labour Organization (ILO)',
    'UNHCR',
    'UN Women',
    'United Nations Country Team, {country}',
  ],
  intergovernmental: [
    'Regional Consultative Process on Migration',
    'Regional Economic Community Secretariat',
    'Intergovernmental Migration Policy Centre',
  ],
  'civil-society': [
    'Coalition Against Trafficking, {country}',
    "Migrant Workers' Rights Centre, {country}",
    "Survivors' Support Network, {country}",
    'Legal Aid Clinic for Migrants, {country}',
    "Women's Shelter Association, {country}",
    'Child Protection Alliance, {country}',
    'National Red Cross or Red Crescent Society, {country}',
  ],
  'private-sector': [
    "Employers' Federation, {country}",
    'Association of Licensed Recruitment Agencies, {country}',
    "Seafood Exporters' Association, {country}",
    "Garment Manufacturers' Association, {country}",
  ],
  academia: [
    'Centre for Migration Studies, National University, {country}',
    'Institute of Criminology, {country}',
    'Migration Research Institute, {country}',
  ],
  'multi-stakeholder': [
    'National Referral Mechanism, {country}',
    'Task Force on Forced Labour, {country}',
    'Border Protection Working Group, {country}',
  ],
};

export const PARTNER_NAME_PATTERNS: readonly string[] = [
  'National Human Rights Institution, {country}',
  'Bar Association, {country}',
  'Trade Union Confederation, {country}',
  'Faith-based Shelter Network, {country}',
  "Women's Rights Organization, {country}",
  'Diaspora Association, {country}',
  'Community Radio Network, {country}',
  "Journalists' Association, {country}",
  'Ministry of Justice, {country}',
  'Telecommunications company',
  'Regional development bank',
  'European Union',
  'Bilateral development agency',
  'Private foundation',
  'University law clinic',
];
