import type { SdgTarget } from '@gcm-practices/contract';

/**
 * The Sustainable Development Goal targets linked to Objective 10, with goal titles (in
 * sentence case) and target texts as the Migration Network Hub's Objective 10 page gives them.
 */
export const sdgTargets: SdgTarget[] = [
  {
    id: '5.2',
    goal: 5,
    goalTitle: 'Gender equality',
    text: 'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
  },
  {
    id: '8.7',
    goal: 8,
    goalTitle: 'Decent work and economic growth',
    text: 'Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms',
  },
  {
    id: '8.8',
    goal: 8,
    goalTitle: 'Decent work and economic growth',
    text: 'Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment',
  },
  {
    id: '10.7',
    goal: 10,
    goalTitle: 'Reduced inequalities',
    text: 'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies',
  },
  {
    id: '16.2',
    goal: 16,
    goalTitle: 'Peace, justice and strong institutions',
    text: 'End abuse, exploitation, trafficking and all forms of violence against and torture of children',
  },
  {
    id: '16.3',
    goal: 16,
    goalTitle: 'Peace, justice and strong institutions',
    text: 'Promote the rule of law at the national and international levels and ensure equal access to justice for all',
  },
];
