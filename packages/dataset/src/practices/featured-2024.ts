import type { Practice } from '@gcm-practices/contract';
import { WORLD_DAY_2024_PUBLICATION_DATE } from '../record-dates.js';

const IOM = 'International Organization for Migration (IOM)';

/**
 * The practices featured for the World Day Against Trafficking in Persons 2024, collected by
 * the Hub's call for practices on Objective 10 and peer reviewed before publication
 * (the Hub's "Featured practices" page). Years are left null: the source gives none. Status is
 * `completed` where the takeaway reports the work in the past tense (the call asked for fully
 * or mostly completed practices) and `ongoing` where it describes it as still running.
 */
export const featuredPractices2024: Practice[] = [
  {
    id: 'investigating-trafficking-of-children-and-women-in-venezuela',
    title: 'Contributing to the investigation of trafficking of children and women in Venezuela',
    summary:
      'UNICEF in Venezuela trained government officials and social organizations and gave them learning materials, so that they could recognise, investigate and respond to the trafficking of children and women.',
    takeaway:
      'Training matched to the people who handle child trafficking cases made their work on those cases better. It also surfaced proposals for next steps, such as a specialized working group with state institutions on preventing the trafficking of children and adolescents.',
    implementers: [{ name: 'UNICEF Country Office in Venezuela', type: 'un-system' }],
    partners: [],
    countries: ['VEN'],
    regions: ['south-america'],
    objectives: [10],
    actions: ['10e', '10i'],
    principles: ['child-sensitive', 'gender-responsive', 'whole-of-society-approach'],
    sdgTargets: ['5.2', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'Government officials and social organizations received targeted training and learning materials on the trafficking of children and women.',
      'Interventions in child trafficking cases improved.',
      'The training produced recommendations, among them a specialized working group with state institutions on preventing the trafficking of children and adolescents.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    publishedAt: WORLD_DAY_2024_PUBLICATION_DATE,
    updatedAt: WORLD_DAY_2024_PUBLICATION_DATE,
  },
  {
    id: 'pacaraima-committee',
    title: 'Pacaraima Committee',
    summary:
      'A Government of Brazil initiative that gives migrants legal assistance and information and coordinates efforts to prevent and respond to abuse and human trafficking, paying particular attention to unaccompanied and separated children and other groups at risk.',
    takeaway:
      "Legal help, clear information and joint work between authorities protect migrants' rights in practice: coordinated action led to 30 Venezuelans being freed from modern slavery in December 2023.",
    implementers: [{ name: 'Government of Brazil', type: 'government' }],
    partners: [],
    countries: ['BRA'],
    regions: ['south-america'],
    objectives: [10, 7],
    actions: ['10e', '10h'],
    principles: ['human-rights', 'child-sensitive', 'whole-of-government-approach'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      "Legal assistance and information improved the protection and fulfilment of migrants' rights.",
      'Coordinated prevention and response to abuse and trafficking improved the well-being of migrants, including unaccompanied and separated children.',
      '30 Venezuelans were rescued from modern slavery in December 2023.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    publishedAt: WORLD_DAY_2024_PUBLICATION_DATE,
    updatedAt: WORLD_DAY_2024_PUBLICATION_DATE,
  },
  {
    id: 'counter-trafficking-data-collaborative',
    title: 'The Counter-Trafficking Data Collaborative (CTDC)',
    summary:
      'A data hub run by IOM with civil society and private sector partners that makes reliable, current data on trafficking in persons accessible, so that policies and programmes can rest on evidence.',
    takeaway:
      'Shared, trustworthy data changes what others can do: CTDC data fed into the Global Estimates of Modern Slavery. Protecting the data and the people behind it, and working with technology companies on new tools, should come first in counter-trafficking data work.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: [],
    regions: ['worldwide'],
    objectives: [10, 1],
    actions: ['10d'],
    principles: ['international-cooperation', 'whole-of-society-approach', 'human-rights'],
    sdgTargets: ['5.2', '8.7', '16.2'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [
      'CTDC data contributed to the Global Estimates of Modern Slavery published by ILO, Walk Free and IOM.',
      'Stakeholders use its accessible, up-to-date data to design targeted interventions and evidence-based policies.',
      'The Collaborative issued recommendations on counter-trafficking data: put data protection and ethics first, and use new technologies through strategic partnerships with the private sector.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    publishedAt: WORLD_DAY_2024_PUBLICATION_DATE,
    updatedAt: WORLD_DAY_2024_PUBLICATION_DATE,
  },
  {
    id: 'protection-of-child-victims-across-north-africa',
    title:
      "IOM's Regional Programme Strengthens the Protection of Child Victims across North Africa and Key Routes",
    summary:
      'An IOM regional programme that brings together governments of the region, civil society, child protection and counter-trafficking actors to build evidence on child trafficking in North Africa and along its migration routes, and to turn it into operational guidance for protecting child victims.',
    takeaway:
      'Bringing governments, civil society and child protection and counter-trafficking specialists to one table fills gaps in evidence and gives practitioners concrete guidance for protecting child victims.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: [],
    regions: ['north-africa'],
    objectives: [10, 1, 7],
    actions: ['10c', '10e', '10h'],
    principles: ['child-sensitive', 'international-cooperation', 'whole-of-society-approach'],
    sdgTargets: ['8.7', '16.2'],
    period: { start: null, end: null },
    status: 'completed',
    results: [
      'An evidence base on child trafficking in North Africa was built.',
      'Concrete operational guidance for the protection of child victims was developed.',
      'A 2024 workshop gathered governments, civil society and child protection and counter-trafficking actors to share knowledge on child trafficking in the region, the evidence gap and the protection of child victims.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    publishedAt: WORLD_DAY_2024_PUBLICATION_DATE,
    updatedAt: WORLD_DAY_2024_PUBLICATION_DATE,
  },
  {
    id: 'family-reunification-for-victims-of-trafficking',
    title: 'Family Reunification for Victims of Trafficking through IOM',
    summary:
      "IOM's US TIP Program brings the family members of people trafficked to the United States to join them, as part of the support that helps survivors recover.",
    takeaway:
      'Reuniting survivors with their families depends on a broad coalition of government bodies, NGOs, international organizations and survivors and their representatives, so that survivors get victim-centred, trauma-informed services, justice and a route to family reunification.',
    implementers: [{ name: IOM, type: 'un-system' }],
    partners: [],
    countries: ['USA'],
    regions: ['north-america'],
    objectives: [10, 5],
    actions: ['10h'],
    principles: ['people-centred', 'human-rights', 'whole-of-society-approach'],
    sdgTargets: ['8.7', '16.3'],
    period: { start: null, end: null },
    status: 'ongoing',
    results: [
      'Since the programme began, more than 3,000 family members have joined over 1,300 trafficked people in the United States.',
    ],
    links: [],
    featured: true,
    campaign: 'call-for-practices-2024',
    publishedAt: WORLD_DAY_2024_PUBLICATION_DATE,
    updatedAt: WORLD_DAY_2024_PUBLICATION_DATE,
  },
];
