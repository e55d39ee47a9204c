import type { CampaignQuery } from '@gcm-practices/contract';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';

/** `= ?` for one value, `IN (?, ?)` for several. */
function inList(count: number): string {
  return count === 1 ? '= ?' : `IN (${Array.from({ length: count }, () => '?').join(', ')})`;
}

/**
 * The UTC calendar date of `at`: a date is taken as it is, a date-time is
 * moved to UTC first (23:30-05:00 on the 29th is already the 30th in UTC).
 */
export function utcDateOf(at: string | undefined, now: Date = new Date()): string {
  if (at === undefined) return now.toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  return new Date(at).toISOString().slice(0, 10);
}

export type CampaignOutcome =
  | { ok: true; total: number; pageCount: number; items: string[] }
  | { ok: false; reason: 'page-out-of-range'; total: number; pageCount: number };

/**
 * Campaigns by kind, series and objective; with `active=true` those whose
 * opens…closes days contain the date of `at`, with `active=false` the others.
 * Ordered by opening day, then id.
 */
export function listCampaigns(db: Db, query: CampaignQuery, now?: Date): CampaignOutcome {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  if (query.active !== undefined) {
    const day = utcDateOf(query.at, now);
    terms.push(
      query.active ? 'c.opens <= ? AND c.closes >= ?' : 'NOT (c.opens <= ? AND c.closes >= ?)',
    );
    params.push(day, day);
  }
  if (query.kind && query.kind.length > 0) {
    const kinds = [...new Set(query.kind)];
    terms.push(`c.kind ${inList(kinds.length)}`);
    params.push(...kinds);
  }
  if (query.series !== undefined) {
    terms.push('c.series = ?');
    params.push(query.series);
  }
  if (query.objective && query.objective.length > 0) {
    const objectives = [...new Set(query.objective)];
    terms.push(
      `c.rowid IN (SELECT campaign_rowid FROM campaign_objective WHERE value ${inList(objectives.length)})`,
    );
    params.push(...objectives);
  }
  const where = terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`;
  const total = prepared(db, `SELECT count(*) FROM campaigns c ${where}`)
    .pluck()
    .get(...params) as number;
  const pageCount = Math.ceil(total / query.pageSize);
  if (total > 0 && query.page > pageCount) {
    return { ok: false, reason: 'page-out-of-range', total, pageCount };
  }
  const items = prepared(
    db,
    `SELECT c.json FROM campaigns c ${where} ORDER BY c.opens, c.id LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...params, query.pageSize, (query.page - 1) * query.pageSize) as string[];
  return { ok: true, total, pageCount, items };
}
