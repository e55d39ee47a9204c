import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  checkFields,
  practiceFromSubmission,
  SubmittedPractice,
  submissionPracticeId,
} from '../src/index.js';

beforeAll(() => {
  z.config({ jitless: true });
});

const checked = checkFields(SubmittedPractice, {
  lang: 'fr',
  title: 'Café & Co — Emplois sûrs !',
  summary: 'Des emplois sûrs pour les personnes qui migrent.',
  implementers: [{ name: 'Café & Co', type: 'private-sector' }],
  objectives: [10, 6],
  actions: ['10a'],
  sections: { context: 'Le contexte.' },
});
if (!checked.success) throw new Error(JSON.stringify(checked.errors));
const submitted = checked.data;

describe('submissionPracticeId', () => {
  it('is the title in ASCII letters and digits, then the reference', () => {
    expect(submissionPracticeId(submitted.title, 'GCM-7K2M-P9QX')).toBe(
      'cafe-co-emplois-surs-7k2m-p9qx',
    );
    expect(submissionPracticeId('مكتب المساعدة', 'GCM-AAAA-BBBB')).toBe('practice-aaaa-bbbb');
  });
});

describe('practiceFromSubmission', () => {
  const base = { id: 'cafe-co-emplois-surs-7k2m-p9qx', reference: 'GCM-7K2M-P9QX' };

  it('is what the submitter wrote, peer-reviewed, published on the day given', () => {
    const practice = practiceFromSubmission(submitted, {
      ...base,
      campaign: undefined,
      today: '2026-07-30',
    });
    expect(practice).toMatchObject({
      id: base.id,
      lang: 'fr',
      title: submitted.title,
      primaryObjective: 10,
      objectives: [10, 6],
      actions: ['10a'],
      featured: false,
      campaign: null,
      hubUrl: null,
      review: { status: 'peer-reviewed' },
      relatedResources: [],
      publishedAt: '2026-07-30',
      updatedAt: '2026-07-30',
      source: {
        kind: 'repository',
        title: 'Repository of Practices (submission GCM-7K2M-P9QX)',
        url: null,
      },
    });
    expect(practice.sections).toEqual({ context: 'Le contexte.' });
  });

  it('leaves out a section a stored record keeps empty', () => {
    const stored = { ...submitted, sections: { context: 'Le contexte.', aims: '' } };
    const practice = practiceFromSubmission(stored, {
      ...base,
      campaign: undefined,
      today: '2026-07-30',
    });
    expect(practice.sections).toEqual({ context: 'Le contexte.' });
  });

  it('names the call for practices it answered as its source', () => {
    const practice = practiceFromSubmission(submitted, {
      ...base,
      campaign: { id: 'call-2026', title: 'Call for practices 2026' },
      today: '2026-07-30',
    });
    expect(practice.campaign).toBe('call-2026');
    expect(practice.source.title).toBe('Call for practices 2026 (submission GCM-7K2M-P9QX)');
  });
});
