/**
 * `builtins.fromTOML`: the registration of ../formats/toml.ts, the TOML 1.0 parser with Nix
 * 2.26's (toml11's) values and errors.
 */

import { evalError } from '../errors/nix-error';
import { forceStringNoContext } from '../eval/force';
import { parseToml, TomlError } from '../formats/toml';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  set.fn('fromTOML', 1, ([x], call) => {
    const text = forceStringNoContext(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.fromTOML',
    );
    try {
      return parseToml(text);
    } catch (error) {
      if (error instanceof TomlError)
        throw evalError('toml', `while parsing TOML: ${error.message}`, call.pos);
      throw error;
    }
  });
}
