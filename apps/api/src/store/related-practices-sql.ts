/**
 * The query behind `GET /v1/practices/{id}/related`, the same in both SQL
 * dialects but for how a document's primary objective is read and how a
 * parameter is written. It needs no column of its own: the candidates come
 * from two index ranges of the join tables (the practices with the same
 * objective, the practices with one of the same actions), and only the first
 * range's documents are read for their primary objective.
 *
 * Order: same primary objective first, then more shared actions, then
 * featured, then id — so the answer is the same in every store.
 */
export function relatedPracticesSql({
  primaryObjective,
  rowidParam,
  limit,
}: {
  /** SQL reading the primary objective of the document aliased `d`, as an integer. */
  primaryObjective: string;
  /** The placeholder of the practice's rowid. */
  rowidParam: string;
  limit: number;
}): string {
  return `
    WITH me AS (
      SELECT d.rowid AS r, ${primaryObjective} AS po
      FROM practice_documents d WHERE d.rowid = ${rowidParam}
    ),
    shared AS (
      SELECT other.practice_rowid AS r, count(*) AS n
      FROM me
      JOIN practice_action mine ON mine.practice_rowid = me.r
      JOIN practice_action other ON other.value = mine.value AND other.practice_rowid <> me.r
      GROUP BY other.practice_rowid
    ),
    same AS (
      SELECT o.practice_rowid AS r
      FROM me
      JOIN practice_objective o ON o.value = me.po AND o.practice_rowid <> me.r
      JOIN practice_documents d ON d.rowid = o.practice_rowid
      WHERE ${primaryObjective} = me.po
    ),
    ranked AS (
      SELECT c.r, max(c.same) AS same, max(c.n) AS n
      FROM (
        SELECT r, 1 AS same, 0 AS n FROM same
        UNION ALL
        SELECT r, 0 AS same, n FROM shared
      ) c
      GROUP BY c.r
    )
    SELECT d.json
    FROM ranked
    JOIN practices p ON p.rowid = ranked.r
    JOIN practice_documents d ON d.rowid = ranked.r
    ORDER BY ranked.same DESC, ranked.n DESC, p.featured DESC, p.id
    LIMIT ${Math.trunc(limit)}`;
}
