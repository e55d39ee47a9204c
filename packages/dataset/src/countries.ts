import type { Country } from '@gcm-practices/contract';

/**
 * Countries (ISO 3166-1 alpha-3, United Nations English short names) named by the curated
 * records, plus enough others in every region for the synthetic generator to spread practices
 * realistically. Nigeria sits in both West and Central Africa because the resource library
 * lists it under both.
 */
export const countries: Country[] = [
  // North Africa
  { code: 'EGY', name: 'Egypt', regions: ['north-africa'] },
  { code: 'LBY', name: 'Libya', regions: ['north-africa'] },
  { code: 'MAR', name: 'Morocco', regions: ['north-africa'] },
  { code: 'TUN', name: 'Tunisia', regions: ['north-africa'] },
  // West and Central Africa
  { code: 'GHA', name: 'Ghana', regions: ['west-africa'] },
  { code: 'NER', name: 'Niger', regions: ['west-africa'] },
  { code: 'NGA', name: 'Nigeria', regions: ['west-africa', 'central-africa'] },
  { code: 'SEN', name: 'Senegal', regions: ['west-africa'] },
  { code: 'CMR', name: 'Cameroon', regions: ['central-africa'] },
  { code: 'COD', name: 'Democratic Republic of the Congo', regions: ['central-africa'] },
  // East Africa and the Horn of Africa
  { code: 'ETH', name: 'Ethiopia', regions: ['east-africa'] },
  { code: 'KEN', name: 'Kenya', regions: ['east-africa'] },
  { code: 'SOM', name: 'Somalia', regions: ['east-africa'] },
  // Southern Africa
  { code: 'ZAF', name: 'South Africa', regions: ['southern-africa'] },
  { code: 'ZWE', name: 'Zimbabwe', regions: ['southern-africa'] },
  // Middle East
  { code: 'IRQ', name: 'Iraq', regions: ['middle-east'] },
  { code: 'JOR', name: 'Jordan', regions: ['middle-east'] },
  { code: 'LBN', name: 'Lebanon', regions: ['middle-east'] },
  { code: 'ARE', name: 'United Arab Emirates', regions: ['middle-east'] },
  { code: 'TUR', name: 'Türkiye', regions: ['middle-east'] },
  // Central and South Asia
  { code: 'KAZ', name: 'Kazakhstan', regions: ['central-asia'] },
  { code: 'KGZ', name: 'Kyrgyzstan', regions: ['central-asia'] },
  { code: 'UZB', name: 'Uzbekistan', regions: ['central-asia'] },
  { code: 'BGD', name: 'Bangladesh', regions: ['south-asia'] },
  { code: 'IND', name: 'India', regions: ['south-asia'] },
  { code: 'NPL', name: 'Nepal', regions: ['south-asia'] },
  { code: 'PAK', name: 'Pakistan', regions: ['south-asia'] },
  // South-East Asia
  { code: 'KHM', name: 'Cambodia', regions: ['south-east-asia', 'greater-mekong-subregion'] },
  { code: 'IDN', name: 'Indonesia', regions: ['south-east-asia'] },
  {
    code: 'LAO',
    name: "Lao People's Democratic Republic",
    regions: ['south-east-asia', 'greater-mekong-subregion'],
  },
  { code: 'MMR', name: 'Myanmar', regions: ['south-east-asia', 'greater-mekong-subregion'] },
  { code: 'PHL', name: 'Philippines', regions: ['south-east-asia'] },
  { code: 'THA', name: 'Thailand', regions: ['south-east-asia', 'greater-mekong-subregion'] },
  { code: 'VNM', name: 'Viet Nam', regions: ['south-east-asia', 'greater-mekong-subregion'] },
  // East Asia and Oceania
  { code: 'CHN', name: 'China', regions: ['east-asia'] },
  { code: 'AUS', name: 'Australia', regions: ['oceania'] },
  { code: 'FJI', name: 'Fiji', regions: ['oceania'] },
  // Europe
  { code: 'GBR', name: 'United Kingdom', regions: ['northern-europe'] },
  { code: 'DEU', name: 'Germany', regions: ['western-europe'] },
  { code: 'FRA', name: 'France', regions: ['western-europe'] },
  { code: 'ESP', name: 'Spain', regions: ['southern-europe'] },
  { code: 'GRC', name: 'Greece', regions: ['southern-europe'] },
  { code: 'HRV', name: 'Croatia', regions: ['southern-europe'] },
  { code: 'ITA', name: 'Italy', regions: ['southern-europe'] },
  { code: 'MDA', name: 'Republic of Moldova', regions: ['eastern-europe'] },
  { code: 'ROU', name: 'Romania', regions: ['eastern-europe'] },
  { code: 'UKR', name: 'Ukraine', regions: ['eastern-europe'] },
  // The Americas
  { code: 'CAN', name: 'Canada', regions: ['north-america'] },
  { code: 'USA', name: 'United States of America', regions: ['north-america'] },
  { code: 'GTM', name: 'Guatemala', regions: ['central-america'] },
  { code: 'HND', name: 'Honduras', regions: ['central-america'] },
  { code: 'MEX', name: 'Mexico', regions: ['central-america'] },
  { code: 'SLV', name: 'El Salvador', regions: ['central-america'] },
  { code: 'DOM', name: 'Dominican Republic', regions: ['caribbean'] },
  { code: 'HTI', name: 'Haiti', regions: ['caribbean'] },
  { code: 'BRA', name: 'Brazil', regions: ['south-america'] },
  { code: 'COL', name: 'Colombia', regions: ['south-america'] },
  { code: 'ECU', name: 'Ecuador', regions: ['south-america'] },
  { code: 'PER', name: 'Peru', regions: ['south-america'] },
  {
    code: 'VEN',
    name: 'Venezuela (Bolivarian Republic of)',
    regions: ['south-america'],
  },
];
