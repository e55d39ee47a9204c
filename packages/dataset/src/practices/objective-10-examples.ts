import type { Practice } from '@gcm-practices/contract';
import { DATASET_RECORD_DATE } from '../record-dates.js';

/**
 * The example practices on the Migration Network Hub's Objective 10 page. The page gives no
 * publication dates, so
 * `publishedAt` is the date the record entered this dataset.
 */
export const objective10ExamplePractices: Practice[] = [
  {
    id: 'california-assembly-bill-629',
    title: 'State of California Assembly Bill No. 629 (AB-629)',
    summary:
      "A California law, signed by the Governor in late 2019, that opens the state's Crime Victim Compensation Fund to survivors of human trafficking so they can be compensated for lost income and for commercial exploitation. Before it, the fund's rules left trafficking victims out.",
    takeaway:
      'Letting survivors claim compensation through an existing victims fund gives them means to rebuild their lives without creating a new institution.',
    implementers: [{ name: 'State of California', type: 'government' }],
    partners: [],
    countries: ['USA'],
    regions: ['north-america'],
    objectives: [10],
    actions: ['10g', '10h'],
    principles: ['people-centred', 'rule-of-law-and-due-process', 'human-rights'],
    sdgTargets: ['8.7', '16.3'],
    period: { start: 2019, end: null },
    status: 'completed',
    results: [
      "Trafficking survivors can claim payments from California's Crime Victim Compensation Fund for the income they lost and for their commercial exploitation.",
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'protect-project',
    title:
      'PROTECT: Persons at risk of trafficking in Europe – capacity to identify and assist potential victims of human trafficking',
    summary:
      "A two-year cross-border project of the Croatian and British Red Cross, ICMPD and the Croatian Government Office of Human Rights and National Minorities, co-funded by the European Union's ISEC programme. It set out to train front-line caseworkers to spot signs of trafficking and give tailored support, to collect data on groups at risk more systematically, and to let EU Member States exchange good practice on prevention and victim assistance.",
    takeaway:
      'Front-line caseworkers are often the first to meet people at risk of trafficking; equipping them, and pooling data and experience across borders, strengthens both prevention and assistance.',
    implementers: [
      { name: 'Croatian Red Cross', type: 'civil-society' },
      { name: 'British Red Cross', type: 'civil-society' },
      {
        name: 'International Centre for Migration Policy Development (ICMPD)',
        type: 'intergovernmental',
      },
      {
        name: 'Government of the Republic of Croatia, Office of Human Rights and National Minorities',
        type: 'government',
      },
    ],
    partners: ['Prevention of and Fight against Crime Programme of the European Union (ISEC)'],
    countries: ['HRV', 'GBR'],
    regions: ['southern-europe', 'northern-europe'],
    objectives: [10, 1, 23],
    actions: ['10d', '10e', '10i'],
    principles: ['international-cooperation', 'whole-of-society-approach'],
    sdgTargets: ['5.2', '8.7', '16.2'],
    period: { start: 2014, end: 2016 },
    status: 'completed',
    results: [],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'brazil-labour-inspectorate',
    title: "Brazil's labour inspectorate",
    summary:
      "Brazil's labour inspectorate is cited as a model for tackling labour exploitation. Guidelines from the National Commission for the Eradication of Slave Labour (CONATRAE), meant for every authority, apply labour and social security law to migrant workers whether in a regular or irregular situation, keep complainants' identities confidential, regularize affected workers with severance and unemployment pay, and open residence permits, including permanent residence for trafficking victims whatever the outcome of criminal proceedings.",
    takeaway:
      'Treating exploited migrant workers as workers first, with their labour rights enforced, their identity protected and a route to lawful residence, makes it safer for them to come forward.',
    implementers: [
      { name: 'Labour inspectorate of Brazil', type: 'government' },
      {
        name: 'National Commission for the Eradication of Slave Labour (CONATRAE)',
        type: 'government',
      },
    ],
    partners: [],
    countries: ['BRA'],
    regions: ['south-america'],
    objectives: [10, 6, 7],
    actions: ['10e', '10g', '10h'],
    principles: ['human-rights', 'rule-of-law-and-due-process', 'whole-of-government-approach'],
    sdgTargets: ['8.7', '8.8'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
];
