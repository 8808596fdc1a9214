/**
 * `builtins.toXML` and the `--xml` printer the state uses: the registration of
 * ../formats/xml.ts.
 */

import { makeString } from '../eval/values';
import { valueToXml } from '../formats/xml';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const state = set.state;
  state.xmlPrinter = (value, options, context) => valueToXml(state, value, options, context);

  set.fn('toXML', 1, ([x], call) => {
    const context = new Set<string>();
    const text = valueToXml(state, x, { strict: true, location: false }, context, call.pos);
    return makeString(text, context);
  });
}
