import type { Resource } from '@gcm-practices/contract';

/**
 * Publications listed under "Trafficking" in the Migration Network Hub's resource library.
 * Authors and publishers appear only where the library's text names them; the library gives no addresses, so `url` is null. Worldwide
 * publications have no countries and the `worldwide` region.
 */
export const resources: Resource[] = [
  {
    id: 'framework-document-sops-identification-and-protection-of-victims-of-trafficking',
    // The library page spells the title "Identificaction"; the obvious typo is corrected here.
    title:
      'Framework Document. Developing Standard Operating Procedures to Facilitate the Identification and Protection of Victims of Trafficking',
    summary:
      'A joint IOM–UNHCR framework for working together on identifying, referring, protecting and assisting victims of trafficking. It encourages the two organizations to agree standard operating procedures at field level, proposes how to cooperate so that each brings its expertise and capacity to bear, and names the main areas for coordination, to be adapted to each operation. It replaces the 2009 framework document on protecting trafficked persons.',
    authors: [],
    publishers: ['IOM', 'UNHCR'],
    year: 2020,
    countries: [],
    regions: ['worldwide'],
    category: 'guidance',
    objectives: [10, 12, 23],
    url: null,
  },
  {
    id: 'anti-trafficking-in-humanitarian-responses',
    title:
      'Anti-Trafficking in Humanitarian Responses: A Brief Overview and Analysis of Current Practices and Challenges in Addressing Trafficking in Persons Based on Interviews with Protection Cluster and AOR Coordinators',
    summary:
      'Drawing on interviews with protection cluster and area of responsibility coordinators, this analysis looks at how humanitarian operations deal with trafficking in persons. Crises can intensify existing trafficking and create new forms, from armed groups demanding sexual services to the forced recruitment of children, while weakened rule of law and broken safety nets raise the risks; yet prevention and response are often missing or piecemeal in humanitarian work.',
    authors: [],
    publishers: [],
    year: 2018,
    countries: [],
    regions: ['worldwide'],
    category: 'research',
    objectives: [10, 7],
    url: null,
  },
  {
    id: 'beneath-the-surface-research-and-data-collection-with-assisted-trafficking-victims',
    title:
      'Beneath the Surface - Methodological Issues in Research and Data Collection with Assisted Trafficking Victims',
    summary:
      "A study by IOM and the NEXUS Institute of the methodological and ethical difficulties of researching trafficking and collecting data from assisted victims, drawing on experience with IOM's human trafficking database. It asks for broader and more rigorous research and for honest statements of each data set's limits, so that policymakers and practitioners know how far findings can be relied on when designing and evaluating anti-trafficking work.",
    authors: ['Rebecca Surtees', 'Sarah Craggs'],
    publishers: ['IOM', 'NEXUS Institute'],
    year: 2010,
    countries: [],
    regions: ['worldwide'],
    category: 'research',
    objectives: [10, 1],
    url: null,
  },
  {
    id: 'un-gift-human-trafficking-and-business',
    title:
      'UN.GIFT, Human Trafficking and Business: Good Practices to Prevent and Combat Human Trafficking',
    summary:
      'A brochure for companies of every size: what human trafficking is, why it matters to business and what firms can do about it, followed by case studies of the concrete steps companies are taking.',
    authors: ['Philip Hunter'],
    publishers: ['UN.GIFT'],
    year: 2010,
    countries: [],
    regions: ['worldwide'],
    category: 'brochure',
    objectives: [10, 6],
    url: null,
  },
  {
    id: 'harrowing-journeys',
    title:
      'Harrowing Journeys: Children and Youth on the Move Across the Mediterranean Sea, at Risk of Trafficking and Exploitation',
    summary:
      'A UNICEF and IOM analysis of the journeys of about 22,000 migrants and refugees interviewed by IOM, some 11,000 of them children and youth, on the Mediterranean routes to Europe. Abuse, trafficking and exploitation are common, above all for those travelling alone, with little schooling, on longer journeys or from sub-Saharan Africa. It urges safe and regular pathways for children, stronger protection services, alternatives to detention, cross-border action against trafficking and an end to xenophobia and discrimination.',
    authors: [],
    publishers: ['UNICEF', 'IOM'],
    year: 2017,
    countries: [],
    regions: ['worldwide'],
    category: 'report',
    objectives: [10, 5, 7, 13, 17],
    url: null,
  },
  {
    id: 'assessment-of-borno-and-adamawa-states-gbv-and-trafficking-response',
    title:
      'Assessment of Borno and Adamawa States for the Project on Strengthening Response Mechanisms and Accountability to Gender-Based Violence and Trafficking in Persons in North-East Nigeria',
    summary:
      "IOM's assessment, carried out in October and November 2018, of training needs and internal mechanisms of the Nigeria Police Force and the Nigeria Security and Civil Defence Corps in Borno and Adamawa for handling gender-based violence, trafficking in persons and sexual exploitation and abuse. Its recommendations were tailored to a manual for training law enforcement trainers.",
    authors: [],
    publishers: ['IOM'],
    year: 2019,
    countries: ['NGA'],
    regions: ['west-africa', 'central-africa'],
    category: 'assessment',
    objectives: [10],
    url: null,
  },
];
