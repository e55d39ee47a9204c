import { IMPLEMENTER_TYPES } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import {
  campaigns,
  countries,
  guidingPrinciples,
  implementerTypes,
  KNOWLEDGE_UPTAKE_RESOURCE_ID,
  objectives,
  practices,
  regions,
  resources,
  sdgTargets,
} from '../src/index.js';

function duplicates(values: readonly unknown[]): unknown[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

describe('objectives', () => {
  it('are the 23 of the Compact, numbered 1 to 23 in order', () => {
    expect(objectives.map((objective) => objective.number)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
  });

  it('have the Hub’s short titles, of one to four words', () => {
    for (const objective of objectives) {
      const words = objective.shortTitle.split(/\s+/).length;
      expect(words, objective.shortTitle).toBeLessThanOrEqual(4);
    }
    expect(objectives.map((objective) => objective.shortTitle).slice(0, 3)).toEqual([
      'Data',
      'Minimize adverse drivers',
      'Information provision',
    ]);
  });

  it('Objective 10 is trafficking in persons, with exactly actions a to j', () => {
    const objective10 = objectives[9];
    expect(objective10?.number).toBe(10);
    expect(objective10?.shortTitle).toBe('Eradicate trafficking');
    expect(objective10?.title).toBe(
      'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    );
    expect(objective10?.actions.map((action) => action.id)).toEqual(
      'abcdefghij'.split('').map((letter) => `10${letter}`),
    );
    expect(objective10?.sdgTargets).toEqual(['5.2', '8.7', '8.8', '10.7', '16.2', '16.3']);
  });

  it('action texts are clean: no markdown, no doubled or stray spaces, and start with their title', () => {
    for (const action of objectives.flatMap((objective) => objective.actions)) {
      for (const text of [action.title, action.text]) {
        expect(text).not.toMatch(/\*|\s{2,}|^\s|\s$|\s,/);
      }
      expect(action.text.startsWith(action.title), action.id).toBe(true);
    }
  });

  it('objectives 4 and 22 carry all their actions from the Compact, whole; the others none', () => {
    const fromCompact = { 4: 'abcdefg', 22: 'abc' } as const;
    for (const [number, letters] of Object.entries(fromCompact)) {
      const objective = objectives.find((o) => o.number === Number(number));
      expect(objective?.actions.map((a) => a.id)).toEqual(
        letters.split('').map((letter) => `${number}${letter}`),
      );
      for (const action of objective?.actions ?? []) {
        expect(action.title).toBe(action.text);
        expect(action.lang).toBe('en');
        // No PDF leftovers: spaces inside brackets or before an apostrophe, or the list's
        // closing semicolon or full stop.
        expect(action.text, action.id).not.toMatch(/\s{2,}|\(\s|\s\)|\s’|[;.]$/);
      }
    }
    // The words the PDF split ("n ationality", "State ’s") are whole again.
    expect(objectives.find((o) => o.number === 4)?.actions[4]?.text).toContain(
      'confer their nationality on their children, and providing nationality to children born in another State’s territory',
    );
    for (const objective of objectives) {
      if (![4, 10, 22].includes(objective.number)) expect(objective.actions).toEqual([]);
    }
  });
});

describe('vocabularies', () => {
  it('has the ten guiding principles', () => {
    expect(guidingPrinciples.map((principle) => principle.id)).toEqual([
      'people-centred',
      'international-cooperation',
      'national-sovereignty',
      'rule-of-law-and-due-process',
      'sustainable-development',
      'human-rights',
      'gender-responsive',
      'child-sensitive',
      'whole-of-government-approach',
      'whole-of-society-approach',
    ]);
  });

  it('has the six SDG targets of Objective 10, each under its goal', () => {
    expect(sdgTargets.map((target) => target.id)).toEqual([
      '5.2',
      '8.7',
      '8.8',
      '10.7',
      '16.2',
      '16.3',
    ]);
    for (const target of sdgTargets) expect(target.id.startsWith(`${target.goal}.`)).toBe(true);
  });

  it('has one implementer type per contract id, in the contract order', () => {
    expect(implementerTypes.map((type) => type.id)).toEqual([...IMPLEMENTER_TYPES]);
  });

  it('has countries in every region for the generator (40 to 60 of them)', () => {
    expect(countries.length).toBeGreaterThanOrEqual(40);
    expect(countries.length).toBeLessThanOrEqual(60);
  });
});

describe('unique ids', () => {
  it.each([
    ['objective numbers', objectives.map((objective) => objective.number)],
    ['action ids', objectives.flatMap((objective) => objective.actions.map((action) => action.id))],
    ['principle ids', guidingPrinciples.map((principle) => principle.id)],
    ['SDG target ids', sdgTargets.map((target) => target.id)],
    ['region ids', regions.map((region) => region.id)],
    ['country codes', countries.map((country) => country.code)],
    ['country names', countries.map((country) => country.name)],
    ['implementer type ids', implementerTypes.map((type) => type.id)],
    ['practice ids', practices.map((practice) => practice.id)],
    ['practice titles', practices.map((practice) => practice.title)],
    ['resource ids', resources.map((resource) => resource.id)],
    ['campaign ids', campaigns.map((campaign) => campaign.id)],
  ])('%s', (_name, ids) => {
    expect(duplicates(ids)).toEqual([]);
  });
});

describe('practices', () => {
  const byId = new Map(practices.map((practice) => [practice.id, practice]));

  it('number at least 20, all linked to Objective 10', () => {
    expect(practices.length).toBeGreaterThanOrEqual(20);
    for (const practice of practices) expect(practice.objectives, practice.id).toContain(10);
  });

  it('only the Repository’s practices are featured, peer reviewed, dated and on the Hub', () => {
    for (const practice of practices) {
      const fromRepository = practice.source.kind === 'repository';
      expect(practice.review.status, practice.id).toBe(
        fromRepository ? 'peer-reviewed' : 'not-reviewed',
      );
      expect(practice.hubUrl !== null, practice.id).toBe(fromRepository);
      expect(practice.publishedAt !== null, practice.id).toBe(fromRepository);
      if (!fromRepository) expect(practice.featured, practice.id).toBe(false);
    }
    const kinds = practices.map((practice) => practice.source.kind);
    expect(kinds.filter((kind) => kind === 'repository')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'knowledge-uptake')).toHaveLength(13);
    expect(kinds.filter((kind) => kind === 'objective-page')).toHaveLength(3);
  });

  it('the Pacaraima Committee is as the Hub gives it: 2021 to present, objectives 10, 3, 5, 8', () => {
    const pacaraima = byId.get('pacaraima-committee');
    expect(pacaraima?.period).toEqual({ start: 2021, end: null });
    expect(pacaraima?.status).toBe('ongoing');
    expect(pacaraima?.primaryObjective).toBe(10);
    expect(pacaraima?.objectives).toEqual([10, 3, 5, 8]);
    expect(pacaraima?.hubUrl).toBe('https://migrationnetwork.un.org/practice/pacaraima-committee');
    expect(byId.get('counter-trafficking-data-collaborative')?.period).toEqual({
      start: 2017,
      end: null,
    });
  });

  it('the five 2024 featured practices came through the 2024 call and were published on 30 July 2024', () => {
    const featured = practices.filter((practice) => practice.featured);
    expect(featured.map((practice) => practice.id)).toEqual([
      'investigating-trafficking-of-children-and-women-in-venezuela',
      'pacaraima-committee',
      'counter-trafficking-data-collaborative',
      'protection-of-child-victims-across-north-africa',
      'family-reunification-for-victims-of-trafficking',
    ]);
    for (const practice of featured) {
      expect(practice.campaign).toBe('call-for-practices-2024');
      expect(practice.publishedAt).toBe('2024-07-30');
    }
  });

  it('carry the figures the sources report', () => {
    const text = (id: string) => {
      const practice = byId.get(id);
      return [practice?.summary, practice?.takeaway, ...(practice?.results ?? [])].join(' ');
    };
    expect(text('pacaraima-committee')).toMatch(/30 Venezuelans .*December 2023/);
    expect(text('family-reunification-for-victims-of-trafficking')).toMatch(/3,000 .*1,300/);
    expect(text('counter-trafficking-data-collaborative')).toContain(
      'Global Estimates of Modern Slavery',
    );
    expect(text('iom-global-assistance-fund')).toMatch(/2,500 .*70 nationalities/);
    expect(text('iom-global-assistance-fund')).toContain('600 men');
    expect(text('iom-global-assistance-fund')).toContain('2008');
    expect(text('thailand-myanmar-border-cooperation')).toContain('More than 100 victims');
    expect(byId.get('iom-global-assistance-fund')?.period).toEqual({ start: 2000, end: null });
    expect(byId.get('protect-project')?.period).toEqual({ start: 2014, end: 2016 });
    expect(byId.get('california-assembly-bill-629')?.period.start).toBe(2019);
  });

  it('have no invented addresses', () => {
    for (const practice of practices) expect(practice.links).toEqual([]);
  });

  it('keep status and period consistent', () => {
    for (const practice of practices) {
      if (practice.status === 'ongoing') expect(practice.period.end, practice.id).toBeNull();
      if (practice.status === 'planned') expect(practice.results, practice.id).toEqual([]);
    }
  });

  it('link the Knowledge Uptake piece both ways', () => {
    const piece = resources.find((resource) => resource.id === KNOWLEDGE_UPTAKE_RESOURCE_ID);
    const fromPiece = practices.filter((practice) => practice.source.kind === 'knowledge-uptake');
    expect(piece?.relatedPractices).toEqual(fromPiece.map((practice) => practice.id));
    for (const practice of fromPiece) {
      expect(practice.relatedResources).toEqual([KNOWLEDGE_UPTAKE_RESOURCE_ID]);
    }
  });
});

describe('resources', () => {
  it('are the six publications of the resource library and the Knowledge Uptake piece', () => {
    expect(resources).toHaveLength(7);
    expect(resources.map((resource) => resource.year)).toEqual([
      2020,
      2018,
      2010,
      2010,
      2017,
      2019,
      null,
    ]);
    expect(resources.at(-1)?.id).toBe(KNOWLEDGE_UPTAKE_RESOURCE_ID);
  });

  it('carry no category, publisher or address: the library gives none', () => {
    for (const resource of resources) {
      expect(resource.category, resource.id).toBeNull();
      expect(resource.publishers, resource.id).toEqual([]);
      expect(resource.url, resource.id).toBeNull();
    }
  });

  it('worldwide publications have no countries and the worldwide region', () => {
    for (const resource of resources) {
      if (resource.id === KNOWLEDGE_UPTAKE_RESOURCE_ID) continue;
      if (resource.countries.length === 0) expect(resource.regions).toEqual(['worldwide']);
    }
    const nigeria = resources.find((resource) => resource.countries.includes('NGA'));
    expect(nigeria?.regions).toEqual(['west-africa', 'central-africa']);
  });

  it('credit the authors the library names', () => {
    const authors = resources.flatMap((resource) => resource.authors);
    expect(authors).toEqual(['Rebecca Surtees', 'Sarah Craggs', 'Philip Hunter']);
  });
});

describe('campaigns', () => {
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));

  it('the 2024 World Day is on 30 July 2024 with its theme', () => {
    const day = byId.get('world-day-against-trafficking-2024');
    expect(day?.kind).toBe('awareness-day');
    expect(day?.observance).toBe('2024-07-30');
    expect(day?.closes).toBe('2024-07-30');
    expect(day?.theme).toBe('Leave No Child Behind in the Fight Against Human Trafficking');
    expect(day?.callToAction?.url).toBe(
      'https://www.un.org/en/observances/end-human-trafficking-day',
    );
  });

  it('every yearly occurrence falls on 30 July and is promoted from four weeks before', () => {
    const days = campaigns.filter((campaign) => campaign.recurrence === 'yearly');
    expect(days.map((campaign) => campaign.id)).toEqual([
      'world-day-against-trafficking-2024',
      'world-day-against-trafficking-2025',
      'world-day-against-trafficking-2026',
      'world-day-against-trafficking-2027',
    ]);
    for (const campaign of days) {
      expect(campaign.series).toBe('world-day-against-trafficking');
      expect(campaign.observance).toMatch(/^\d{4}-07-30$/);
      expect(campaign.closes).toBe(campaign.observance);
      expect(campaign.opens).toBe(`${campaign.observance?.slice(0, 4)}-07-02`);
      expect(campaign.objectives).toEqual([10]);
    }
    for (const year of [2025, 2026, 2027]) {
      expect(byId.get(`world-day-against-trafficking-${year}`)?.theme).toBeNull();
    }
  });

  it('the 2024 call for practices closes on its deadline, 24 June 2024', () => {
    const call = byId.get('call-for-practices-2024');
    expect(call?.kind).toBe('call-for-practices');
    expect(call?.observance).toBeNull();
    expect(call?.closes).toBe('2024-06-24');
    expect(call?.opens).toBeNull();
    expect(call?.recurrence).toBeNull();
    expect(call?.series).toBe('call-for-practices');
    expect(call?.theme).toBe(byId.get('world-day-against-trafficking-2024')?.theme);
    expect(call?.callToAction?.url).toBe(
      'https://migrationnetwork.un.org/hub/repository-of-practices',
    );
  });
});
