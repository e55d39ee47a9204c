import type { Region } from '@gcm-practices/contract';

/**
 * Regions practices and publications are tagged with. Broad geographic sub-regions, plus the
 * groupings the sources use themselves: `worldwide` (the resource library's scope for global
 * publications) and the Greater Mekong Subregion (the knowledge uptake's programme area).
 * A country may belong to more than one region.
 */
export const regions: Region[] = [
  { id: 'worldwide', name: 'Worldwide' },
  { id: 'north-africa', name: 'North Africa' },
  { id: 'west-africa', name: 'West Africa' },
  { id: 'central-africa', name: 'Central Africa' },
  { id: 'east-africa', name: 'East Africa and the Horn of Africa' },
  { id: 'southern-africa', name: 'Southern Africa' },
  { id: 'middle-east', name: 'Middle East' },
  { id: 'central-asia', name: 'Central Asia' },
  { id: 'south-asia', name: 'South Asia' },
  { id: 'south-east-asia', name: 'South-East Asia' },
  { id: 'greater-mekong-subregion', name: 'Greater Mekong Subregion' },
  { id: 'east-asia', name: 'East Asia' },
  { id: 'oceania', name: 'Oceania' },
  { id: 'northern-europe', name: 'Northern Europe' },
  { id: 'western-europe', name: 'Western Europe' },
  { id: 'southern-europe', name: 'Southern Europe' },
  { id: 'eastern-europe', name: 'Eastern Europe' },
  { id: 'north-america', name: 'North America' },
  { id: 'central-america', name: 'Central America and Mexico' },
  { id: 'caribbean', name: 'Caribbean' },
  { id: 'south-america', name: 'South America' },
];
