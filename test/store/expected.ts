/** Access to expected.json (oracle results; regenerate with gen-expected.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNixError } from '../../src/lib/nix/errors/nix-error';

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

/** The message of the `store` error `f` throws; fails the test if it throws anything else. */
export function storeErrorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (isNixError(error, 'store')) return error.message;
    throw error;
  }
  throw new Error('expected a store error, but nothing was thrown');
}
