/**
 * Throughput of the synthetic generator: `pnpm --filter @gcm-practices/dataset bench`.
 * Each practice is consumed and dropped as a streaming import would, so heap use stays flat.
 */
import { generatePractices } from '../src/synthetic/index.js';

interface Row {
  practices: string;
  seconds: string;
  'practices/s': string;
  'heap after (MB)': string;
}

function run(count: number): Row {
  let checksum = 0;
  const started = performance.now();
  for (const practice of generatePractices({ count, seed: 1 })) {
    // Touch the record so the work cannot be skipped.
    checksum += practice.objectives.length + practice.title.length;
  }
  const seconds = (performance.now() - started) / 1000;
  if (checksum === 0) throw new Error('nothing was generated');
  return {
    practices: count.toLocaleString('en'),
    seconds: seconds.toFixed(2),
    'practices/s': Math.round(count / seconds).toLocaleString('en'),
    'heap after (MB)': (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0),
  };
}

function printTable(rows: readonly Row[]): void {
  const columns = Object.keys(rows[0] as Row) as (keyof Row)[];
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i] as number)).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

run(20_000); // warm up the JIT
printTable([run(100_000), run(1_000_000)]);
