import type { GuidingPrinciple } from '@gcm-practices/contract';

/**
 * The ten cross-cutting guiding principles of the Global Compact for Migration, in the order
 * the Compact lists them. Titles are the Compact's; descriptions are this dataset's own
 * one-line explanations.
 */
export const guidingPrinciples: GuidingPrinciple[] = [
  {
    id: 'people-centred',
    title: 'People-centred',
    lang: 'en',
    description:
      'Migration policy is measured by what it means for people: migrants themselves and the communities they leave, cross and settle in.',
  },
  {
    id: 'international-cooperation',
    title: 'International cooperation',
    lang: 'en',
    description:
      'Migration crosses borders, so no State can govern it alone; countries of origin, transit and destination work together.',
  },
  {
    id: 'national-sovereignty',
    title: 'National sovereignty',
    lang: 'en',
    description:
      'Each State keeps the right to decide its own migration policy and to govern migration within its jurisdiction, in line with international law.',
  },
  {
    id: 'rule-of-law-and-due-process',
    title: 'Rule of law and due process',
    lang: 'en',
    description:
      'Migration measures are grounded in law, follow fair procedures and leave migrants with a real path to justice.',
  },
  {
    id: 'sustainable-development',
    title: 'Sustainable development',
    lang: 'en',
    description:
      'Migration is treated as part of development and tied to the 2030 Agenda, for the benefit of migrants and of the places they come from and go to.',
  },
  {
    id: 'human-rights',
    title: 'Human rights',
    lang: 'en',
    description:
      'Every migrant holds human rights whatever their status, and States respect, protect and fulfil them without discrimination.',
  },
  {
    id: 'gender-responsive',
    title: 'Gender-responsive',
    lang: 'en',
    description:
      'Policies reflect how women, men, girls and boys experience migration differently, and treat women as leaders and decision-makers, not only as people to protect.',
  },
  {
    id: 'child-sensitive',
    title: 'Child-sensitive',
    lang: 'en',
    description:
      "The child's best interests come first in every decision, including for children who travel alone or are separated from their families.",
  },
  {
    id: 'whole-of-government-approach',
    title: 'Whole-of-government approach',
    lang: 'en',
    description:
      'Migration touches many ministries and every level of government, which therefore need policies that fit together.',
  },
  {
    id: 'whole-of-society-approach',
    title: 'Whole-of-society approach',
    lang: 'en',
    description:
      'Migrants, diasporas, local communities, civil society, academia, employers, trade unions, the media and others all have a part in governing migration.',
  },
];
