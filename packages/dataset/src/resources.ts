import type { Resource } from '@gcm-practices/contract';
import { knowledgeUptakePractices } from './practices/knowledge-uptake.js';
import type { ResourceField, SourceNotes } from './provenance/notes.js';
import { KNOWLEDGE_UPTAKE_RESOURCE_ID } from './resource-ids.js';

/** A publication as this dataset keeps it: the wire record plus the notes that source it. */
export type CuratedResource = Resource & { sources: SourceNotes<ResourceField> };

const libraryNote = {
  source: 'resourceLibraryTrafficking',
  fields: ['title', 'summary', 'authors', 'year', 'geography'],
  note: 'Country and region as the library lists them ("Worldwide" is the worldwide region). The library leaves the category blank and names no publisher, objective or address.',
} as const;

/**
 * Publications listed under "Trafficking" in the Migration Network Hub's resource library, and
 * IOM's Knowledge Uptake piece on trafficking in persons, from which 13 of the curated practices
 * come. Authors appear only where the library names them. The library leaves every category
 * blank and gives no publisher, objective or address, so those stay null or empty.
 * Worldwide publications have no countries and the `worldwide` region.
 */
export const curatedResources: CuratedResource[] = [
  {
    id: 'framework-document-sops-identification-and-protection-of-victims-of-trafficking',
    lang: 'en',
    // The library page spells the title "Identificaction"; the obvious typo is corrected here.
    title:
      'Framework Document. Developing Standard Operating Procedures to Facilitate the Identification and Protection of Victims of Trafficking',
    summary:
      'A joint IOM–UNHCR framework for working together on identifying, referring, protecting and assisting victims of trafficking. It encourages the two organizations to agree standard operating procedures at field level, proposes how to cooperate so that each brings its expertise and capacity to bear, and names the main areas for coordination, to be adapted to each operation. It replaces the 2009 framework document on protecting trafficked persons.',
    authors: [],
    publishers: [],
    year: 2020,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: 'anti-trafficking-in-humanitarian-responses',
    lang: 'en',
    title:
      'Anti-Trafficking in Humanitarian Responses: A Brief Overview and Analysis of Current Practices and Challenges in Addressing Trafficking in Persons Based on Interviews with Protection Cluster and AOR Coordinators',
    summary:
      'Drawing on interviews with protection cluster and area of responsibility coordinators, this analysis looks at how humanitarian operations deal with trafficking in persons. Crises can intensify existing trafficking and create new forms, from armed groups demanding sexual services to the forced recruitment of children, while weakened rule of law and broken safety nets raise the risks; yet prevention and response are often missing or piecemeal in humanitarian work.',
    authors: [],
    publishers: [],
    year: 2018,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: 'beneath-the-surface-research-and-data-collection-with-assisted-trafficking-victims',
    lang: 'en',
    title:
      'Beneath the Surface - Methodological Issues in Research and Data Collection with Assisted Trafficking Victims',
    summary:
      "A study by IOM and the NEXUS Institute of the methodological and ethical difficulties of researching trafficking and collecting data from assisted victims, drawing on experience with IOM's human trafficking database. It asks for broader and more rigorous research and for honest statements of each data set's limits, so that policymakers and practitioners know how far findings can be relied on when designing and evaluating anti-trafficking work.",
    authors: ['Rebecca Surtees', 'Sarah Craggs'],
    publishers: [],
    year: 2010,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: 'un-gift-human-trafficking-and-business',
    lang: 'en',
    title:
      'UN.GIFT, Human Trafficking and Business: Good Practices to Prevent and Combat Human Trafficking',
    summary:
      'A brochure for companies of every size: what human trafficking is, why it matters to business and what firms can do about it, followed by case studies of the concrete steps companies are taking.',
    authors: ['Philip Hunter'],
    publishers: [],
    year: 2010,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: 'harrowing-journeys',
    lang: 'en',
    title:
      'Harrowing Journeys: Children and Youth on the Move Across the Mediterranean Sea, at Risk of Trafficking and Exploitation',
    summary:
      'A UNICEF and IOM analysis of the journeys of about 22,000 migrants and refugees interviewed by IOM, some 11,000 of them children and youth, on the Mediterranean routes to Europe. Abuse, trafficking and exploitation are common, above all for those travelling alone, with little schooling, on longer journeys or from sub-Saharan Africa. It urges safe and regular pathways for children, stronger protection services, alternatives to detention, cross-border action against trafficking and an end to xenophobia and discrimination.',
    authors: [],
    publishers: [],
    year: 2017,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: 'assessment-of-borno-and-adamawa-states-gbv-and-trafficking-response',
    lang: 'en',
    title:
      'Assessment of Borno and Adamawa States for the Project on Strengthening Response Mechanisms and Accountability to Gender-Based Violence and Trafficking in Persons in North-East Nigeria',
    summary:
      "IOM's assessment, carried out in October and November 2018, of training needs and internal mechanisms of the Nigeria Police Force and the Nigeria Security and Civil Defence Corps in Borno and Adamawa for handling gender-based violence, trafficking in persons and sexual exploitation and abuse. Its recommendations were tailored to a manual for training law enforcement trainers.",
    authors: [],
    publishers: [],
    year: 2019,
    countries: ['NGA'],
    regions: ['west-africa', 'central-africa'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
    sources: [libraryNote],
  },
  {
    id: KNOWLEDGE_UPTAKE_RESOURCE_ID,
    lang: 'en',
    title: 'Knowledge Uptake: Trafficking in persons',
    summary:
      "IOM's lessons on trafficking in persons, drawn from its policy support and operations, among them the Global Assistance Fund and the Regional Migration Programs funded by the U.S. Bureau of Population, Refugees and Migration, and written as input to the consultations on the Global Compact. Its lessons: identify victims early, above all at the front line; give them direct assistance and access to remedies; enforce the laws and policies that exist; pair awareness campaigns with safe, regular ways to migrate; cut the demand for goods and services produced by trafficked people; deal with trafficking before, during and after crises; and keep researching trafficking trends and victim profiles. Each lesson is illustrated by programmes from Central America to the Greater Mekong Subregion.",
    authors: [],
    publishers: [],
    year: null,
    countries: [],
    regions: [],
    category: null,
    objectives: [10],
    url: null,
    relatedPractices: knowledgeUptakePractices.map((practice) => practice.id),
    sources: [
      {
        source: 'knowledgeUptake',
        fields: ['title', 'summary', 'objectives', 'relatedPractices'],
        note: 'The piece calls itself a Knowledge Uptake on trafficking in persons (Objective 10) and gives no date, author or address. Related practices are the programmes it describes.',
      },
    ],
  },
];

export const resources: Resource[] = curatedResources.map(
  ({ sources: _sources, ...resource }) => resource,
);
