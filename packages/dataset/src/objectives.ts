import type { Objective, ObjectiveAction } from '@gcm-practices/contract';
import type { ObjectiveField, SourceNotes } from './provenance/notes.js';

/**
 * The actions of Objective 4, from the Global Compact as adopted (A/RES/73/195, paragraph 20),
 * whole, with `title` the whole action as for Objective 22. (a) and the opening of (b) are read
 * from the Hub's Objective 4 page, which quotes paragraph 20
 * (https://migrationnetwork.un.org/taxonomy/term/282); the rest of (b) and (c)–(g) from page 12
 * of a copy of the resolution
 * (https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=12).
 * Where the two overlap, in (b), they agree word for word. The PDF's stray spaces in
 * "n ationality" and "State ’s" are dropped.
 */
const objective4Actions: ObjectiveAction[] = [
  {
    id: '4a',
    letter: 'a',
    title:
      'Improve civil registry systems, with a particular focus on reaching unregistered persons and our nationals residing in other countries, including by providing relevant identity and civil registry documents, strengthening capacities, and investing in information and communications technology solutions, while upholding the right to privacy and protecting personal data',
    lang: 'en',
    text: 'Improve civil registry systems, with a particular focus on reaching unregistered persons and our nationals residing in other countries, including by providing relevant identity and civil registry documents, strengthening capacities, and investing in information and communications technology solutions, while upholding the right to privacy and protecting personal data',
  },
  {
    id: '4b',
    letter: 'b',
    title:
      'Harmonize travel documents in line with the specifications of the International Civil Aviation Organization to facilitate interoperable and universal recognition of travel documents, as well as to combat identity fraud and document forgery, including by investing in digitalization, and strengthening mechanisms for biometric data-sharing, while upholding the right to privacy and protecting personal data',
    lang: 'en',
    text: 'Harmonize travel documents in line with the specifications of the International Civil Aviation Organization to facilitate interoperable and universal recognition of travel documents, as well as to combat identity fraud and document forgery, including by investing in digitalization, and strengthening mechanisms for biometric data-sharing, while upholding the right to privacy and protecting personal data',
  },
  {
    id: '4c',
    letter: 'c',
    title:
      'Ensure adequate, timely, reliable and accessible consular documentation to our nationals residing in other countries, including identity and travel documents, making use of information and communications technology, as well as community outreach, particularly in remote areas',
    lang: 'en',
    text: 'Ensure adequate, timely, reliable and accessible consular documentation to our nationals residing in other countries, including identity and travel documents, making use of information and communications technology, as well as community outreach, particularly in remote areas',
  },
  {
    id: '4d',
    letter: 'd',
    title:
      'Facilitate access to personal documentation, such as passports and visas, and ensure that relevant regulations and criteria for obtaining such documentation are non-discriminatory, by undertaking a gender-responsive and age-sensitive review in order to prevent increased risk of vulnerabilities throughout the migration cycle',
    lang: 'en',
    text: 'Facilitate access to personal documentation, such as passports and visas, and ensure that relevant regulations and criteria for obtaining such documentation are non-discriminatory, by undertaking a gender-responsive and age-sensitive review in order to prevent increased risk of vulnerabilities throughout the migration cycle',
  },
  {
    id: '4e',
    letter: 'e',
    title:
      'Strengthen measures to reduce statelessness, including by registering migrants’ births, ensuring that women and men can equally confer their nationality on their children, and providing nationality to children born in another State’s territory, especially in situations where a child would otherwise be stateless, fully respecting the human right to a nationality and in accordance with national legislation',
    lang: 'en',
    text: 'Strengthen measures to reduce statelessness, including by registering migrants’ births, ensuring that women and men can equally confer their nationality on their children, and providing nationality to children born in another State’s territory, especially in situations where a child would otherwise be stateless, fully respecting the human right to a nationality and in accordance with national legislation',
  },
  {
    id: '4f',
    letter: 'f',
    title:
      'Review and revise requirements to prove nationality at service delivery centres to ensure that migrants without proof of nationality or legal identity are not precluded from accessing basic services nor denied their human rights',
    lang: 'en',
    text: 'Review and revise requirements to prove nationality at service delivery centres to ensure that migrants without proof of nationality or legal identity are not precluded from accessing basic services nor denied their human rights',
  },
  {
    id: '4g',
    letter: 'g',
    title:
      'Build upon existing practices at the local level that facilitate participation in community life, such as interaction with authorities and access to relevant services, through the issuance of registration cards to all persons living in a municipality, including migrants, that contain basic personal information, while not constituting entitlements to citizenship or residency',
    lang: 'en',
    text: 'Build upon existing practices at the local level that facilitate participation in community life, such as interaction with authorities and access to relevant services, through the issuance of registration cards to all persons living in a municipality, including migrants, that contain basic personal information, while not constituting entitlements to citizenship or residency',
  },
];

/**
 * The lettered actions of Objective 10, as listed under "Associated actions" on the
 * Migration Network Hub's Objective 10 page.
 * `title` is the action's bold lead phrase; `text` is the whole action. Both are cleaned of
 * markdown markers and stray spacing; in (a) the stray comma after "Promote" is dropped, as
 * in the adopted Compact.
 */
const objective10Actions: ObjectiveAction[] = [
  {
    id: '10a',
    letter: 'a',
    title:
      'Promote ratification, accession and implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (UNTOC)',
    lang: 'en',
    text: 'Promote ratification, accession and implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (UNTOC)',
  },
  {
    id: '10b',
    letter: 'b',
    title:
      'Promote the implementation of the Global Plan of Action to Combat Trafficking in Persons',
    lang: 'en',
    text: 'Promote the implementation of the Global Plan of Action to Combat Trafficking in Persons and take into consideration relevant recommendations of the UNODC Toolkit to Combat Trafficking in Persons and other relevant UNODC documents when developing and implementing national and regional policies and measures relating to trafficking in persons',
  },
  {
    id: '10c',
    letter: 'c',
    title:
      'Monitor irregular migration routes which may be exploited by human trafficking networks to recruit and victimize smuggled or irregular migrants',
    lang: 'en',
    text: 'Monitor irregular migration routes which may be exploited by human trafficking networks to recruit and victimize smuggled or irregular migrants, in order to strengthen cooperation at bilateral, regional and cross-regional levels on prevention, investigation, and prosecution of perpetrators, as well as on identification of, and protection and assistance to victims of trafficking in persons',
  },
  {
    id: '10d',
    letter: 'd',
    title:
      'Share relevant information and intelligence through transnational and regional mechanisms',
    lang: 'en',
    text: 'Share relevant information and intelligence through transnational and regional mechanisms, including on the modus operandi, economic models and conditions driving trafficking networks, strengthen cooperation between all relevant actors, including financial intelligence units, regulators and financial institutions, to identify and disrupt financial flows associated with trafficking in persons, and enhance judicial cooperation and enforcement with the aim to ensure accountability and end impunity',
  },
  {
    id: '10e',
    letter: 'e',
    title:
      'Apply measures that address the particular vulnerabilities of women, men, girls and boys, regardless of their migration status',
    lang: 'en',
    text: 'Apply measures that address the particular vulnerabilities of women, men, girls and boys, regardless of their migration status, that have become or are at risk of becoming victims of trafficking in persons and other forms of exploitation by facilitating access to justice and safe reporting without fear of detention, deportation or penalty, focusing on prevention, identification, appropriate protection and assistance, and addressing specific forms of abuse and exploitation',
  },
  {
    id: '10f',
    letter: 'f',
    title:
      'Ensure that definitions of trafficking in persons used in legislation, migration policy and planning',
    lang: 'en',
    text: 'Ensure that definitions of trafficking in persons used in legislation, migration policy and planning, as well as in judicial prosecutions are in accordance with international law, in order to distinguish between the crimes of trafficking in persons and smuggling of migrants',
  },
  {
    id: '10g',
    letter: 'g',
    title:
      'Strengthen legislation and relevant procedures to enhance prosecution of traffickers, avoid criminalization of migrants',
    lang: 'en',
    text: 'Strengthen legislation and relevant procedures to enhance prosecution of traffickers, avoid criminalization of migrants who are victims of trafficking in persons for trafficking-related offences, and ensure that the victim receives appropriate protection and assistance, not conditional upon cooperation with the authorities against suspected traffickers',
  },
  {
    id: '10h',
    letter: 'h',
    title:
      'Provide migrants that have become victims of trafficking in persons with protection and assistance',
    lang: 'en',
    text: "Provide migrants that have become victims of trafficking in persons with protection and assistance, such as measures for physical, psychological and social recovery, as well as measures that permit them to remain in the country of destination, temporarily or permanently, in appropriate cases, facilitating victims' access to justice, including redress and compensation, in accordance with international law",
  },
  {
    id: '10i',
    letter: 'i',
    title: 'Create national and local information systems and training programmes',
    lang: 'en',
    text: 'Create national and local information systems and training programmes which alert and educate citizens, employers, as well as public officials and law enforcement officers, and strengthen capacities to identify signs of trafficking in persons, such as forced, compulsory or child labour, in countries of origin, transit and destination',
  },
  {
    id: '10j',
    letter: 'j',
    title: 'Invest in awareness-raising campaigns',
    lang: 'en',
    text: 'Invest in awareness-raising campaigns, in partnership with relevant stakeholders, for migrants and prospective migrants on the risks and dangers of trafficking in persons, and provide them with information on preventing and reporting trafficking activities',
  },
];

/**
 * The actions of Objective 22, from the Global Compact as adopted (A/RES/73/195, paragraph 38),
 * whole: the resolution gives no lead phrase, so `title` is the whole action, as for 10(a). The
 * PDF's stray space in "( No. 202)" is dropped.
 */
const objective22Actions: ObjectiveAction[] = [
  {
    id: '22a',
    letter: 'a',
    title:
      'Establish or maintain non-discriminatory national social protection systems, including social protection floors for nationals and migrants, in line with the ILO Social Protection Floors Recommendation, 2012 (No. 202)',
    lang: 'en',
    text: 'Establish or maintain non-discriminatory national social protection systems, including social protection floors for nationals and migrants, in line with the ILO Social Protection Floors Recommendation, 2012 (No. 202)',
  },
  {
    id: '22b',
    letter: 'b',
    title:
      'Conclude reciprocal bilateral, regional or multilateral social security agreements on the portability of earned benefits for migrant workers at all skills levels, that refer to applicable social protection floors in the respective States and applicable social security entitlements and provisions, such as pensions, health care or other earned benefits, or integrate such provisions into other relevant agreements, such as those on long-term and temporary labour migration',
    lang: 'en',
    text: 'Conclude reciprocal bilateral, regional or multilateral social security agreements on the portability of earned benefits for migrant workers at all skills levels, that refer to applicable social protection floors in the respective States and applicable social security entitlements and provisions, such as pensions, health care or other earned benefits, or integrate such provisions into other relevant agreements, such as those on long-term and temporary labour migration',
  },
  {
    id: '22c',
    letter: 'c',
    title:
      'Integrate provisions on the portability of entitlements and earned benefits into national social security frameworks, designate focal points in countries of origin, transit and destination that facilitate portability requests from migrants, address the difficulties women and older persons can face in accessing social protection, and establish dedicated instruments, such as migrant welfare funds in countries of origin, that support migrant workers and their families',
    lang: 'en',
    text: 'Integrate provisions on the portability of entitlements and earned benefits into national social security frameworks, designate focal points in countries of origin, transit and destination that facilitate portability requests from migrants, address the difficulties women and older persons can face in accessing social protection, and establish dedicated instruments, such as migrant welfare funds in countries of origin, that support migrant workers and their families',
  },
];

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, with the
 * titles of the adopted text. Only Objective 10 carries its SDG targets, and only Objectives
 * 4, 10 and 22 their actions: of the other objectives no source of this dataset gives every
 * action whole, so none is given rather than a part.
 */
export const objectives: Objective[] = [
  {
    number: 1,
    title:
      'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    shortTitle: 'Data',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 2,
    title:
      'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    shortTitle: 'Minimize adverse drivers',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 3,
    title: 'Provide accurate and timely information at all stages of migration',
    shortTitle: 'Information provision',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 4,
    title: 'Ensure that all migrants have proof of legal identity and adequate documentation',
    shortTitle: 'Legal identity and documentation',
    lang: 'en',
    actions: objective4Actions,
    sdgTargets: [],
  },
  {
    number: 5,
    title: 'Enhance availability and flexibility of pathways for regular migration',
    shortTitle: 'Regular pathways',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 6,
    title:
      'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    shortTitle: 'Recruitment and decent work',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 7,
    title: 'Address and reduce vulnerabilities in migration',
    shortTitle: 'Reduce vulnerabilities',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 8,
    title: 'Save lives and establish coordinated international efforts on missing migrants',
    shortTitle: 'Save lives',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 9,
    title: 'Strengthen the transnational response to smuggling of migrants',
    shortTitle: 'Counter smuggling',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 10,
    title:
      'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    shortTitle: 'Eradicate trafficking',
    lang: 'en',
    actions: objective10Actions,
    sdgTargets: ['5.2', '8.7', '8.8', '10.7', '16.2', '16.3'],
  },
  {
    number: 11,
    title: 'Manage borders in an integrated, secure and coordinated manner',
    shortTitle: 'Manage borders',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 12,
    title:
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    shortTitle: 'Screening and referral',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 13,
    title: 'Use migration detention only as a measure of last resort and work towards alternatives',
    shortTitle: 'Alternatives to detention',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 14,
    title: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
    shortTitle: 'Consular protection',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 15,
    title: 'Provide access to basic services for migrants',
    shortTitle: 'Access to basic services',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 16,
    title: 'Empower migrants and societies to realize full inclusion and social cohesion',
    shortTitle: 'Inclusion and social cohesion',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 17,
    title:
      'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    shortTitle: 'Eliminate discrimination',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 18,
    title:
      'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    shortTitle: 'Skills development and recognition',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 19,
    title:
      'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    shortTitle: 'Migrant and diaspora contributions',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 20,
    title:
      'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
    shortTitle: 'Remittances',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 21,
    title:
      'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    shortTitle: 'Dignified return and reintegration',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
  {
    number: 22,
    title:
      'Establish mechanisms for the portability of social security entitlements and earned benefits',
    shortTitle: 'Social protection',
    lang: 'en',
    actions: objective22Actions,
    sdgTargets: [],
  },
  {
    number: 23,
    title:
      'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    shortTitle: 'International cooperation',
    lang: 'en',
    actions: [],
    sdgTargets: [],
  },
];

/** Which source backs which fields of each objective. */
export const objectiveSources: ReadonlyMap<number, SourceNotes<ObjectiveField>> = new Map(
  objectives.map((objective) => [
    objective.number,
    [
      { source: 'globalCompact', fields: ['title'] },
      {
        source: 'hubObjectiveFilters',
        fields: ['shortTitle'],
        note: 'The Hub’s short names of the objectives ("10 - Eradicate trafficking").',
      },
      ...(objective.number === 4
        ? [
            {
              source: 'https://migrationnetwork.un.org/taxonomy/term/282',
              fields: ['actions'],
              note: 'Action (a) and the opening of (b), whole, from the quotation of paragraph 20 on the Hub’s Objective 4 page.',
            } as const,
            {
              source: 'globalCompact',
              fields: ['actions'],
              note: 'The rest of action (b) and actions (c)–(g) of paragraph 20, whole, read from a copy of the resolution: https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=12',
            } as const,
          ]
        : []),
      ...(objective.number === 10
        ? [
            {
              source: 'objective10Page',
              fields: ['actions', 'sdgTargets'],
              note: 'Associated actions (a)–(j), bold lead phrase as title; relevant SDG targets.',
            } as const,
          ]
        : []),
      ...(objective.number === 22
        ? [
            {
              source: 'globalCompact',
              fields: ['actions'],
              note: 'Actions (a)–(c) of paragraph 38, whole, read from a copy of the resolution: https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=32',
            } as const,
          ]
        : []),
    ],
  ]),
);
