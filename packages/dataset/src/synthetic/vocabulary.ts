import type { ObjectiveNumber } from '@gcm-practices/contract';

/**
 * Phrases synthetic practices are written from: the words people search a catalogue of
 * migration and anti-trafficking practices with. Every synthetic record is fictitious.
 */

/** What a practice works on, by its main objective. */
export const TOPICS_BY_OBJECTIVE: Readonly<Record<ObjectiveNumber, readonly string[]>> = {
  1: ['migration data systems', 'disaggregated data on migrant vulnerabilities'],
  2: ['livelihoods in communities of origin', 'climate resilience in areas of out-migration'],
  3: ['pre-departure information for migrant workers', 'migrant information centres'],
  4: ['identity documents for migrants', 'civil registration of migrant children'],
  5: ['regular labour migration pathways', 'family reunification procedures'],
  6: [
    'ethical recruitment of migrant workers',
    'labour inspection in sectors employing migrants',
    'fair recruitment without fees for workers',
  ],
  7: [
    'case management for migrants in vulnerable situations',
    'protection of unaccompanied and separated children',
  ],
  8: ['search and rescue coordination', 'identification of missing migrants'],
  9: ['investigation of migrant smuggling networks', 'protection of smuggled migrants'],
  10: [
    'identification of victims of trafficking',
    'referral of trafficking victims to specialised services',
    'protection of child victims of trafficking',
    'shelter and reintegration support for survivors of trafficking',
    'prosecution of traffickers',
    'anti-trafficking legislation',
    'prevention of labour trafficking in supply chains',
    'awareness of trafficking risks among prospective migrants',
    'cross-border cooperation against trafficking networks',
    'detection of forced labour at sea',
    'prevention of online sexual exploitation of children',
    'compensation for survivors of trafficking',
    'data collection on trafficking in persons',
    'screening for trafficking in humanitarian settings',
  ],
  11: ['integrated border management', 'human rights training for border officials'],
  12: ['screening and referral at points of entry', 'individual assessment procedures'],
  13: [
    'community-based alternatives to immigration detention',
    'case management instead of detention',
  ],
  14: ['consular assistance to nationals in distress', 'consular cooperation on protection'],
  15: ['access to health care for migrants', 'access to education for migrant children'],
  16: ['social inclusion of migrants in cities', 'orientation courses for newcomers'],
  17: ['campaigns against discrimination', 'ethical reporting on migration'],
  18: ['recognition of skills of returning migrants', 'vocational training for migrant workers'],
  19: ['diaspora investment in local development', 'diaspora engagement platforms'],
  20: ['cheaper remittance transfers', 'financial literacy for migrants and their families'],
  21: ['sustainable reintegration of returning migrants', 'assisted voluntary return'],
  22: ['portability of pension rights', 'bilateral social security agreements'],
  23: ['regional cooperation on migration governance', 'cooperation on labour mobility'],
};

/** Who a practice is for; appended to a topic as " for …". */
export const GROUPS: readonly string[] = [
  'unaccompanied and separated children',
  'migrant domestic workers',
  'seasonal agricultural workers',
  'women migrant workers',
  'returning migrants',
  'survivors of trafficking',
  'migrant fishers',
  'young people in border communities',
  'migrants in transit',
  'displaced families',
  'construction workers',
  'migrants in irregular situations',
  'adolescent girls',
  'garment factory workers',
];

/** Leads of titles: "<lead> <topic> …". */
export const TITLE_LEADS: readonly string[] = [
  'Strengthening',
  'Improving',
  'Scaling up',
  'Expanding',
  'Building capacity in',
  'Supporting',
  'Promoting',
  'Piloting',
  'Institutionalising',
  'Coordinating',
  'Rethinking',
  'Joining forces on',
];

/** Verbs of a summary's first sentence: "Led by <implementer>, the practice <verb> <topic> …". */
/** Lead verbs of a synthetic practice's aims: "To … <topic>". */
export const AIM_VERBS: readonly string[] = [
  'improve',
  'strengthen',
  'build national capacity for',
  'coordinate joint work on',
  'widen support for',
  'test a new approach to',
];

export const SUMMARY_VERBS: readonly string[] = [
  'works to improve',
  'focuses on',
  'builds national capacity for',
  'coordinates joint work on',
  'supports',
  'pilots a new approach to',
  'develops a model for',
  'brings partners together on',
];

/** What Objective 10 practices do, one sentence each. */
export const TRAFFICKING_ACTIVITIES: readonly string[] = [
  'It trains frontline officials, labour inspectors and health workers to recognise signs of trafficking and refer cases.',
  'Case managers arrange safe accommodation, medical care, psychosocial support and legal aid for victims.',
  'Information sessions in communities of origin explain the risks of trafficking and the safe, regular alternatives.',
  'A national hotline lets migrants and the public report suspected trafficking and exploitation in their language.',
  'Prosecutors and judges receive guidance on victim-centred investigations and on avoiding the criminalisation of victims.',
  'Standard operating procedures set out how government agencies and NGOs identify and refer presumed victims.',
  'Employers and recruitment agencies are audited against an ethical recruitment code of conduct.',
  'Survivors receive vocational training, small grants and family tracing to support their reintegration.',
  'Border and immigration officers screen travellers for indicators of trafficking at airports and land crossings.',
  'Financial institutions share red-flag indicators to detect and disrupt money flows linked to trafficking.',
  'Child protection services assess the best interests of child victims and arrange family-based care.',
  'An online campaign on social media warns young people about fraudulent job offers abroad.',
  'Labour inspections target fishing vessels, farms and factories where forced labour has been reported.',
  'Bilateral agreements let police and prosecutors exchange information on trafficking cases.',
];

/** What other practices do, one sentence each. */
export const GENERAL_ACTIVITIES: readonly string[] = [
  'It brings together ministries, local authorities and civil society in a joint working group.',
  'Migrant resource centres give advice on rights, services and safe migration.',
  'Case workers assess individual needs and refer migrants to health, education and legal services.',
  'A training curriculum for public officials covers migrants’ rights and gender-sensitive procedures.',
  'The practice collects and analyses data to inform national migration policy.',
  'Outreach teams reach migrants in remote and border areas through mobile clinics and community volunteers.',
  'A bilateral agreement sets common procedures between countries of origin and destination.',
  'Local partners deliver language classes, job counselling and community dialogue.',
  'Digital tools help migrants find verified information and report abuse safely.',
  'Pilot results were used to draft national guidelines and scale the approach.',
];

/** How a practice works; a summary's closing sentence. */
export const APPROACHES: readonly string[] = [
  'Survivors and migrant associations were consulted in its design.',
  'It is coordinated through a national referral mechanism involving government, civil society and international partners.',
  'The approach is gender-responsive and child-sensitive throughout.',
  'Monitoring and evaluation data are shared with partners every quarter.',
  'Costs are shared between the national budget and development partners.',
  'It builds on lessons from an earlier pilot in two provinces.',
  'Community leaders and faith-based organisations help reach people at risk.',
  'Private sector partners contribute expertise and technology.',
];

/** Lessons; a takeaway is one or two of them. */
export const LESSONS: readonly string[] = [
  'Early identification depends on training the people who meet migrants first.',
  'Victim-centred, trauma-informed services make survivors more willing to cooperate with justice.',
  'Clear referral procedures avoid victims falling between agencies.',
  'Awareness campaigns work best when they also point to safe and regular options.',
  'Cross-border cooperation is only as strong as the trust between the officials involved.',
  'Involving survivors in design makes services more relevant and respectful.',
  'Sustainable funding matters more than the size of a pilot.',
  'Data protection must be built in from the start when collecting information on victims.',
  'Employers and recruiters are partners in prevention, not only targets of inspection.',
  'Children need specialised procedures led by child protection actors.',
  'Local authorities are often best placed to reach migrants in vulnerable situations.',
  'Legislation needs implementing regulations, budgets and trained staff to make a difference.',
  'Regular coordination meetings keep a multi-agency response working.',
  'Reintegration support should start before return and continue long after.',
  'Simple reporting channels in migrants’ own languages increase the number of cases detected.',
  'Evidence from monitoring helped convince decision-makers to scale up.',
];

/** Reported outcomes: a count, then what was counted. */
export const COUNTED_RESULTS: readonly string[] = [
  ' frontline officials trained to identify victims of trafficking.',
  ' survivors received shelter, medical care and legal aid.',
  ' prospective migrants reached by safe migration information sessions.',
  ' cases referred through the national referral mechanism.',
  ' labour inspections carried out in high-risk sectors.',
  ' recruitment agencies adopted a code of conduct on ethical recruitment.',
  ' children reunited with their families with case management support.',
  ' calls handled by the reporting hotline.',
  ' victims of trafficking assisted to return home and reintegrate.',
  ' migrants received information and counselling.',
  ' police and border officers trained on victim-centred investigations.',
  ' community volunteers trained as focal points.',
];

/** Counts used in results, preformatted. */
export const RESULT_COUNTS: readonly string[] = [
  '25',
  '40',
  '60',
  '85',
  '120',
  '150',
  '230',
  '300',
  '450',
  '600',
  '850',
  '1,200',
  '1,500',
  '2,400',
  '3,000',
  '5,000',
  '12,000',
  '25,000',
];

/** Reported outcomes without a count. */
export const PLAIN_RESULTS: readonly string[] = [
  'Standard operating procedures for victim identification adopted by the national authorities.',
  'Anti-trafficking law amended to align its definitions with international law.',
  'A national action plan against trafficking in persons adopted.',
  'A multi-agency coordination group established and meeting regularly.',
  'A case management database launched to track referrals and assistance.',
  'Training modules integrated into the police academy curriculum.',
  'A cooperation agreement signed with authorities of a neighbouring country.',
];
