import { CURATION_DATE, type CuratedPractice, ORGANIZATIONS, repositorySource } from './curated.js';

const { IOM, PRM } = ORGANIZATIONS;

/**
 * The practices of the Hub's Repository featured for the World Day Against Trafficking in
 * Persons 2024: collected by the call for practices on Objective 10, peer reviewed, and
 * published for the day (the "Featured practices" page). Each Repository page gives dates,
 * secondary objectives and a structured description; only what those pages and the featured
 * page say is recorded. Guiding principles, SDG targets and actions are shown on the Hub as
 * icons that the copies used here do not carry, so they stay empty.
 */

const PUBLISHED_FOR_WORLD_DAY_2024 = '2024-07-30';
const featuredNote = {
  source: 'featuredPractices2024',
  fields: ['title', 'implementers', 'takeaway', 'results', 'featured', 'campaign', 'review'],
} as const;
const publishedNote = {
  source: 'featuredPractices2024',
  fields: ['publishedAt'],
  note: 'The page says the practices are "now being published for the observance of the World Day Against Trafficking in Persons", 30 July 2024.',
} as const;
const objective10Note = {
  source: 'featuredPractices2024',
  fields: ['objectives'],
  note: 'Collected by the call for practices on Objective 10, which the Hub files them under.',
} as const;

const venezuelaUrl =
  'https://migrationnetwork.un.org/practice/contributing-investigation-trafficking-children-and-women-venezuela';
const pacaraimaUrl = 'https://migrationnetwork.un.org/practice/pacaraima-committee';
const ctdcUrl =
  'https://migrationnetwork.un.org/practice/counter-trafficking-data-collaborative-ctdc';
const northAfricaUrl =
  'https://migrationnetwork.un.org/practice/ioms-regional-programme-strengthens-protection-child-victims-across-north-africa-and-key';
const familyReunificationUrl =
  'https://migrationnetwork.un.org/practice/family-reunification-victims-trafficking-through-iom';

export const featuredPractices2024: CuratedPractice[] = [
  {
    id: 'investigating-trafficking-of-children-and-women-in-venezuela',
    title: 'Contributing to the investigation of trafficking of children and women in Venezuela',
    lang: 'en',
    summary:
      'UNICEF in Venezuela helps state officials identify, investigate and prosecute the trafficking of children and women: it prepared an investigation manual and trained prosecutors, ombudsman staff, police, state security and child protection officials, and spread information on preventing trafficking and on where to seek help.',
    takeaway:
      'Training matched to the people who handle child trafficking cases made their work on those cases better. It also surfaced proposals for next steps, such as a specialized working group with state institutions on preventing the trafficking of children and adolescents.',
    implementers: [{ name: 'UNICEF Country Office in Venezuela', type: 'un-system' }],
    partners: [],
    countries: ['VEN'],
    regions: ['south-america'],
    primaryObjective: 10,
    objectives: [10],
    actions: [],
    principles: [],
    sdgTargets: [],
    period: { start: null, end: null },
    status: null,
    results: [
      'Government officials and social organizations received targeted training and learning materials on the trafficking of children and women.',
      'Interventions in child trafficking cases improved.',
      'The training produced recommendations, among them a specialized working group with state institutions on preventing the trafficking of children and adolescents.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    source: repositorySource(venezuelaUrl),
    hubUrl: venezuelaUrl,
    review: { status: 'peer-reviewed' },
    sections: {
      context:
        'Movement of people out of and within Venezuela has grown since about 2016. No official figures exist, but the movement is thought to have given trafficking networks room to operate inside and outside the country, and the number of children, adolescents and women affected has risen every year.',
      aims: 'To strengthen the capacity of officials to identify, investigate and prosecute trafficking in persons.',
      activities:
        "A manual on investigating the trafficking of women, children and adolescents, prepared with technical support from UNICEF's headquarters and its Latin America and Caribbean regional office, and training on it; a reprint of the Ombudsman's Office training manual on preventing trafficking; wide distribution of material on prevention and on where to turn for help; training for the Public Prosecutor's Office, the Ombudsman's Office, police, state security and child protection officials on recognising trafficking and on their part in prevention and response, above all where children are involved.",
      results:
        'Officials and social organizations who took the training handle child trafficking cases better.',
      lessons:
        'The training led to proposals for further work, among them a specialized working group with state institutions on preventing the trafficking of children and adolescents.',
    },
    relatedResources: [],
    publishedAt: PUBLISHED_FOR_WORLD_DAY_2024,
    updatedAt: CURATION_DATE,
    sources: [
      featuredNote,
      publishedNote,
      objective10Note,
      {
        source: venezuelaUrl,
        fields: ['summary', 'sections', 'geography', 'hubUrl'],
        note: 'Countries from the title and the page text; the region is the country’s. The page gives no dates.',
      },
    ],
  },
  {
    id: 'pacaraima-committee',
    title: 'Pacaraima Committee',
    lang: 'en',
    summary:
      "An initiative in Pacaraima, on Brazil's border with Venezuela, that gives migrants face-to-face legal guidance and information, refers cases of exploitation to the authorities, and works to prevent and respond to abuse and human trafficking, with particular care for unaccompanied, separated and undocumented children and adolescents.",
    takeaway:
      "Legal help, clear information and joint work between authorities protect migrants' rights in practice: coordinated action led to 30 Venezuelans being freed from modern slavery in December 2023.",
    implementers: [{ name: 'Government of Brazil', type: 'government' }],
    partners: [],
    countries: ['BRA'],
    regions: ['south-america'],
    primaryObjective: 10,
    objectives: [10, 3, 5, 8],
    actions: [],
    principles: [],
    sdgTargets: [],
    period: { start: 2021, end: null },
    status: 'ongoing',
    results: [
      "Legal assistance and information improved the protection and fulfilment of migrants' rights.",
      'Coordinated prevention and response to abuse and trafficking improved the well-being of migrants, including unaccompanied and separated children.',
      '30 Venezuelans were rescued from modern slavery in December 2023.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    source: repositorySource(pacaraimaUrl),
    hubUrl: pacaraimaUrl,
    review: { status: 'peer-reviewed' },
    sections: {
      context:
        "More and more migrants, most of them from Venezuela, were entering Brazil and meeting exploitation and abuse. The Federal Public Defender's Office (DPU) saw that they needed legal guidance and protection in person, at the border.",
      aims: "To prevent and fight human trafficking and exploitation, to protect migrant children and adolescents, and to help migrants regularize their status in Brazil, in line with Brazil's Law No. 13.344/16 on trafficking in persons.",
      beneficiaries:
        'Migrants in vulnerable situations: above all unaccompanied, separated and undocumented children and adolescents, and adult migrants exposed to exploitation.',
      activities:
        'Daily explanations of Brazilian law to migrants and spotting cases of exploitation; gathering institutional requests and referring cases to the authorities for investigation; a data panel on the migration situation, including the number of unaccompanied and separated children; operations that free migrants from modern slavery and exploitation.',
      results:
        'Better protection of migrants’ rights and well-being; in December 2023 an operation rescued 30 Venezuelans from modern slavery.',
    },
    relatedResources: [],
    publishedAt: PUBLISHED_FOR_WORLD_DAY_2024,
    updatedAt: CURATION_DATE,
    sources: [
      featuredNote,
      publishedNote,
      {
        source: pacaraimaUrl,
        fields: ['summary', 'sections', 'geography', 'objectives', 'period', 'status', 'hubUrl'],
        note: 'Secondary objectives 3, 5 and 8; dates "2021 - Present", hence no end and status ongoing. Countries from the page text (migrants entering Brazil); the region is the country’s.',
      },
    ],
  },
  {
    id: 'counter-trafficking-data-collaborative',
    title: 'The Counter-Trafficking Data Collaborative (CTDC)',
    lang: 'en',
    summary:
      'The first global data hub on trafficking in persons, run by IOM: it gathers case data from counter-trafficking organizations, harmonises it and publishes it as dashboards, data stories and downloadable datasets, while protecting the privacy and safety of victims. Started in 2017, it was relaunched with new features in June 2024.',
    takeaway:
      'Shared, trustworthy data changes what others can do: CTDC data fed into the Global Estimates of Modern Slavery. Protecting the data and the people behind it, and working with technology companies on new tools, should come first in counter-trafficking data work.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [
      'Polaris',
      'A21',
      'RecollectiV',
      'Portuguese Observatory on Trafficking in Human Beings (OTSH)',
      'Microsoft Research',
    ],
    countries: [],
    regions: ['worldwide'],
    primaryObjective: 10,
    objectives: [10],
    actions: [],
    principles: [],
    sdgTargets: [],
    period: { start: 2017, end: null },
    status: 'ongoing',
    results: [
      'CTDC data contributed to the Global Estimates of Modern Slavery published by ILO, Walk Free and IOM.',
      'Stakeholders use its accessible, up-to-date data to design targeted interventions and evidence-based policies.',
      'The Collaborative issued recommendations on counter-trafficking data: put data protection and ethics first, and use new technologies through strategic partnerships with the private sector.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    source: repositorySource(ctdcUrl),
    hubUrl: ctdcUrl,
    review: { status: 'peer-reviewed' },
    sections: {
      context:
        'Data on trafficking in persons has been hard to share because of privacy concerns and the risk of identifying victims.',
      aims: 'To make reliable, current data on trafficking in persons available while keeping victims safe and their privacy protected, so that local, national and international actors can fight trafficking and exploitation more effectively.',
      beneficiaries:
        'Researchers, policymakers and the public, who use the data to shape evidence-based counter-trafficking work.',
      activities:
        'Collecting, harmonising and publishing data from contributing organizations (IOM, Polaris, A21, RecollectiV and the Portuguese Observatory on Trafficking in Human Beings among them); interactive dashboards, data stories and downloadable datasets; work with partners such as Microsoft Research on privacy techniques such as differential privacy.',
      results:
        'CTDC data fed into the Global Estimates of Modern Slavery of ILO, Walk Free and IOM.',
      lessons:
        'Data protection and ethics come first in sharing counter-trafficking data; partnerships with the private sector bring in new technologies.',
    },
    relatedResources: [],
    publishedAt: PUBLISHED_FOR_WORLD_DAY_2024,
    updatedAt: CURATION_DATE,
    sources: [
      featuredNote,
      publishedNote,
      objective10Note,
      {
        source: ctdcUrl,
        fields: ['summary', 'sections', 'partners', 'geography', 'period', 'status', 'hubUrl'],
        note: 'Dates "2017 - Present"; geographic scope "Global". Partners are the contributing organizations and partners the page names.',
      },
    ],
  },
  {
    id: 'protection-of-child-victims-across-north-africa',
    title:
      "IOM's Regional Programme Strengthens the Protection of Child Victims across North Africa and Key Routes",
    lang: 'en',
    summary:
      'An IOM regional programme that brings together governments of the region, civil society, child protection and counter-trafficking actors to build evidence on child trafficking in North Africa and along its migration routes, above all the Central Mediterranean Route, and to turn it into operational guidance for protecting child victims.',
    takeaway:
      'Bringing governments, civil society and child protection and counter-trafficking specialists to one table fills gaps in evidence and gives practitioners concrete guidance for protecting child victims.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: [],
    regions: ['north-africa'],
    primaryObjective: 10,
    objectives: [10],
    actions: [],
    principles: [],
    sdgTargets: [],
    period: { start: 2023, end: 2025 },
    status: null,
    results: [
      'An evidence base on child trafficking in North Africa was built.',
      'Concrete operational guidance for the protection of child victims was developed.',
      'A 2024 workshop gathered governments, civil society and child protection and counter-trafficking actors to share knowledge on child trafficking in the region, the evidence gap and the protection of child victims.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    source: repositorySource(northAfricaUrl),
    hubUrl: northAfricaUrl,
    review: { status: 'peer-reviewed' },
    sections: {
      context:
        'Mixed and irregular migration through North Africa, above all along the Central Mediterranean Route to Italy, leaves many migrants exposed to violence, abuse, exploitation and trafficking. IOM counted 461,101 people arriving in North Africa in 2021 and 2022, 5,405 of them victims of trafficking, and between 2019 and 2023 registered and assisted more than 40,000 migrant children, 10,000 of them unaccompanied.',
      results:
        'An evidence base on child trafficking in North Africa and operational guidance for protecting child victims; in 2024 a workshop brought the region’s governments, civil society and child protection and counter-trafficking actors together.',
    },
    relatedResources: [],
    publishedAt: PUBLISHED_FOR_WORLD_DAY_2024,
    updatedAt: CURATION_DATE,
    sources: [
      featuredNote,
      publishedNote,
      objective10Note,
      {
        source: northAfricaUrl,
        fields: ['summary', 'sections', 'geography', 'period', 'hubUrl'],
        note: 'Dates "2023 - 2025". The page names no single country; the region is North Africa.',
      },
    ],
  },
  {
    id: 'family-reunification-for-victims-of-trafficking',
    title: 'Family Reunification for Victims of Trafficking through IOM',
    lang: 'en',
    summary:
      "IOM's Return, Reintegration and Family Reunification Program for Victims of Trafficking in the United States (the U.S. TIP Program) helps foreign survivors of trafficking who hold legal status in the United States bring eligible family members to join them, and helps those who choose to go home with return travel and reintegration.",
    takeaway:
      'Reuniting survivors with their families depends on a broad coalition of government bodies, NGOs, international organizations and survivors and their representatives, so that survivors get victim-centred, trauma-informed services, justice and a route to family reunification.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [PRM],
    countries: ['USA'],
    regions: ['north-america'],
    primaryObjective: 10,
    objectives: [10],
    actions: [],
    principles: [],
    sdgTargets: [],
    period: { start: 2005, end: null },
    status: 'ongoing',
    results: [
      'Since the programme began, more than 3,000 family members have joined over 1,300 trafficked people in the United States.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    source: repositorySource(familyReunificationUrl),
    hubUrl: familyReunificationUrl,
    review: { status: 'peer-reviewed' },
    sections: {
      context:
        'U.S. law (the Trafficking Victims Protection Act of 2000 and its reauthorizations) lets victims of trafficking who may stay in the country under a T visa be joined by their immediate family, but many victims lack the knowledge or means to handle consular procedures and travel.',
      aims: 'To give foreign victims of trafficking in the United States, and their eligible relatives, quick family reunification assistance tailored to each case, and to support those who return home so that they are not trafficked again.',
      beneficiaries:
        'Foreign victims of trafficking in the United States who have legal status there, and their eligible family members; victims who choose to return to their country of origin.',
      results:
        'More than 3,000 family members reunited with over 1,300 victims of trafficking since the programme began.',
      lessons:
        'A strong coalition of government bodies, NGOs, international organizations and survivors and their representatives gives survivors access to victim-centred, trauma-informed services, to justice and to family reunification.',
    },
    relatedResources: [],
    publishedAt: PUBLISHED_FOR_WORLD_DAY_2024,
    updatedAt: CURATION_DATE,
    sources: [
      featuredNote,
      publishedNote,
      objective10Note,
      {
        source: familyReunificationUrl,
        fields: ['summary', 'sections', 'partners', 'geography', 'period', 'status', 'hubUrl'],
        note: 'Dates "2005 - Present"; funded by PRM since 2005 (the partner). The country is the United States, where the programme works.',
      },
    ],
  },
];
