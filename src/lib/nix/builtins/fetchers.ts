/**
 * Fetchers need the network and a store, which the evaluator does not have (it runs offline, in a
 * browser as well). Each one checks its argument as Nix would and then stops with a clear error
 * that names the builtin and says what to do instead.
 */

import { evalError } from '../eval/errors';
import { force } from '../eval/values';
import type { BuiltinSet } from './registry';

const FETCHERS = ['fetchurl', 'fetchTarball', 'fetchGit', 'fetchMercurial'];

export function register(set: BuiltinSet): void {
  for (const name of FETCHERS) {
    set.fn(name, 1, ([x], call) => {
      force(x, call.pos);
      throw evalError(
        'not-available',
        `'builtins.${name}' is not available in Arbor's evaluator: it needs the network and a Nix store. Evaluate this with the real Nix, or vendor the source into the project.`,
        call.pos,
      );
    });
  }
}
