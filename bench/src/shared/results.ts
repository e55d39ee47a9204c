import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<repo>/bench/results/`, where every benchmark of the repository writes its JSON (gitignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../results/', import.meta.url));

/** Write `<name>-<timestamp>.json` so successive runs can be compared; returns the path. */
export function writeResult(name: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(RESULTS_DIR, `${name}-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** The newest `<name>.json` or `<name>-<timestamp>.json`, parsed, with its path. */
export function latestResult<T>(name: string): { file: string; data: T } | undefined {
  let names: string[];
  try {
    names = readdirSync(RESULTS_DIR);
  } catch {
    return undefined;
  }
  const pattern = new RegExp(`^${name}(-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z)?\\.json$`);
  const newest = names
    .filter((file) => pattern.test(file))
    .map((file) => join(RESULTS_DIR, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return newest ? { file: newest, data: JSON.parse(readFileSync(newest, 'utf8')) as T } : undefined;
}
