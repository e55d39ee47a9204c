import type { Practice } from '@gcm-practices/contract';
import { type CuratedPractice, notInRepository } from './curated.js';

/**
 * The example practices on the Migration Network Hub's Objective 10 page. They illustrate the
 * objective; they are not practices of the Hub's Repository and were not reviewed by it. The
 * page gives no publication dates (`publishedAt` is null), no lessons (`takeaway` is null), and
 * no actions, principles or SDG targets for them.
 */
const objectivePage: Practice['source'] = {
  kind: 'objective-page',
  title:
    'Migration Network Hub, Objective 10 page (Prevent, combat and eradicate trafficking in persons in the context of international migration): example practices',
  url: null,
};

const common = {
  ...notInRepository(objectivePage),
  partners: [] as string[],
  relatedResources: [],
} as const satisfies Partial<Practice>;

const objective10 = {
  source: 'objective10Page',
  fields: ['objectives'],
  note: 'Listed as an example practice of Objective 10.',
} as const;

export const objective10ExamplePractices: CuratedPractice[] = [
  {
    ...common,
    id: 'california-assembly-bill-629',
    title: 'State of California Assembly Bill No. 629 (AB-629)',
    summary:
      "A California law, signed by the Governor in late 2019, that opens the state's Crime Victim Compensation Fund to survivors of human trafficking so they can be compensated for lost income and for commercial exploitation. Before it, the fund's rules left trafficking victims out.",
    takeaway: null,
    implementers: [{ name: 'State of California', type: 'local-authority' }],
    partners: [],
    countries: ['USA'],
    regions: ['north-america'],
    period: { start: 2019, end: null },
    status: null,
    results: [],
    sections: {
      context:
        "California's Crime Victim Compensation Fund repays victims of violent crime for crime-related costs, but its rules did not let victims of trafficking claim from it.",
      aims: 'To give survivors of human trafficking the means to rebuild their lives, through compensation for lost income and for their commercial exploitation.',
    },
    sources: [
      objective10,
      {
        source: 'objective10Page',
        fields: ['title', 'summary', 'implementers', 'geography', 'period', 'sections'],
        note: 'Signed in late 2019: the period starts then; a law has no end. Implementer type: a state of the United States is a regional authority.',
      },
    ],
  },
  {
    ...common,
    id: 'protect-project',
    title:
      'PROTECT: Persons at risk of trafficking in Europe – capacity to identify and assist potential victims of human trafficking',
    summary:
      "A two-year cross-border project (2014–2016) of the Croatian and British Red Cross, ICMPD and the Croatian Government Office of Human Rights and National Minorities, co-funded by the European Union's ISEC programme. It set out to train front-line caseworkers to spot signs of trafficking and give tailored support, to collect data on groups at risk more systematically, and to let EU Member States exchange good practice on prevention and victim assistance.",
    takeaway: null,
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
    period: { start: 2014, end: 2016 },
    status: 'completed',
    results: [],
    sections: {
      aims: 'To give front-line caseworkers and practitioners the skills to recognise signs of trafficking and offer suitable, tailored support; to collect and compile data on trends and on groups vulnerable to trafficking more systematically; and to let European Union Member States exchange good practice and information on prevention and victim assistance.',
    },
    sources: [
      objective10,
      {
        source: 'objective10Page',
        fields: [
          'title',
          'summary',
          'implementers',
          'partners',
          'geography',
          'period',
          'status',
          'sections',
        ],
        note: 'The page names the four project partners (implementers) and the co-funding programme (partner). It calls the project a two-year cross-border initiative of 2014–2016, in the past tense: completed. Countries are those of the project partners, Croatia and the United Kingdom; regions are theirs.',
      },
    ],
  },
  {
    ...common,
    id: 'brazil-labour-inspectorate',
    title: "Brazil's labour inspectorate",
    summary:
      "Brazil's labour inspectorate is cited as a model for tackling labour exploitation. Guidelines from the National Commission for the Eradication of Slave Labour (CONATRAE), meant for every authority, apply labour and social security law to migrant workers whether in a regular or irregular situation, keep complainants' identities confidential, regularize affected workers with severance and unemployment pay, and open residence permits, including permanent residence for trafficking victims whatever the outcome of criminal proceedings.",
    takeaway: null,
    implementers: [
      { name: 'Labour inspectorate of Brazil', type: 'government' },
      {
        name: 'National Commission for the Eradication of Slave Labour (CONATRAE)',
        type: 'government',
      },
    ],
    countries: ['BRA'],
    regions: ['south-america'],
    period: { start: null, end: null },
    status: null,
    results: [],
    sections: {
      activities:
        'Inter-institutional guidelines prepared by CONATRAE set out what every authority should do: apply all relevant labour and social security law to migrant workers in a regular or irregular situation; guarantee that complainants stay anonymous; regularize affected workers and secure their severance and unemployment pay; and work together so that workers receive permits where possible, including permanent residence for trafficking victims regardless of criminal proceedings, and permits for nationals of MERCOSUR countries, Bolivia, Chile, Peru and Ecuador, or on grounds of family reunion, work, amnesty or humanitarian reasons.',
    },
    sources: [
      objective10,
      {
        source: 'objective10Page',
        fields: ['title', 'summary', 'implementers', 'geography', 'sections'],
      },
    ],
  },
];
