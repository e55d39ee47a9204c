import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { terms } from '../src/search/text-analysis.js';
import { toTextQuery } from '../src/search/text-query.js';
import { ftsExpression } from '../src/store/sqlite/search-sql.js';

const render = (text: string) => {
  const query = toTextQuery(text);
  return query?.map((t) => (t.prefix ? `${t.term}*` : t.term)).join(' ');
};

describe('terms', () => {
  it('folds case and accents, and stems English words', () => {
    expect(terms('Trafficked CHILDREN in México, São Paulo')).toEqual([
      'traffick',
      'children',
      'in',
      'mexico',
      'sao',
      'paulo',
    ]);
    expect(terms('Straße Œuvre Øresund Łódź')).toEqual(['strass', 'oeuvr', 'oresund', 'lodz']);
    expect(terms('e\u0301migration')).toEqual(terms('émigration'));
  });

  it('keeps words of other scripts whole', () => {
    expect(terms('الاتجار بالبشر 人口贩卖')).toEqual(['الاتجار', 'بالبشر', '人口贩卖']);
  });

  it('splits at anything that is not a letter, digit or mark', () => {
    expect(terms('child-labour; 8.7 (SDG)')).toEqual(['child', 'labour', '8', '7', 'sdg']);
  });
});

describe('toTextQuery', () => {
  it.each([
    ['Pacaraima', 'pacaraima*'],
    ['child labour', 'child labour*'],
    ['child labour ', 'child labour'],
    ['pa', 'pa'],
    ['"unbalanced', 'unbalanc*'],
    ['NEAR(a b, 2)', 'near a b 2'],
    ['child AND OR NOT labour', 'child and or not labour*'],
    ['-trafficking', 'traffick*'],
    ['title:trafficking', 'titl traffick*'],
    ['traff*', 'traff'],
    ['^start', 'start*'],
    ['🙂 trafficking 🙂', 'traffick'],
    ['الاتجار بالبشر', 'الاتجار بالبشر*'],
    ['Niñas', 'nina*'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth*'],
  ])('%s → %s', (input, expected) => {
    expect(render(input)).toBe(expected);
  });

  it.each(['', '   ', '***', '"', '()', '🙂🙂', '-', '\u0000', '\u0301'])(
    'has no words in %j',
    (input) => {
      expect(toTextQuery(input)).toBeNull();
    },
  );

  it('keeps at most 12 words and then never adds a prefix', () => {
    const query = toTextQuery(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '));
    expect(query).toHaveLength(12);
    expect(query?.some((t) => t.prefix)).toBe(false);
  });

  describe('against FTS5 itself', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='ascii');`);
    const insert = db.prepare('INSERT INTO probe (body) VALUES (?)');
    for (const text of ['Pacaraima Committee against trafficking', 'العربية نص']) {
      insert.run(terms(text).join(' '));
    }
    const match = db.prepare('SELECT count(*) FROM probe WHERE probe MATCH ?').pluck();
    const count = (text: string) => {
      const query = toTextQuery(text);
      return query === null ? 0 : match.get(ftsExpression(query));
    };
    afterAll(() => db.close());

    it('turns any text into an expression FTS5 accepts', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 60 }),
          (text) => {
            expect(() => count(text)).not.toThrow();
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('finds words with or without accents and case', () => {
      expect(count('pacaraima committee')).toBe(1);
      expect(count('PACARAÍMA')).toBe(1);
      expect(count('trafficked')).toBe(1);
      expect(count('Pacara')).toBe(1);
      expect(count('نص')).toBe(1);
    });
  });
});
