const NUMERIC = /^[\d.,]+( \w+)?$/;

/** Print rows as a Markdown table; columns of numbers are right-aligned. */
export function printTable(rows: readonly Record<string, string>[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const cell = (row: Record<string, string>, column: string) => row[column] ?? '';
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => cell(row, column).length)),
  );
  const right = columns.map((column) => rows.every((row) => NUMERIC.test(cell(row, column))));
  const line = (cells: string[]) =>
    `| ${cells
      .map((text, i) => (right[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
      .join(' | ')} |`;
  console.log(line(columns));
  console.log(
    `|${widths.map((width, i) => (right[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
  );
  for (const row of rows) console.log(line(columns.map((column) => cell(row, column))));
}
