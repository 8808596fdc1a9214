/** Access to expected.json (oracle results; regenerate with gen-expected.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Result = { ok: unknown } | { error: string };

const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<string, Result>;

export const FIXTURES = join(here, 'fixtures');

export function ok<T = unknown>(key: string): T {
  const r = data[key];
  if (!r || !('ok' in r)) throw new Error(`no successful oracle result for ${key}`);
  return r.ok as T;
}

export function err(key: string): string {
  const r = data[key];
  if (!r || !('error' in r)) throw new Error(`no oracle error for ${key}`);
  return r.error;
}

/** The oracle result for `key`, whatever it is. */
export function result(key: string): Result {
  const r = data[key];
  if (!r) throw new Error(`no oracle result for ${key}`);
  return r;
}
