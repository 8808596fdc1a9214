/**
 * What the evaluator knows about its surroundings: system, time, environment, versions, store
 * directory, search path. All of it comes from EvalOptions, never from globals.
 */

import { forceString } from '../eval/force';
import { Thunk, Env } from '../eval/values';
import { attrsFromEntries } from './attrs';
import type { BuiltinSet } from './registry';

export const NIX_VERSION = '2.26.3';
export const LANG_VERSION = 6;

export function register(set: BuiltinSet): void {
  const options = set.state.options;
  set.value('currentSystem', options.currentSystem ?? 'x86_64-linux');
  set.value('currentTime', options.currentTime ?? Math.floor(Date.now() / 1000));
  set.value('nixVersion', NIX_VERSION);
  set.value('langVersion', LANG_VERSION);
  set.value('storeDir', set.state.storeDir);
  set.fn('getEnv', 1, ([name], call) => {
    const key = forceString(name, call.pos, 'while evaluating the first argument passed to builtins.getEnv');
    // Own properties only: `getEnv "toString"` must not find Object.prototype's.
    const env = options.env;
    return env !== undefined && Object.hasOwn(env, key) ? (env[key] ?? '') : '';
  });
  set.value(
    'nixPath',
    new Thunk(
      () =>
        (options.searchPath ?? []).map((entry) =>
          attrsFromEntries([
            ['path', entry.path],
            ['prefix', entry.prefix],
          ]),
        ),
      new Env(null, []),
    ),
  );
}
