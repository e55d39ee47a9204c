import type { Practice } from '@gcm-practices/contract';
import { featuredPractices2024 } from './featured-2024.js';
import { knowledgeUptakePractices } from './knowledge-uptake.js';
import { objective10ExamplePractices } from './objective-10-examples.js';

/** Every curated practice: the 2024 featured ones first, then the rest by source. */
export const practices: Practice[] = [
  ...featuredPractices2024,
  ...objective10ExamplePractices,
  ...knowledgeUptakePractices,
];
