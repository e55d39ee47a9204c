import type { SqlRunner, SqlValue } from './sql-runner.js';

/*
 * The records of the calls for practices, read and written with the same SQL
 * on both stores. `store.submissions` reads outside any transaction;
 * `tx.submissions` reads and writes inside one (with `lock`, the row stays
 * the caller's until the transaction ends, also across PostgreSQL instances).
 */

export interface SubmissionRow {
  id: string;
  reference: string;
  token_hash: string;
  status: string;
  campaign: string | null;
  lang: string;
  title: string;
  organisation: string;
  submitter: string;
  consent: string;
  revision: number;
  practice: string;
  changes_requested: number;
  practice_id: string | null;
  submitted_at: string;
  updated_at: string;
}

export interface RevisionRow {
  revision: number;
  at: string;
  practice: string;
}

export interface MessageRow {
  at: string;
  author: string;
  kind: string;
  text: string | null;
  revision: number;
}

export interface DecisionRow {
  id: number;
  revision: number;
  reviewer_id: string;
  reviewer_name: string;
  decision: string;
  comment: string | null;
  at: string;
}

export interface TokenRow {
  id: string;
  name: string;
  role: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  submission_id: string | null;
  reference: string | null;
  from_status: string | null;
  to_status: string | null;
  comment: string | null;
  revision: number | null;
  subject: string | null;
}

export type NewAuditEntry = Omit<AuditRow, 'id'>;

export interface OutboxRow {
  id: number;
  at: string;
  event: string;
  payload: string;
  attempts: number;
  next_attempt_at: string;
}

export interface IdempotentAnswer {
  request_hash: string;
  status: number;
  response: string;
  created_at: string;
}

export interface SubmissionFilter {
  statuses: readonly string[];
  campaign?: string | undefined;
  limit: number;
  offset: number;
}

export interface AuditFilter {
  submission?: string | undefined;
  actions: readonly string[];
  limit: number;
  offset: number;
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

export class SubmissionRecords {
  constructor(private readonly sql: SqlRunner) {}

  // Submissions

  submission(id: string): Promise<SubmissionRow | undefined> {
    return this.sql.get<SubmissionRow>('SELECT * FROM submissions WHERE id = ?', [id]);
  }

  /** The row, held by this transaction until it ends (PostgreSQL; SQLite holds the whole file). */
  lock(id: string): Promise<SubmissionRow | undefined> {
    const forUpdate = this.sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
    return this.sql.get<SubmissionRow>(`SELECT * FROM submissions WHERE id = ?${forUpdate}`, [id]);
  }

  async referenceTaken(reference: string): Promise<boolean> {
    return (
      (await this.sql.get('SELECT 1 AS taken FROM submissions WHERE reference = ?', [
        reference,
      ])) !== undefined
    );
  }

  async listSubmissions(
    filter: SubmissionFilter,
  ): Promise<{ total: number; rows: SubmissionRow[] }> {
    const terms: string[] = [];
    const params: SqlValue[] = [];
    if (filter.statuses.length > 0) {
      terms.push(`status IN (${placeholders(filter.statuses.length)})`);
      params.push(...filter.statuses);
    }
    if (filter.campaign !== undefined) {
      terms.push('campaign = ?');
      params.push(filter.campaign);
    }
    const where = terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`;
    const counted = await this.sql.get<{ n: number }>(
      `SELECT count(*) AS n FROM submissions ${where}`,
      params,
    );
    const rows = await this.sql.all<SubmissionRow>(
      `SELECT * FROM submissions ${where} ORDER BY submitted_at DESC, id DESC LIMIT ? OFFSET ?`,
      [...params, filter.limit, filter.offset],
    );
    return { total: Number(counted?.n ?? 0), rows };
  }

  async insertSubmission(row: SubmissionRow): Promise<void> {
    const columns = Object.keys(row);
    await this.sql.run(
      `INSERT INTO submissions (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
      Object.values(row) as SqlValue[],
    );
  }

  async updateSubmission(
    id: string,
    changes: Partial<
      Pick<
        SubmissionRow,
        | 'status'
        | 'revision'
        | 'practice'
        | 'title'
        | 'lang'
        | 'changes_requested'
        | 'practice_id'
        | 'updated_at'
      >
    >,
  ): Promise<void> {
    const entries = Object.entries(changes);
    await this.sql.run(
      `UPDATE submissions SET ${entries.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
      [...entries.map(([, value]) => value as SqlValue), id],
    );
  }

  // Revisions, messages, decisions

  async insertRevision(submissionId: string, revision: RevisionRow): Promise<void> {
    await this.sql.run(
      'INSERT INTO submission_revisions (submission_id, revision, at, practice) VALUES (?, ?, ?, ?)',
      [submissionId, revision.revision, revision.at, revision.practice],
    );
  }

  revisions(submissionId: string): Promise<RevisionRow[]> {
    return this.sql.all<RevisionRow>(
      'SELECT revision, at, practice FROM submission_revisions WHERE submission_id = ? ORDER BY revision',
      [submissionId],
    );
  }

  async insertMessage(submissionId: string, message: MessageRow): Promise<void> {
    await this.sql.run(
      'INSERT INTO submission_messages (submission_id, at, author, kind, text, revision) VALUES (?, ?, ?, ?, ?, ?)',
      [submissionId, message.at, message.author, message.kind, message.text, message.revision],
    );
  }

  messages(submissionId: string): Promise<MessageRow[]> {
    return this.sql.all<MessageRow>(
      'SELECT at, author, kind, text, revision FROM submission_messages WHERE submission_id = ? ORDER BY id',
      [submissionId],
    );
  }

  async insertDecision(
    submissionId: string,
    decision: Omit<DecisionRow, 'id' | 'reviewer_name'>,
  ): Promise<void> {
    await this.sql.run(
      'INSERT INTO review_decisions (submission_id, revision, reviewer_id, decision, comment, at) VALUES (?, ?, ?, ?, ?, ?)',
      [
        submissionId,
        decision.revision,
        decision.reviewer_id,
        decision.decision,
        decision.comment,
        decision.at,
      ],
    );
  }

  /** The decisions on one revision, oldest first, with the reviewer's name. */
  decisions(submissionId: string, revision: number): Promise<DecisionRow[]> {
    return this.sql.all<DecisionRow>(
      `SELECT d.id, d.revision, d.reviewer_id, t.name AS reviewer_name, d.decision, d.comment, d.at
       FROM review_decisions d JOIN reviewer_tokens t ON t.id = d.reviewer_id
       WHERE d.submission_id = ? AND d.revision = ? ORDER BY d.id`,
      [submissionId, revision],
    );
  }

  /** Distinct reviewers who approved each of these submissions' current revisions. */
  async approvalCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.all<{ submission_id: string; n: number }>(
      `SELECT d.submission_id, count(DISTINCT d.reviewer_id) AS n
       FROM review_decisions d JOIN submissions s ON s.id = d.submission_id AND s.revision = d.revision
       WHERE d.decision = 'approve' AND d.submission_id IN (${placeholders(ids.length)})
       GROUP BY d.submission_id`,
      ids,
    );
    return new Map(rows.map((row) => [row.submission_id, Number(row.n)]));
  }

  // Reviewer tokens

  token(id: string): Promise<TokenRow | undefined> {
    return this.sql.get<TokenRow>('SELECT * FROM reviewer_tokens WHERE id = ?', [id]);
  }

  tokens(): Promise<TokenRow[]> {
    return this.sql.all<TokenRow>('SELECT * FROM reviewer_tokens ORDER BY created_at, id');
  }

  async insertToken(row: TokenRow): Promise<void> {
    await this.sql.run(
      'INSERT INTO reviewer_tokens (id, name, role, secret_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.name, row.role, row.secret_hash, row.created_at, row.revoked_at],
    );
  }

  /** True if the token was active and now is revoked. */
  async revokeToken(id: string, at: string): Promise<boolean> {
    return (
      (await this.sql.run(
        'UPDATE reviewer_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
        [at, id],
      )) === 1
    );
  }

  // Audit log

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    const columns = Object.keys(entry);
    await this.sql.run(
      `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
      Object.values(entry) as SqlValue[],
    );
  }

  /** Oldest first for one submission's history. */
  history(submissionId: string): Promise<AuditRow[]> {
    return this.sql.all<AuditRow>('SELECT * FROM audit_log WHERE submission_id = ? ORDER BY id', [
      submissionId,
    ]);
  }

  /** Newest first. */
  async audit(filter: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
    const terms: string[] = [];
    const params: SqlValue[] = [];
    if (filter.submission !== undefined) {
      terms.push('submission_id = ?');
      params.push(filter.submission);
    }
    if (filter.actions.length > 0) {
      terms.push(`action IN (${placeholders(filter.actions.length)})`);
      params.push(...filter.actions);
    }
    const where = terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`;
    const counted = await this.sql.get<{ n: number }>(
      `SELECT count(*) AS n FROM audit_log ${where}`,
      params,
    );
    const rows = await this.sql.all<AuditRow>(
      `SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, filter.limit, filter.offset],
    );
    return { total: Number(counted?.n ?? 0), rows };
  }

  // Outbox

  async enqueue(event: string, payload: unknown, at: string): Promise<void> {
    await this.sql.run(
      'INSERT INTO outbox (at, event, payload, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)',
      [at, event, JSON.stringify(payload), at],
    );
  }

  /** Undelivered messages due by `now`, oldest first. */
  dueMessages(now: string, limit: number): Promise<OutboxRow[]> {
    return this.sql.all<OutboxRow>(
      `SELECT id, at, event, payload, attempts, next_attempt_at FROM outbox
       WHERE delivered_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
      [now, limit],
    );
  }

  /**
   * Take a message for one delivery attempt: its next attempt moves to
   * `leaseUntil`, so another instance leaves it alone meanwhile. False if
   * another instance took it first.
   */
  async claimMessage(row: OutboxRow, leaseUntil: string): Promise<boolean> {
    return (
      (await this.sql.run(
        `UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, last_error = NULL
         WHERE id = ? AND delivered_at IS NULL AND next_attempt_at = ? AND attempts = ?`,
        [leaseUntil, row.id, row.next_attempt_at, row.attempts],
      )) === 1
    );
  }

  async markDelivered(id: number, at: string): Promise<void> {
    await this.sql.run('UPDATE outbox SET delivered_at = ?, last_error = NULL WHERE id = ?', [
      at,
      id,
    ]);
  }

  async markFailed(id: number, error: string, nextAttemptAt: string): Promise<void> {
    await this.sql.run('UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ?', [
      error,
      nextAttemptAt,
      id,
    ]);
  }

  outbox(): Promise<(OutboxRow & { delivered_at: string | null; last_error: string | null })[]> {
    return this.sql.all('SELECT * FROM outbox ORDER BY id');
  }

  // Idempotency-Key answers

  idempotentAnswer(keyHash: string, since: string): Promise<IdempotentAnswer | undefined> {
    return this.sql.get<IdempotentAnswer>(
      'SELECT request_hash, status, response, created_at FROM idempotency_keys WHERE key_hash = ? AND created_at >= ?',
      [keyHash, since],
    );
  }

  async saveIdempotentAnswer(
    keyHash: string,
    answer: IdempotentAnswer,
    expiredBefore: string,
  ): Promise<void> {
    await this.sql.run('DELETE FROM idempotency_keys WHERE created_at < ?', [expiredBefore]);
    await this.sql.run(
      'INSERT INTO idempotency_keys (key_hash, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?)',
      [keyHash, answer.request_hash, answer.status, answer.response, answer.created_at],
    );
  }

  // The catalogue's campaigns, for the call a submission answers.

  campaignJson(id: string): Promise<string | undefined> {
    return this.sql
      .get<{ json: string }>('SELECT json FROM campaigns WHERE id = ?', [id])
      .then((row) => row?.json);
  }
}
