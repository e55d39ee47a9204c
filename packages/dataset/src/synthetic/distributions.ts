import type { ActionId, ImplementerTypeId, ObjectiveNumber } from '@gcm-practices/contract';

/**
 * Shapes of the synthetic catalogue. Weights are relative; they need not add up to anything.
 * The catalogue is centred on Objective 10, as the curated one is, while every objective
 * still appears.
 */

/** Objectives drawn for a practice (the first drawn is its main objective). */
export const OBJECTIVE_WEIGHTS: readonly (readonly [ObjectiveNumber, number])[] = [
  [1, 5],
  [2, 3],
  [3, 5],
  [4, 2],
  [5, 3],
  [6, 7],
  [7, 9],
  [8, 2],
  [9, 4],
  [10, 60],
  [11, 5],
  [12, 4],
  [13, 2],
  [14, 2],
  [15, 2.5],
  [16, 2],
  [17, 2],
  [18, 1.5],
  [19, 1],
  [20, 1],
  [21, 3],
  [22, 1],
  [23, 4],
];

/** How many objectives a practice has: 1 to 3. */
export const OBJECTIVE_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 35],
  [3, 20],
];

/** Objective 10's actions: protection, training and awareness work are the most common. */
export const ACTION_WEIGHTS: readonly (readonly [ActionId, number])[] = [
  ['10a', 4],
  ['10b', 3],
  ['10c', 7],
  ['10d', 8],
  ['10e', 14],
  ['10f', 4],
  ['10g', 9],
  ['10h', 16],
  ['10i', 18],
  ['10j', 17],
];

/** How many Objective 10 actions a practice linked to Objective 10 has: 1 to 3. */
export const ACTION_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 35],
  [3, 15],
];

export const PRINCIPLE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['people-centred', 9],
  ['international-cooperation', 10],
  ['national-sovereignty', 3],
  ['rule-of-law-and-due-process', 7],
  ['sustainable-development', 5],
  ['human-rights', 14],
  ['gender-responsive', 9],
  ['child-sensitive', 9],
  ['whole-of-government-approach', 10],
  ['whole-of-society-approach', 12],
];

export const PRINCIPLE_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 30],
  [2, 40],
  [3, 20],
  [4, 10],
];

/** SDG targets of practices linked to Objective 10. */
export const TRAFFICKING_SDG_WEIGHTS: readonly (readonly [string, number])[] = [
  ['5.2', 14],
  ['8.7', 30],
  ['8.8', 8],
  ['10.7', 10],
  ['16.2', 20],
  ['16.3', 10],
];

/** SDG targets of other practices: mostly safe migration, decent work and justice. */
export const OTHER_SDG_WEIGHTS: readonly (readonly [string, number])[] = [
  ['10.7', 30],
  ['8.8', 15],
  ['16.3', 8],
  ['8.7', 4],
  ['5.2', 3],
  ['16.2', 3],
];

/** Countries in which practices run. Unlisted countries weigh 2. */
export const COUNTRY_WEIGHTS: Readonly<Record<string, number>> = {
  THA: 6,
  NGA: 6,
  PHL: 5,
  MEX: 5,
  USA: 5,
  IND: 5,
  BGD: 4,
  VNM: 4,
  GTM: 4,
  ETH: 4,
  LBY: 4,
  ITA: 4,
  NPL: 4,
  BRA: 4,
  MMR: 3,
  KHM: 3,
  IDN: 3,
  COL: 3,
  UKR: 3,
  SLV: 3,
  HND: 3,
  GBR: 3,
  KEN: 3,
  NER: 3,
  MAR: 3,
  TUR: 3,
  LBN: 3,
  FJI: 1,
  MDA: 2,
  AUS: 1,
  CAN: 1,
  FRA: 1,
  DEU: 1,
  SWE: 1,
};
export const DEFAULT_COUNTRY_WEIGHT = 2;

/** Where a practice runs: worldwide, in a whole region, or in 1–3 countries. */
export const SCOPE_WEIGHTS = {
  worldwide: 6,
  region: 9,
  oneCountry: 60,
  twoCountries: 16,
  threeCountries: 9,
} as const;

/** Chance that each further country of a multi-country practice is in the first one's region. */
export const SAME_REGION_SHARE = 0.6;

export const IMPLEMENTER_TYPE_WEIGHTS: readonly (readonly [ImplementerTypeId, number])[] = [
  ['government', 30],
  ['local-authority', 7],
  ['un-system', 22],
  ['intergovernmental', 5],
  ['civil-society', 24],
  ['private-sector', 5],
  ['academia', 4],
  ['multi-stakeholder', 3],
];

export const IMPLEMENTER_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 55],
  [2, 30],
  [3, 15],
];

export const PARTNER_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 25],
  [1, 30],
  [2, 25],
  [3, 12],
  [4, 8],
];

export const FIRST_START_YEAR = 2000;
export const LAST_START_YEAR = 2026;
/** Start years: more recent ones are more common. */
export const START_YEAR_WEIGHTS: readonly (readonly [number, number])[] = Array.from(
  { length: LAST_START_YEAR - FIRST_START_YEAR + 1 },
  (_, i) => [FIRST_START_YEAR + i, 1 + i * 0.25] as const,
);

/** Share of practices still running (no end year) and of those not started yet. */
export const ONGOING_SHARE = 0.3;
export const PLANNED_SHARE = 0.02;

/** Years a completed practice ran beyond its start year. */
export const DURATION_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 10],
  [1, 25],
  [2, 25],
  [3, 18],
  [4, 10],
  [5, 7],
  [6, 5],
];

export const FEATURED_SHARE = 0.02;
/** Share of completed Objective 10 practices collected through the 2024 call for practices. */
export const CALL_FOR_PRACTICES_SHARE = 0.01;
export const CALL_FOR_PRACTICES_ID = 'call-for-practices-2024';
export const CALL_FOR_PRACTICES_PUBLISHED = '2024-07-30';
/** Share of practices collected through a call that are featured. */
export const CALL_FEATURED_SHARE = 0.4;

/** Share of practices with a takeaway, and of those whose takeaway has two lessons. */
export const TAKEAWAY_SHARE = 0.85;
export const DOUBLE_TAKEAWAY_SHARE = 0.3;

/** Publication dates are spread over this range (both days included). */
export const FIRST_PUBLISHED = '2019-01-01';
export const LAST_PUBLISHED = '2026-10-31';
/** Share of practices never updated after publication. */
export const UNCHANGED_SHARE = 0.55;
/** Share of practices, besides featured and call ones, whose publication date is unknown. */
export const UNDATED_SHARE = 0.02;
/** Share of practices, besides featured and call ones, that went through peer review. */
export const REVIEWED_SHARE = 0.8;
/** Share of practices whose structured description (aims, activities, results, lessons) is filled. */
export const SECTION_SHARE = 0.6;
