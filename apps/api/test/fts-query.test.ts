import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/index.js';
import { toFtsExpression } from '../src/search/fts-query.js';

describe('toFtsExpression', () => {
  it.each([
    ['Pacaraima', '"Pacaraima"*'],
    ['child labour', '"child" "labour"*'],
    ['child labour ', '"child" "labour"'],
    ['pa', '"pa"'],
    ['"unbalanced', '"unbalanced"*'],
    ['NEAR(a b, 2)', '"NEAR" "a" "b" "2"'],
    ['child AND OR NOT labour', '"child" "AND" "OR" "NOT" "labour"*'],
    ['-trafficking', '"trafficking"*'],
    ['title:trafficking', '"title" "trafficking"*'],
    ['traff*', '"traff"'],
    ['^start', '"start"*'],
    ['🙂 trafficking 🙂', '"trafficking"'],
    ['الاتجار بالبشر', '"الاتجار" "بالبشر"*'],
    ['Niñas', '"Niñas"*'],
    ['ｆｕｌｌｗｉｄｔｈ', '"fullwidth"*'],
  ])('%s → %s', (input, expected) => {
    expect(toFtsExpression(input)).toBe(expected);
  });

  it.each(['', '   ', '***', '"', '()', '🙂🙂', '-', '\u0000'])('has no words in %j', (input) => {
    expect(toFtsExpression(input)).toBeNull();
  });

  it('keeps at most 12 words and then never adds a prefix', () => {
    const expression = toFtsExpression(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '));
    expect(expression?.split(' ')).toHaveLength(12);
    expect(expression?.endsWith('*')).toBe(false);
  });

  describe('against FTS5 itself', () => {
    const db = openDatabase(':memory:');
    db.exec(
      `CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='porter unicode61 remove_diacritics 2');
       INSERT INTO probe (body) VALUES ('Pacaraima Committee against trafficking'), ('العربية نص');`,
    );
    const match = db.prepare('SELECT count(*) FROM probe WHERE probe MATCH ?').pluck();
    afterAll(() => db.close());

    it('turns any text into an expression FTS5 accepts', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 60 }),
          (text) => {
            const expression = toFtsExpression(text);
            if (expression !== null) expect(() => match.get(expression)).not.toThrow();
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('finds words with or without accents and case', () => {
      expect(match.get(toFtsExpression('pacaraima committee'))).toBe(1);
      expect(match.get(toFtsExpression('PACARAÍMA'))).toBe(1);
      expect(match.get(toFtsExpression('trafficked'))).toBe(1);
    });
  });
});
