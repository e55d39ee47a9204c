import type { Region } from '@gcm-practices/contract';

/**
 * Regions practices and publications are tagged with. Broad geographic sub-regions, plus the
 * groupings the sources use themselves: `worldwide` (the resource library's scope for global
 * publications) and the Greater Mekong Subregion (the knowledge uptake's programme area).
 * A country may belong to more than one region.
 */
export const regions: Region[] = [
  { id: 'worldwide', name: 'Worldwide', lang: 'en' },
  { id: 'north-africa', name: 'North Africa', lang: 'en' },
  { id: 'west-africa', name: 'West Africa', lang: 'en' },
  { id: 'central-africa', name: 'Central Africa', lang: 'en' },
  { id: 'east-africa', name: 'East Africa and the Horn of Africa', lang: 'en' },
  { id: 'southern-africa', name: 'Southern Africa', lang: 'en' },
  { id: 'middle-east', name: 'Middle East', lang: 'en' },
  { id: 'central-asia', name: 'Central Asia', lang: 'en' },
  { id: 'south-asia', name: 'South Asia', lang: 'en' },
  { id: 'south-east-asia', name: 'South-East Asia', lang: 'en' },
  { id: 'greater-mekong-subregion', name: 'Greater Mekong Subregion', lang: 'en' },
  { id: 'east-asia', name: 'East Asia', lang: 'en' },
  { id: 'oceania', name: 'Oceania', lang: 'en' },
  { id: 'northern-europe', name: 'Northern Europe', lang: 'en' },
  { id: 'western-europe', name: 'Western Europe', lang: 'en' },
  { id: 'southern-europe', name: 'Southern Europe', lang: 'en' },
  { id: 'eastern-europe', name: 'Eastern Europe', lang: 'en' },
  { id: 'north-america', name: 'North America', lang: 'en' },
  { id: 'central-america', name: 'Central America and Mexico', lang: 'en' },
  { id: 'caribbean', name: 'Caribbean', lang: 'en' },
  { id: 'south-america', name: 'South America', lang: 'en' },
];
