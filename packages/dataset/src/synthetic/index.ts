export { type GeneratePracticesOptions, generatePractices } from './generate-practices.js';
export { createRandom, type Random } from './random.js';
