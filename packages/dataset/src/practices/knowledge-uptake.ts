import type { Practice } from '@gcm-practices/contract';
import type { PracticeField, SourceNote } from '../provenance/notes.js';
import { KNOWLEDGE_UPTAKE_RESOURCE_ID } from '../resource-ids.js';
import { type CuratedPractice, notInRepository, ORGANIZATIONS } from './curated.js';

const { IOM, PRM } = ORGANIZATIONS;

/**
 * Programmes described in IOM's Knowledge Uptake on trafficking in persons, written for the
 * consultations on the Global Compact. They are examples in a knowledge product, not practices
 * of the Hub's Repository, and were not reviewed by it. The piece groups them under the lessons
 * it draws; each `takeaway` restates, in this dataset's words, the lesson its practice
 * illustrates. It gives no dates except the Global Assistance Fund's start, no publication
 * dates, and no objectives beyond its subject, trafficking in persons (Objective 10).
 * The piece itself is the resource `knowledge-uptake-trafficking-in-persons`.
 */
const knowledgeUptake: Practice['source'] = {
  kind: 'knowledge-uptake',
  title: 'Knowledge Uptake: Trafficking in persons (IOM)',
  url: null,
};

const common = {
  ...notInRepository(knowledgeUptake),
  sections: {},
  relatedResources: [KNOWLEDGE_UPTAKE_RESOURCE_ID],
} as const satisfies Partial<Practice>;

/** The note every record of this file shares, plus the fields particular to it. */
function fromKnowledgeUptake(
  fields: readonly PracticeField[],
  note?: string,
): SourceNote<PracticeField>[] {
  return [
    {
      source: 'knowledgeUptake',
      fields: ['title', 'summary', 'takeaway', 'objectives', 'relatedResources', ...fields],
      note: [
        'Objective 10 is the subject of the whole piece.',
        ...(fields.includes('partners')
          ? [
              'PRM funds the Regional Migration Programs and the Global Assistance Fund, as the introduction says.',
            ]
          : []),
        ...(note ? [note] : []),
      ].join(' '),
    },
  ];
}

export const knowledgeUptakePractices: CuratedPractice[] = [
  {
    ...common,
    id: 'mesoamerica-training-border-officials-and-police',
    title:
      'Training border officials and national police in MesoAmerica to identify and assist victims of trafficking',
    summary:
      "IOM's Regional Migration Program in MesoAmerica trained government border officials and national police to identify and assist victims of trafficking, teaching basic interviewing techniques and how to recognise victim profiles.",
    takeaway:
      'Protection starts with identifying victims early, and police officers, border officials and other front-line responders are the ones who meet them first.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: ['central-america'],
    period: { start: null, end: null },
    status: null,
    results: [
      'Border officials and national police were trained in identifying and assisting victims of trafficking.',
    ],
    sources: fromKnowledgeUptake(
      ['implementers', 'partners', 'geography', 'results'],
      'MesoAmerica is recorded as the region Central America and Mexico.',
    ),
  },
  {
    ...common,
    id: 'el-salvador-national-protection-mechanisms',
    title: 'National protection mechanisms for victims of trafficking in El Salvador',
    summary:
      "With help from IOM's Regional Migration Program, El Salvador developed national mechanisms to protect victims of trafficking.",
    takeaway:
      'Identifying victims early protects them only when national mechanisms are ready to take them in.',
    implementers: [
      { name: 'Government of El Salvador', type: 'government' },
      { name: IOM, type: 'un-system' },
    ],
    partners: [PRM],
    countries: ['SLV'],
    regions: ['central-america'],
    period: { start: null, end: null },
    status: null,
    results: ['El Salvador developed national protection mechanisms for victims of trafficking.'],
    sources: fromKnowledgeUptake(['implementers', 'partners', 'geography', 'results']),
  },
  {
    ...common,
    id: 'guatemala-guidelines-for-identification-of-victims',
    title: 'Guidelines for Identification of Victims of Trafficking in Persons (Guatemala)',
    summary:
      'Guatemala, supported by IOM\'s Regional Migration Program, drew up national "Guidelines for Identification of Victims of Trafficking in Persons".',
    takeaway:
      'Written national guidance gives every front-line responder the same basis for recognising a victim of trafficking early.',
    implementers: [
      { name: 'Government of Guatemala', type: 'government' },
      { name: IOM, type: 'un-system' },
    ],
    partners: [PRM],
    countries: ['GTM'],
    regions: ['central-america'],
    period: { start: null, end: null },
    status: null,
    results: [
      'Guatemala developed its "Guidelines for Identification of Victims of Trafficking in Persons".',
    ],
    sources: fromKnowledgeUptake(['implementers', 'partners', 'geography', 'results']),
  },
  {
    ...common,
    id: 'dominican-republic-border-monitoring-network',
    title: 'Border Monitoring Network in the Dominican Republic',
    summary:
      "A joint initiative of the Government of the Dominican Republic and civil society, set up with the facilitation of IOM's Regional Migration Program, to coordinate better in identifying migrants in vulnerable situations, trafficking victims among them, and referring them to help.",
    takeaway:
      'When government and civil society work together at the border, migrants in vulnerable situations are identified and referred to help sooner.',
    implementers: [
      { name: 'Government of the Dominican Republic', type: 'government' },
      { name: 'Civil society organizations of the Dominican Republic', type: 'civil-society' },
    ],
    partners: [IOM, PRM],
    countries: ['DOM'],
    regions: ['caribbean'],
    period: { start: null, end: null },
    status: null,
    results: [
      'The Border Monitoring Network was established as a joint government and civil society initiative.',
    ],
    sources: fromKnowledgeUptake(
      ['implementers', 'partners', 'geography', 'results'],
      'IOM facilitated the network: a partner, not an implementer.',
    ),
  },
  {
    ...common,
    id: 'iom-global-assistance-fund',
    title: "IOM's Global Assistance Fund (GAF)",
    summary:
      'An emergency mechanism that pays for case-by-case help to migrants in vulnerable situations anywhere in the world, including trafficked men, women and children: a safe place to stay, medical and psychosocial care, legal help, and assisted voluntary return and reintegration, in countries of destination, transit and origin. The U.S. Department of State has contributed to it since 2008, and it is open to other donors.',
    takeaway:
      'Victims of trafficking often cannot reach the services and remedies they are entitled to; direct, individual assistance closes that gap.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: ['worldwide'],
    period: { start: 2000, end: null },
    status: null,
    results: [
      'More than 2,500 victims of trafficking of 70 nationalities received direct assistance from the fund’s start in 2000 to the time of writing.',
      'The fund helped assist 600 men found on foreign fishing vessels in Indonesian waters, some of whom had spent years at sea; one had been cut off from his family for 22 years.',
    ],
    sources: fromKnowledgeUptake(
      ['implementers', 'partners', 'geography', 'period', 'results'],
      'Global in scope ("globally"); started in 2000 ("since its inception in 2000"). The piece predates the Compact, so no current status is recorded.',
    ),
  },
  {
    ...common,
    id: 'migrant-resource-and-response-mechanisms',
    title: 'Migrant Resource and Response Mechanisms (MRRMs)',
    summary:
      "Flexible cooperation arrangements among key partners, set up by IOM's Regional Migration Programs at strategic points on migration routes such as transit countries, to identify migrants in vulnerable situations, trafficking victims among them, and make sure they get both immediate and longer-term support. Each is shaped to its country's migration patterns, needs and social, political, economic and legal context.",
    takeaway:
      'Arrangements tailored to each country and placed where migrants actually pass reach victims who would otherwise go without help.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: [],
    period: { start: null, end: null },
    status: null,
    results: [],
    sources: fromKnowledgeUptake(['implementers', 'partners']),
  },
  {
    ...common,
    id: 'lao-pdr-first-anti-trafficking-legislation',
    title: "Support to Lao PDR's first anti-trafficking legislation",
    summary:
      "IOM's Regional Migration Program in the Greater Mekong Subregion gave technical support to the Lao People's Democratic Republic as it developed its first law on preventing human trafficking and prosecuting traffickers.",
    takeaway:
      'A law is the start, not the end: policies and legal frameworks against trafficking work only as far as they are enforced and implemented.',
    implementers: [
      { name: "Government of the Lao People's Democratic Republic", type: 'government' },
      { name: IOM, type: 'un-system' },
    ],
    partners: [PRM],
    countries: ['LAO'],
    regions: ['south-east-asia', 'greater-mekong-subregion'],
    period: { start: null, end: null },
    status: null,
    results: [
      "The Lao People's Democratic Republic developed its first law against human trafficking, covering both prevention and the prosecution of traffickers.",
    ],
    sources: fromKnowledgeUptake(['implementers', 'partners', 'geography', 'results']),
  },
  {
    ...common,
    id: 'thailand-myanmar-border-cooperation',
    title: 'Thailand–Myanmar border cooperation meetings against trafficking',
    summary:
      'IOM-supported meetings on border cooperation in which Thailand and Myanmar exchanged information on trafficking.',
    takeaway:
      'Laws against trafficking work only when they are enforced: cooperation between neighbouring countries turns shared information into prosecutions and rescues.',
    implementers: [
      { name: 'Government of Thailand', type: 'government' },
      { name: 'Government of Myanmar', type: 'government' },
    ],
    partners: [IOM],
    countries: ['THA', 'MMR'],
    regions: ['south-east-asia', 'greater-mekong-subregion'],
    period: { start: null, end: null },
    status: null,
    results: [
      'Information exchanged at the meetings led to the prosecution of traffickers and of a trafficking ring.',
      'More than 100 victims of trafficking were rescued and safely returned.',
    ],
    sources: fromKnowledgeUptake(
      ['implementers', 'partners', 'geography', 'results'],
      'IOM supported the meetings between the two States: a partner, not an implementer.',
    ),
  },
  {
    ...common,
    id: 'greater-mekong-safe-migration-information-and-job-fairs',
    title: 'Safe migration information and job fairs in the Greater Mekong Subregion',
    summary:
      "IOM's Regional Migration Program hands out education materials on safe migration and, alongside them, holds job fairs offering decent and safe work abroad, so that job seekers have an alternative to irregular and possibly dangerous migration.",
    takeaway:
      'Awareness work is more convincing when it points to safe, regular options as well as warning about the risks of trafficking.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: ['greater-mekong-subregion'],
    period: { start: null, end: null },
    status: null,
    results: [],
    sources: fromKnowledgeUptake(['implementers', 'partners', 'geography']),
  },
  {
    ...common,
    id: 'viet-nam-ethical-recruitment-workshop',
    title: "Workshop on ethical recruitment and migrants' rights in Viet Nam",
    summary:
      "IOM's Regional Migration Program held a workshop on ethical recruitment and the rights of migrants for provincial government officials and private sector representatives, recruitment agencies among them.",
    takeaway:
      'Cutting the demand for goods and services made by trafficked people starts with employers and recruiters: labour standards, ethical recruitment, fair employment and clean supply chains.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: ['VNM'],
    regions: ['south-east-asia', 'greater-mekong-subregion'],
    period: { start: null, end: null },
    status: null,
    results: [
      'Provincial government and private sector representatives, including recruitment agencies, took part in a workshop on ethical recruitment and the rights of migrants.',
    ],
    sources: fromKnowledgeUptake(['implementers', 'partners', 'geography', 'results']),
  },
  {
    ...common,
    id: 'iom-x',
    title: 'IOM X',
    summary:
      'A campaign supported by IOM that promotes safe migration and calls on the public to act against human trafficking, for instance by favouring businesses that respect protection standards and by looking into how the companies they buy from treat their workers.',
    takeaway:
      'Consumers can shrink the market for trafficking: information campaigns that steer them towards responsible businesses reduce demand for goods and services produced through exploitation.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: [],
    regions: ['greater-mekong-subregion'],
    period: { start: null, end: null },
    status: null,
    results: [],
    sources: fromKnowledgeUptake(
      ['implementers', 'geography'],
      'The piece places IOM X "in the same region" as its Viet Nam example, in the Greater Mekong Subregion section.',
    ),
  },
  {
    ...common,
    id: 'micic-guidelines-and-issue-brief-on-trafficking-in-crises',
    title:
      'Migrants in Countries in Crisis (MICIC): Guidelines and issue brief on trafficking in crises',
    summary:
      'MICIC was a process led by States to help States and other actors respond better to migrants trapped in countries hit by conflict or disaster. It produced the Guidelines "To protect migrants in countries experiencing conflict or natural disaster" and the issue brief "Responding to human trafficking and exploitation in times of crisis: Reducing the vulnerabilities of migrants in preparedness, response and recovery efforts", which sets out why and how countries should tackle trafficking during crises.',
    takeaway:
      'Conflict, disasters and prolonged unrest can create or worsen trafficking, so humanitarian work should address it before, during and after a crisis.',
    implementers: [
      { name: 'Migrants in Countries in Crisis (MICIC) Initiative', type: 'intergovernmental' },
    ],
    partners: [],
    countries: [],
    regions: [],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'The MICIC Guidelines "To protect migrants in countries experiencing conflict or natural disaster" were developed.',
      'An issue brief on responding to human trafficking and exploitation in times of crisis was developed.',
    ],
    sources: fromKnowledgeUptake(
      ['implementers', 'status', 'results'],
      'The piece says MICIC "was" a state-led process: completed.',
    ),
  },
  {
    ...common,
    id: 'iom-regional-migration-programs-trafficking-data-and-research',
    title: "Data and research on exploitation and trafficking in IOM's Regional Migration Programs",
    summary:
      "IOM's Regional Migration Programs keep gathering data on migrants and the way migration is changing, among them people's experience of exploitation and trafficking, and help UN and academic partners analyse IOM's own primary data.",
    takeaway:
      'Research on trafficking trends and victim profiles helps design better policies and programmes and shows whether they work.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: [],
    period: { start: null, end: null },
    status: null,
    results: [],
    sources: fromKnowledgeUptake(['implementers', 'partners']),
  },
];
