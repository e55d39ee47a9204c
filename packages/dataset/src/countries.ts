import type { Country } from '@gcm-practices/contract';

/**
 * Countries (ISO 3166-1 alpha-3, United Nations English short names) named by the curated
 * records, plus enough others in every region for the synthetic generator to spread practices
 * realistically. Nigeria sits in both West and Central Africa because the resource library
 * lists it under both.
 */
export const countries: Country[] = [
  // North Africa
  { code: 'EGY', name: 'Egypt', lang: 'en', regions: ['north-africa'] },
  { code: 'LBY', name: 'Libya', lang: 'en', regions: ['north-africa'] },
  { code: 'MAR', name: 'Morocco', lang: 'en', regions: ['north-africa'] },
  { code: 'TUN', name: 'Tunisia', lang: 'en', regions: ['north-africa'] },
  // West and Central Africa
  { code: 'GHA', name: 'Ghana', lang: 'en', regions: ['west-africa'] },
  { code: 'NER', name: 'Niger', lang: 'en', regions: ['west-africa'] },
  { code: 'NGA', name: 'Nigeria', lang: 'en', regions: ['west-africa', 'central-africa'] },
  { code: 'SEN', name: 'Senegal', lang: 'en', regions: ['west-africa'] },
  { code: 'CMR', name: 'Cameroon', lang: 'en', regions: ['central-africa'] },
  {
    code: 'COD',
    name: 'Democratic Republic of the Congo',
    lang: 'en',
    regions: ['central-africa'],
  },
  // East Africa and the Horn of Africa
  { code: 'ETH', name: 'Ethiopia', lang: 'en', regions: ['east-africa'] },
  { code: 'KEN', name: 'Kenya', lang: 'en', regions: ['east-africa'] },
  { code: 'SOM', name: 'Somalia', lang: 'en', regions: ['east-africa'] },
  // Southern Africa
  { code: 'ZAF', name: 'South Africa', lang: 'en', regions: ['southern-africa'] },
  { code: 'ZWE', name: 'Zimbabwe', lang: 'en', regions: ['southern-africa'] },
  // Middle East
  { code: 'IRQ', name: 'Iraq', lang: 'en', regions: ['middle-east'] },
  { code: 'JOR', name: 'Jordan', lang: 'en', regions: ['middle-east'] },
  { code: 'LBN', name: 'Lebanon', lang: 'en', regions: ['middle-east'] },
  { code: 'ARE', name: 'United Arab Emirates', lang: 'en', regions: ['middle-east'] },
  { code: 'TUR', name: 'Türkiye', lang: 'en', regions: ['middle-east'] },
  // Central and South Asia
  { code: 'KAZ', name: 'Kazakhstan', lang: 'en', regions: ['central-asia'] },
  { code: 'KGZ', name: 'Kyrgyzstan', lang: 'en', regions: ['central-asia'] },
  { code: 'UZB', name: 'Uzbekistan', lang: 'en', regions: ['central-asia'] },
  { code: 'BGD', name: 'Bangladesh', lang: 'en', regions: ['south-asia'] },
  { code: 'IND', name: 'India', lang: 'en', regions: ['south-asia'] },
  { code: 'NPL', name: 'Nepal', lang: 'en', regions: ['south-asia'] },
  { code: 'PAK', name: 'Pakistan', lang: 'en', regions: ['south-asia'] },
  // South-East Asia
  {
    code: 'KHM',
    name: 'Cambodia',
    lang: 'en',
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  { code: 'IDN', name: 'Indonesia', lang: 'en', regions: ['south-east-asia'] },
  {
    code: 'LAO',
    name: "Lao People's Democratic Republic",
    lang: 'en',
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  {
    code: 'MMR',
    name: 'Myanmar',
    lang: 'en',
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  { code: 'PHL', name: 'Philippines', lang: 'en', regions: ['south-east-asia'] },
  {
    code: 'THA',
    name: 'Thailand',
    lang: 'en',
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  {
    code: 'VNM',
    name: 'Viet Nam',
    lang: 'en',
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  // East Asia and Oceania
  { code: 'CHN', name: 'China', lang: 'en', regions: ['east-asia'] },
  { code: 'AUS', name: 'Australia', lang: 'en', regions: ['oceania'] },
  { code: 'FJI', name: 'Fiji', lang: 'en', regions: ['oceania'] },
  // Europe
  { code: 'GBR', name: 'United Kingdom', lang: 'en', regions: ['northern-europe'] },
  { code: 'DEU', name: 'Germany', lang: 'en', regions: ['western-europe'] },
  { code: 'FRA', name: 'France', lang: 'en', regions: ['western-europe'] },
  { code: 'ESP', name: 'Spain', lang: 'en', regions: ['southern-europe'] },
  { code: 'GRC', name: 'Greece', lang: 'en', regions: ['southern-europe'] },
  { code: 'HRV', name: 'Croatia', lang: 'en', regions: ['southern-europe'] },
  { code: 'ITA', name: 'Italy', lang: 'en', regions: ['southern-europe'] },
  { code: 'MDA', name: 'Republic of Moldova', lang: 'en', regions: ['eastern-europe'] },
  { code: 'ROU', name: 'Romania', lang: 'en', regions: ['eastern-europe'] },
  { code: 'UKR', name: 'Ukraine', lang: 'en', regions: ['eastern-europe'] },
  // The Americas
  { code: 'CAN', name: 'Canada', lang: 'en', regions: ['north-america'] },
  { code: 'USA', name: 'United States of America', lang: 'en', regions: ['north-america'] },
  { code: 'GTM', name: 'Guatemala', lang: 'en', regions: ['central-america'] },
  { code: 'HND', name: 'Honduras', lang: 'en', regions: ['central-america'] },
  { code: 'MEX', name: 'Mexico', lang: 'en', regions: ['central-america'] },
  { code: 'SLV', name: 'El Salvador', lang: 'en', regions: ['central-america'] },
  { code: 'DOM', name: 'Dominican Republic', lang: 'en', regions: ['caribbean'] },
  { code: 'HTI', name: 'Haiti', lang: 'en', regions: ['caribbean'] },
  { code: 'BRA', name: 'Brazil', lang: 'en', regions: ['south-america'] },
  { code: 'COL', name: 'Colombia', lang: 'en', regions: ['south-america'] },
  { code: 'ECU', name: 'Ecuador', lang: 'en', regions: ['south-america'] },
  { code: 'PER', name: 'Peru', lang: 'en', regions: ['south-america'] },
  {
    code: 'VEN',
    name: 'Venezuela (Bolivarian Republic of)',
    lang: 'en',
    regions: ['south-america'],
  },
];
