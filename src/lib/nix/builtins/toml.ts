/**
 * `builtins.fromTOML`: the registration of ../formats/toml.ts, the TOML 1.0 parser with Nix
 * 2.26's (toml11's) values and errors.
 */

import { forceStringNoContext } from '../eval/force';
import { parseToml } from '../formats/toml';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  set.fn('fromTOML', 1, ([x], call) => {
    const text = forceStringNoContext(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.fromTOML',
    );
    return parseToml(text);
  });
}
