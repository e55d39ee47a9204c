import type {
  ActionId,
  Implementer,
  ImplementerTypeId,
  ObjectiveNumber,
  Practice,
  PracticeSections,
  PracticeStatus,
  SdgTargetId,
} from '@gcm-practices/contract';
import { countries } from '../countries.js';
import { regions } from '../regions.js';
import { DayTable } from './calendar.js';
import {
  ACTION_COUNT_WEIGHTS,
  ACTION_WEIGHTS,
  CALL_FEATURED_SHARE,
  CALL_FOR_PRACTICES_ID,
  CALL_FOR_PRACTICES_PUBLISHED,
  CALL_FOR_PRACTICES_SHARE,
  COUNTRY_WEIGHTS,
  DEFAULT_COUNTRY_WEIGHT,
  DOUBLE_TAKEAWAY_SHARE,
  DURATION_WEIGHTS,
  FEATURED_SHARE,
  FIRST_PUBLISHED,
  IMPLEMENTER_COUNT_WEIGHTS,
  IMPLEMENTER_TYPE_WEIGHTS,
  LAST_PUBLISHED,
  LAST_START_YEAR,
  OBJECTIVE_COUNT_WEIGHTS,
  OBJECTIVE_WEIGHTS,
  ONGOING_SHARE,
  OTHER_SDG_WEIGHTS,
  PARTNER_COUNT_WEIGHTS,
  PLANNED_SHARE,
  PRINCIPLE_COUNT_WEIGHTS,
  PRINCIPLE_WEIGHTS,
  REVIEWED_SHARE,
  SAME_REGION_SHARE,
  SCOPE_WEIGHTS,
  SECTION_SHARE,
  START_YEAR_WEIGHTS,
  TAKEAWAY_SHARE,
  TRAFFICKING_SDG_WEIGHTS,
  UNCHANGED_SHARE,
  UNDATED_SHARE,
} from './distributions.js';
import { IMPLEMENTER_NAME_PATTERNS, PARTNER_NAME_PATTERNS } from './organisation-names.js';
import { createRandom, type Random } from './random.js';
import {
  AIM_VERBS,
  APPROACHES,
  COUNTED_RESULTS,
  GENERAL_ACTIVITIES,
  GROUPS,
  LESSONS,
  PLAIN_RESULTS,
  RESULT_COUNTS,
  SUMMARY_VERBS,
  TITLE_LEADS,
  TOPICS_BY_OBJECTIVE,
  TRAFFICKING_ACTIVITIES,
} from './vocabulary.js';
import { WeightedTable } from './weighted-table.js';

export interface GeneratePracticesOptions {
  /** How many practices to yield. */
  count: number;
  /** Same seed, same practices. A non-negative safe integer; defaults to 1. */
  seed?: number;
}

const TRAFFICKING_OBJECTIVE = 10;

/** Everything that does not depend on the seed, computed once per process on first use. */
interface Tables {
  objective: WeightedTable<ObjectiveNumber>;
  objectiveCount: WeightedTable<number>;
  action: WeightedTable<ActionId>;
  actionCount: WeightedTable<number>;
  principle: WeightedTable<string>;
  principleCount: WeightedTable<number>;
  traffickingSdg: WeightedTable<SdgTargetId>;
  otherSdg: WeightedTable<SdgTargetId>;
  /** Index into `countries`. */
  country: WeightedTable<number>;
  /** Per region index: countries of that region, weighted. */
  countryInRegion: (WeightedTable<number> | undefined)[];
  /** Region indices (never `worldwide`), weighted by their countries. */
  region: WeightedTable<number>;
  /** Per country index: index of its first region. */
  homeRegion: Int32Array;
  /** Per country index: region ids. */
  countryRegions: (readonly string[])[];
  countryCodes: string[];
  countryNames: string[];
  regionIds: string[];
  regionNames: string[];
  scope: WeightedTable<number>;
  implementerType: WeightedTable<ImplementerTypeId>;
  implementerCount: WeightedTable<number>;
  /** [implementer type index][country index] → candidate names. */
  implementerNames: string[][][];
  /** [country index] → candidate partner names. */
  partnerNames: string[][];
  partnerCount: WeightedTable<number>;
  startYear: WeightedTable<number>;
  duration: WeightedTable<number>;
  days: DayTable;
  callPublishedIndex: number;
}

let cachedTables: Tables | undefined;

function withCountry(pattern: string, countryName: string): string {
  return pattern.replace('{country}', countryName);
}

function buildTables(): Tables {
  const regionIds = regions.map((region) => region.id);
  const regionIndex = new Map(regionIds.map((id, i) => [id, i]));
  const countryWeight = (code: string) => COUNTRY_WEIGHTS[code] ?? DEFAULT_COUNTRY_WEIGHT;

  const membersByRegion: [number, number][][] = regionIds.map(() => []);
  const homeRegion = new Int32Array(countries.length);
  countries.forEach((country, i) => {
    country.regions.forEach((id, position) => {
      const r = regionIndex.get(id);
      if (r === undefined) throw new Error(`country ${country.code} names unknown region ${id}`);
      if (position === 0) homeRegion[i] = r;
      membersByRegion[r]?.push([i, countryWeight(country.code)]);
    });
  });
  const countryInRegion = membersByRegion.map((members) =>
    members.length > 0 ? new WeightedTable(members) : undefined,
  );
  const regionWeights = membersByRegion
    .map((members, r) => [r, members.reduce((sum, [, weight]) => sum + weight, 0)] as const)
    .filter(([, weight]) => weight > 0);

  const implementerTypeTable = new WeightedTable(IMPLEMENTER_TYPE_WEIGHTS);
  const implementerNames = implementerTypeTable.items.map((type) =>
    countries.map((country) =>
      IMPLEMENTER_NAME_PATTERNS[type].map((pattern) => withCountry(pattern, country.name)),
    ),
  );
  const partnerNames = countries.map((country) =>
    PARTNER_NAME_PATTERNS.map((pattern) => withCountry(pattern, country.name)),
  );

  const days = new DayTable(FIRST_PUBLISHED, LAST_PUBLISHED);
  return {
    objective: new WeightedTable(OBJECTIVE_WEIGHTS),
    objectiveCount: new WeightedTable(OBJECTIVE_COUNT_WEIGHTS),
    action: new WeightedTable(ACTION_WEIGHTS),
    actionCount: new WeightedTable(ACTION_COUNT_WEIGHTS),
    principle: new WeightedTable(PRINCIPLE_WEIGHTS),
    principleCount: new WeightedTable(PRINCIPLE_COUNT_WEIGHTS),
    traffickingSdg: new WeightedTable(TRAFFICKING_SDG_WEIGHTS),
    otherSdg: new WeightedTable(OTHER_SDG_WEIGHTS),
    country: new WeightedTable(countries.map((country, i) => [i, countryWeight(country.code)])),
    countryInRegion,
    region: new WeightedTable(regionWeights),
    homeRegion,
    countryRegions: countries.map((country) => country.regions),
    countryCodes: countries.map((country) => country.code),
    countryNames: countries.map((country) => country.name),
    regionIds,
    regionNames: regions.map((region) => region.name),
    scope: new WeightedTable([
      [0, SCOPE_WEIGHTS.worldwide],
      [1, SCOPE_WEIGHTS.region],
      [2, SCOPE_WEIGHTS.oneCountry],
      [3, SCOPE_WEIGHTS.twoCountries],
      [4, SCOPE_WEIGHTS.threeCountries],
    ]),
    implementerType: implementerTypeTable,
    implementerCount: new WeightedTable(IMPLEMENTER_COUNT_WEIGHTS),
    implementerNames,
    partnerNames,
    partnerCount: new WeightedTable(PARTNER_COUNT_WEIGHTS),
    startYear: new WeightedTable(START_YEAR_WEIGHTS),
    duration: new WeightedTable(DURATION_WEIGHTS),
    days,
    callPublishedIndex: days.indexOf(CALL_FOR_PRACTICES_PUBLISHED),
  };
}

function tables(): Tables {
  cachedTables ??= buildTables();
  return cachedTables;
}

/** Pushes `count` distinct items drawn from `table` onto `into` (which may already hold some). */
function drawDistinct<T>(table: WeightedTable<T>, random: Random, count: number, into: T[]): T[] {
  const target = Math.min(into.length + count, table.items.length);
  while (into.length < target) {
    const item = table.pick(random);
    if (!into.includes(item)) into.push(item);
  }
  return into;
}

/** Distinct items from `table`, in the table's own order (so SDG targets and actions read in sequence). */
function drawInTableOrder<T>(table: WeightedTable<T>, random: Random, count: number): T[] {
  const indices: number[] = [];
  const target = Math.min(count, table.items.length);
  while (indices.length < target) {
    const index = table.index(random);
    if (!indices.includes(index)) indices.push(index);
  }
  indices.sort((a, b) => a - b);
  return indices.map((index) => table.items[index] as T);
}

function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function composePractice(
  t: Tables,
  random: Random,
  id: string,
  source: Practice['source'],
): Practice {
  // What it is about.
  const objectives = drawDistinct(t.objective, random, t.objectiveCount.pick(random), []);
  const mainObjective = objectives[0] as ObjectiveNumber;
  const linkedToTrafficking = objectives.includes(TRAFFICKING_OBJECTIVE);
  const actions = linkedToTrafficking
    ? drawInTableOrder(t.action, random, t.actionCount.pick(random))
    : [];
  const principles = drawDistinct(t.principle, random, t.principleCount.pick(random), []);
  const sdgTargets = linkedToTrafficking
    ? drawInTableOrder(t.traffickingSdg, random, 1 + random.int(3))
    : drawInTableOrder(t.otherSdg, random, random.int(3));

  // Where it runs.
  const scope = t.scope.pick(random);
  const countryIndices: number[] = [];
  let practiceRegions: string[];
  let place: string;
  if (scope === 0) {
    practiceRegions = ['worldwide'];
    place = ' worldwide';
    countryIndices.push(t.country.index(random)); // only to name implementers
  } else if (scope === 1) {
    const region = t.region.pick(random);
    practiceRegions = [t.regionIds[region] as string];
    place = ` in ${t.regionNames[region]}`;
    countryIndices.push((t.countryInRegion[region] as WeightedTable<number>).pick(random));
  } else {
    const first = t.country.index(random);
    countryIndices.push(first);
    const neighbours = t.countryInRegion[t.homeRegion[first] as number] as WeightedTable<number>;
    while (countryIndices.length < scope - 1) {
      const candidate = random.chance(SAME_REGION_SHARE)
        ? neighbours.pick(random)
        : t.country.index(random);
      if (!countryIndices.includes(candidate)) countryIndices.push(candidate);
    }
    practiceRegions = [];
    for (const c of countryIndices) {
      for (const region of t.countryRegions[c] as readonly string[]) {
        if (!practiceRegions.includes(region)) practiceRegions.push(region);
      }
    }
    place = ` in ${listOfNames(countryIndices.map((c) => t.countryNames[c] as string))}`;
  }
  const practiceCountries =
    scope >= 2 ? countryIndices.map((c) => t.countryCodes[c] as string) : [];

  // Who runs it.
  const implementers: Implementer[] = [];
  const implementerCount = t.implementerCount.pick(random);
  for (let attempt = 0; implementers.length < implementerCount && attempt < 8; attempt++) {
    const typeIndex = t.implementerType.index(random);
    const country = countryIndices[random.int(countryIndices.length)] as number;
    const name = random.pick((t.implementerNames[typeIndex] as string[][])[country] as string[]);
    if (!implementers.some((implementer) => implementer.name === name)) {
      implementers.push({ name, type: t.implementerType.items[typeIndex] as ImplementerTypeId });
    }
  }
  const partners: string[] = [];
  const partnerCount = t.partnerCount.pick(random);
  for (let attempt = 0; partners.length < partnerCount && attempt < 8; attempt++) {
    const country = countryIndices[random.int(countryIndices.length)] as number;
    const name = random.pick(t.partnerNames[country] as string[]);
    if (!partners.includes(name)) partners.push(name);
  }

  // When.
  let start = t.startYear.pick(random);
  let end: number | null = null;
  let status: PracticeStatus;
  const phase = random.next();
  if (phase < PLANNED_SHARE) {
    status = 'planned';
    start = LAST_START_YEAR;
  } else if (phase < PLANNED_SHARE + ONGOING_SHARE) {
    status = 'ongoing';
  } else {
    status = 'completed';
    end = Math.min(start + t.duration.pick(random), LAST_START_YEAR);
  }

  const lastDay = t.days.length - 1;
  let published = random.between(t.days.firstIndexOfYear(start), lastDay);
  let updated = random.chance(UNCHANGED_SHARE)
    ? published
    : published + ((random.next() * random.next() * (lastDay - published + 1)) | 0);
  let campaign: string | null = null;
  let featured: boolean;
  if (
    linkedToTrafficking &&
    end !== null &&
    end <= 2024 &&
    random.chance(CALL_FOR_PRACTICES_SHARE)
  ) {
    campaign = CALL_FOR_PRACTICES_ID;
    published = t.callPublishedIndex;
    updated = published;
    featured = random.chance(CALL_FEATURED_SHARE);
  } else {
    featured = random.chance(FEATURED_SHARE);
  }

  // What it says.
  const topic = random.pick(TOPICS_BY_OBJECTIVE[mainObjective] as readonly string[]);
  const group = random.chance(0.5) ? ` for ${random.pick(GROUPS)}` : '';
  const title = `${random.pick(TITLE_LEADS)} ${topic}${group}${scope === 0 ? '' : place}`;
  let summary = `Led by ${(implementers[0] as Implementer).name}, the practice ${random.pick(SUMMARY_VERBS)} ${topic}${group}${place}. ${random.pick(linkedToTrafficking ? TRAFFICKING_ACTIVITIES : GENERAL_ACTIVITIES)}`;
  if (random.chance(0.4)) summary += ` ${random.pick(GENERAL_ACTIVITIES)}`;
  if (random.chance(0.7)) summary += ` ${random.pick(APPROACHES)}`;

  let takeaway: string | null = null;
  if (random.chance(TAKEAWAY_SHARE)) {
    const first = random.int(LESSONS.length);
    takeaway = LESSONS[first] as string;
    if (random.chance(DOUBLE_TAKEAWAY_SHARE)) {
      takeaway += ` ${LESSONS[(first + 1 + random.int(LESSONS.length - 1)) % LESSONS.length]}`;
    }
  }

  const results: string[] = [];
  const resultCount =
    status === 'completed' ? 1 + random.int(3) : status === 'ongoing' ? random.int(3) : 0;
  for (let attempt = 0; results.length < resultCount && attempt < 6; attempt++) {
    const result = random.chance(0.7)
      ? random.pick(RESULT_COUNTS) + random.pick(COUNTED_RESULTS)
      : random.pick(PLAIN_RESULTS);
    if (!results.includes(result)) results.push(result);
  }

  // The Hub's structured description, filled from the same phrases.
  const sections: PracticeSections = {};
  if (random.chance(SECTION_SHARE)) {
    sections.aims = `To ${random.pick(AIM_VERBS)} ${topic}${group}${place}.`;
    sections.activities = random.pick(
      linkedToTrafficking ? TRAFFICKING_ACTIVITIES : GENERAL_ACTIVITIES,
    );
    if (results.length > 0) sections.results = results.join(' ');
    if (takeaway !== null) sections.lessons = takeaway;
  }
  const reviewed = random.chance(REVIEWED_SHARE);
  const undated = !featured && campaign === null && random.chance(UNDATED_SHARE);

  return {
    id,
    title,
    lang: 'en',
    summary,
    takeaway,
    implementers,
    partners,
    countries: practiceCountries,
    regions: practiceRegions,
    primaryObjective: mainObjective,
    objectives,
    actions,
    principles,
    sdgTargets,
    period: { start, end },
    status,
    results,
    links: [],
    featured,
    campaign,
    source,
    hubUrl: null,
    review: {
      status: featured || campaign !== null || reviewed ? 'peer-reviewed' : 'not-reviewed',
    },
    sections,
    relatedResources: [],
    publishedAt: undated ? null : t.days.at(published),
    updatedAt: t.days.at(updated),
  };
}

function* practiceStream(count: number, seed: number): Generator<Practice, void, undefined> {
  const t = tables();
  const random = createRandom(seed);
  const prefix = `synthetic-${seed}-`;
  const source: Practice['source'] = {
    kind: 'synthetic',
    title: `Synthetic catalogue, seed ${seed} (fictitious test data)`,
    url: null,
  };
  for (let n = 1; n <= count; n++) yield composePractice(t, random, prefix + n, source);
}

/**
 * Streams `count` synthetic practices, one object at a time, so a million never sit in memory
 * together. Deterministic: the same `seed` yields the same practices in the same order. Ids are
 * `synthetic-<seed>-<n>`, n counting from 1. Every value refers to the curated vocabularies
 * (objectives, actions, principles, SDG targets, regions, countries, implementer types,
 * campaigns); every record is fictitious and says so: `source.kind` is `synthetic`, `hubUrl` is
 * null and `relatedResources` empty (no real page or publication is about it).
 */
export function generatePractices({
  count,
  seed = 1,
}: GeneratePracticesOptions): Generator<Practice, void, undefined> {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative safe integer, got ${count}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  }
  return practiceStream(count, seed);
}
