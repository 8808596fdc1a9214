/**
 * `builtins.toJSON` and `builtins.fromJSON`, and the `--json` printer the state uses: the
 * registration of ../formats/json.ts, where printing and parsing are, as Nix 2.26 does them.
 */

import { isNixError } from '../errors/nix-error';
import { forceStringNoContext } from '../eval/force';
import { makeString } from '../eval/values';
import { parseJson, valueToJson } from '../formats/json';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const state = set.state;
  state.jsonPrinter = (value, strict, context) => valueToJson(state, value, strict, context);

  set.fn('toJSON', 1, ([x], call) => {
    const context = new Set<string>();
    const text = valueToJson(state, x, true, context, true, call.pos);
    return makeString(text, context);
  });

  set.fn('fromJSON', 1, ([x], call) => {
    const text = forceStringNoContext(
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.fromJSON',
    );
    try {
      return parseJson(text);
    } catch (error) {
      // Only the parser's own errors: a NUL byte or an integer out of range has no frame in Nix.
      if (isNixError(error, 'json')) error.addFrame('while decoding a JSON string', call.pos);
      throw error;
    }
  });
}
