const NUMERIC = /^[-+]?[\d.,]+ ?(KB|MB|ms|×|%)?$|^–$/;

/** Print rows as a Markdown table; columns holding only numbers are right-aligned. */
export function printTable(title: string, rows: readonly Record<string, string>[]): void {
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
  console.log(`\n${title}\n`);
  console.log(line(columns));
  console.log(
    `|${widths.map((width, i) => (right[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
  );
  for (const row of rows) console.log(line(columns.map((column) => cell(row, column))));
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
export const ratio = (value: number) =>
  `${value < 0.1 ? value.toFixed(3) : value.toFixed(value < 10 ? 2 : 1)}×`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
