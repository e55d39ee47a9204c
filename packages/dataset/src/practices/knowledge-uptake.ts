import type { Practice } from '@gcm-practices/contract';
import { DATASET_RECORD_DATE } from '../record-dates.js';

const IOM = 'International Organization for Migration (IOM)';
/** Funder of IOM's Global Assistance Fund and Regional Migration Programs. */
const PRM = 'U.S. Department of State, Bureau of Population, Refugees and Migration (PRM)';

/**
 * Practices described in IOM's Knowledge Uptake on trafficking in persons, written for the
 * consultations on the Global Compact. Most were
 * carried out by IOM's Regional Migration Programs, which the U.S. Department of State's
 * Bureau of Population, Refugees and Migration funds. The source gives no dates except for the
 * Global Assistance Fund, so periods are null elsewhere and `publishedAt` is the date the record
 * entered this dataset. Takeaways restate, in this dataset's words, the lesson under which the
 * Knowledge Uptake presents each practice.
 */
export const knowledgeUptakePractices: Practice[] = [
  {
    id: 'mesoamerica-training-border-officials-and-police',
    title:
      'Training border officials and national police in MesoAmerica to identify and assist victims of trafficking',
    summary:
      "IOM's Regional Migration Program in MesoAmerica trained government border officials and national police to identify and assist victims of trafficking, teaching basic interviewing techniques and how to recognise victim profiles.",
    takeaway:
      'Police officers and border officials are often the first to meet victims; practical interviewing and profiling skills help them spot victims early, which is where protection starts.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: ['central-america'],
    objectives: [10, 11],
    actions: ['10e', '10i'],
    principles: ['whole-of-government-approach', 'human-rights'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Border officials and national police were trained in identifying and assisting victims of trafficking.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'el-salvador-national-protection-mechanisms',
    title: 'National protection mechanisms for victims of trafficking in El Salvador',
    summary:
      "With help from IOM's Regional Migration Program, El Salvador developed national mechanisms to protect victims of trafficking.",
    takeaway:
      'Identifying victims only protects them when there is a national mechanism ready to take them in and assist them.',
    implementers: [
      { name: 'Government of El Salvador', type: 'government' },
      { name: IOM, type: 'un-system' },
    ],
    partners: [PRM],
    countries: ['SLV'],
    regions: ['central-america'],
    objectives: [10],
    actions: ['10e', '10h'],
    principles: ['human-rights', 'whole-of-government-approach'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: ['El Salvador developed national protection mechanisms for victims of trafficking.'],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'guatemala-guidelines-for-identification-of-victims',
    title: 'Guidelines for Identification of Victims of Trafficking in Persons (Guatemala)',
    summary:
      'Guatemala, supported by IOM\'s Regional Migration Program, drew up national "Guidelines for Identification of Victims of Trafficking in Persons".',
    takeaway:
      'Written national guidance gives every front-line responder the same basis for recognising a victim of trafficking.',
    implementers: [
      { name: 'Government of Guatemala', type: 'government' },
      { name: IOM, type: 'un-system' },
    ],
    partners: [PRM],
    countries: ['GTM'],
    regions: ['central-america'],
    objectives: [10, 12],
    actions: ['10e', '10i'],
    principles: ['rule-of-law-and-due-process', 'whole-of-government-approach'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Guatemala developed its "Guidelines for Identification of Victims of Trafficking in Persons".',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'dominican-republic-border-monitoring-network',
    title: 'Border Monitoring Network in the Dominican Republic',
    summary:
      "A joint initiative of the Government of the Dominican Republic and civil society, set up with the facilitation of IOM's Regional Migration Program, to work together on spotting migrants in vulnerable situations, trafficking victims among them, and referring them to help.",
    takeaway:
      'When government and civil society watch the border together, migrants in vulnerable situations are more likely to be identified and referred to help.',
    implementers: [
      { name: 'Government of the Dominican Republic', type: 'government' },
      { name: 'Civil society organizations of the Dominican Republic', type: 'civil-society' },
    ],
    partners: [IOM, PRM],
    countries: ['DOM'],
    regions: ['caribbean'],
    objectives: [10, 11, 12],
    actions: ['10c', '10e'],
    principles: ['whole-of-society-approach', 'whole-of-government-approach'],
    sdgTargets: ['8.7', '10.7'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'The Border Monitoring Network was established as a joint government and civil society initiative.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'iom-global-assistance-fund',
    title: "IOM's Global Assistance Fund (GAF)",
    summary:
      'An emergency mechanism that pays for case-by-case help to migrants in vulnerable situations anywhere in the world, including trafficked men, women and children: a safe place to stay, medical and psychosocial care, legal help, and assisted voluntary return and reintegration, wherever they are on their journey. The U.S. Department of State has funded it since 2008, and it is open to other donors.',
    takeaway:
      'Victims of trafficking are often entitled to shelter, health care, legal aid and help to return, yet rarely reach them; a flexible global fund can bridge that gap one case at a time.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: ['U.S. Department of State'],
    countries: [],
    regions: ['worldwide'],
    objectives: [10, 7, 21],
    actions: ['10e', '10h'],
    principles: ['people-centred', 'human-rights', 'international-cooperation'],
    sdgTargets: ['5.2', '8.7', '16.2'],
    period: { start: 2000, end: null },
    status: 'ongoing',
    results: [
      'More than 2,500 victims of trafficking of 70 nationalities have received direct assistance since the fund began in 2000.',
      'The fund helped assist 600 men found on foreign fishing vessels in Indonesian waters, some of whom had spent years at sea; one had been cut off from his family for 22 years.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'migrant-resource-and-response-mechanisms',
    title: 'Migrant Resource and Response Mechanisms (MRRMs)',
    summary:
      "Flexible cooperation arrangements among key partners, set up by IOM's Regional Migration Programs at strategic points on migration routes such as transit countries, to identify migrants in vulnerable situations, trafficking victims among them, and make sure they get both immediate and longer-term support. Each is shaped to its country's migration patterns, needs and social, political, economic and legal context.",
    takeaway:
      'Arrangements tailored to each country and placed where migrants actually pass reach victims who would otherwise go unnoticed.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: [],
    regions: [],
    objectives: [10, 7, 12],
    actions: ['10c', '10e', '10h'],
    principles: ['international-cooperation', 'whole-of-society-approach'],
    sdgTargets: ['8.7', '10.7'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
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
    objectives: [10],
    actions: ['10f', '10g'],
    principles: ['rule-of-law-and-due-process', 'national-sovereignty'],
    sdgTargets: ['8.7', '16.3'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Lao PDR developed its first law against human trafficking, covering both prevention and the prosecution of traffickers.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'thailand-myanmar-border-cooperation',
    title: 'Thailand–Myanmar border cooperation meetings against trafficking',
    summary:
      'IOM-supported meetings on border cooperation in which Thailand and Myanmar exchanged information on trafficking.',
    takeaway:
      'Regular contact between neighbouring countries turns shared information into prosecutions and rescues.',
    implementers: [
      { name: 'Government of Thailand', type: 'government' },
      { name: 'Government of Myanmar', type: 'government' },
    ],
    partners: [IOM],
    countries: ['THA', 'MMR'],
    regions: ['south-east-asia', 'greater-mekong-subregion'],
    objectives: [10, 11, 23],
    actions: ['10d', '10g', '10h'],
    principles: ['international-cooperation', 'rule-of-law-and-due-process'],
    sdgTargets: ['8.7', '16.3'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Information exchanged at the meetings led to the prosecution of traffickers and of a trafficking ring.',
      'More than 100 victims of trafficking were rescued and safely returned.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
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
    objectives: [10, 3, 5, 6],
    actions: ['10j'],
    principles: ['people-centred', 'sustainable-development'],
    sdgTargets: ['8.8', '10.7'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
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
    objectives: [10, 6],
    actions: ['10i'],
    principles: ['whole-of-society-approach', 'human-rights'],
    sdgTargets: ['8.7', '8.8'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Provincial government and private sector representatives, including recruitment agencies, took part in a workshop on ethical recruitment and the rights of migrants.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
    id: 'iom-x',
    title: 'IOM X',
    summary:
      'An innovative campaign supported by IOM that promotes safe migration and calls on the public to act against human trafficking, for instance by favouring businesses that respect protection standards and by checking how the companies they buy from treat their workers.',
    takeaway:
      'Consumers can shrink the market for trafficking: information campaigns that steer them towards responsible businesses reduce demand for goods and services produced through exploitation.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: [],
    regions: ['south-east-asia'],
    objectives: [10, 3],
    actions: ['10j'],
    principles: ['whole-of-society-approach'],
    sdgTargets: ['8.7', '10.7'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
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
    regions: ['worldwide'],
    objectives: [10, 7],
    actions: ['10e'],
    principles: ['international-cooperation', 'human-rights'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'The MICIC Guidelines "To protect migrants in countries experiencing conflict or natural disaster" were developed.',
      'An issue brief on responding to human trafficking and exploitation in times of crisis was developed.',
    ],
    links: [],
    featured: false,
    campaign: null,
    publishedAt: DATASET_RECORD_DATE,
    updatedAt: DATASET_RECORD_DATE,
  },
  {
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
    objectives: [10, 1],
    actions: ['10i'],
    principles: ['international-cooperation'],
    sdgTargets: ['8.7', '10.7'],
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
