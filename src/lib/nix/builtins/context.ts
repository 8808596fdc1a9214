/**
 * String context builtins: inspecting (`getContext`, `hasContext`), dropping
 * (`unsafeDiscardStringContext`, `unsafeDiscardOutputDependency`) and adding (`appendContext`,
 * `addDrvOutputDependencies`) the store paths a string refers to. The attribute-set form of a
 * context is Nix's: `{ "<path>" = { path = true; allOutputs = true; outputs = [ … ]; }; }`.
 */

import { evalError } from '../errors/nix-error';
import { forceAttrs, forceBool, forceList, forceString, forceStringValue } from '../eval/force';
import { decodeContext, encodeContext } from '../eval/store-state';
import { Attr, Attrs, compareStrings, makeString, type Lazy } from '../eval/values';
import { isDerivationPath } from '../store';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const state = set.state;
  const contextOf = (x: Lazy, pos: Parameters<typeof forceStringValue>[1], frame: string) => {
    const value = forceStringValue(x, pos, frame);
    return typeof value === 'string'
      ? { text: value, context: new Set<string>() }
      : { text: value.value, context: new Set(value.context) };
  };
  set.fn(
    'hasContext',
    1,
    ([x], call) =>
      contextOf(x, call.pos, 'while evaluating the argument passed to builtins.hasContext').context.size > 0,
  );
  set.fn('unsafeDiscardStringContext', 1, ([x], call) => {
    const value = forceStringValue(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.unsafeDiscardStringContext',
    );
    return typeof value === 'string' ? value : value.value;
  });
  set.fn('unsafeDiscardOutputDependency', 1, ([x], call) => {
    const { text, context } = contextOf(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.unsafeDiscardOutputDependency',
    );
    const out = new Set<string>();
    for (const element of context) out.add(element.startsWith('=') ? element.slice(1) : element);
    return makeString(text, out);
  });
  set.fn('addDrvOutputDependencies', 1, ([x], call) => {
    const { text, context } = contextOf(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.addDrvOutputDependencies',
    );
    if (context.size !== 1) {
      throw evalError(
        'string-context',
        `context of string '${text}' must have exactly one element, but has ${context.size}`,
        null,
      );
    }
    const [element] = context;
    const decoded = decodeContext(element);
    if (decoded.kind === 'built') {
      throw evalError(
        'string-context',
        `\`addDrvOutputDependencies\` can only act on derivations, not on a derivation output such as '${decoded.output}'`,
        null,
      );
    }
    if (decoded.kind === 'drvDeep') return makeString(text, context);
    if (!isDerivationPath(decoded.path)) {
      throw evalError('string-context', `path '${decoded.path}' is not a derivation`, null);
    }
    return makeString(text, new Set(['=' + decoded.path]));
  });
  set.fn('getContext', 1, ([x], call) => {
    const { context } = contextOf(x, call.pos, 'while evaluating the argument passed to builtins.getContext');
    const info = new Map<string, { path: boolean; allOutputs: boolean; outputs: string[] }>();
    const entry = (path: string) => {
      let e = info.get(path);
      if (e === undefined) info.set(path, (e = { path: false, allOutputs: false, outputs: [] }));
      return e;
    };
    for (const element of context) {
      const decoded = decodeContext(element);
      if (decoded.kind === 'opaque') entry(decoded.path).path = true;
      else if (decoded.kind === 'drvDeep') entry(decoded.drvPath).allOutputs = true;
      else entry(decoded.drvPath).outputs.push(decoded.output);
    }
    const map = new Map<string, Attr>();
    for (const [path, e] of info) {
      const fields = new Map<string, Attr>();
      if (e.path) fields.set('path', new Attr(true, null));
      if (e.allOutputs) fields.set('allOutputs', new Attr(true, null));
      if (e.outputs.length > 0) fields.set('outputs', new Attr(e.outputs.sort(compareStrings), null));
      map.set(path, new Attr(Attrs.fromMap(fields), null));
    }
    return Attrs.fromMap(map);
  });
  set.fn('appendContext', 2, ([x, c], call) => {
    const { text, context } = contextOf(
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.appendContext',
    );
    const attrs = forceAttrs(
      c,
      call.pos,
      'while evaluating the second argument passed to builtins.appendContext',
    );
    for (const [path, attr] of attrs.map) {
      if (!state.store.isInStore(path) || path.slice(state.storeDir.length + 1).includes('/')) {
        throw evalError('string-context', `context key '${path}' is not a store path`, attr.pos ?? call.pos);
      }
      const fields = forceAttrs(
        attr.value,
        attr.pos ?? call.pos,
        'while evaluating the value of a string context',
      );
      const pathAttr = fields.map.get('path');
      if (
        pathAttr &&
        forceBool(pathAttr.value, call.pos, 'while evaluating the `path` attribute of a string context')
      ) {
        context.add(encodeContext({ kind: 'opaque', path }));
      }
      const all = fields.map.get('allOutputs');
      if (
        all &&
        forceBool(all.value, call.pos, 'while evaluating the `allOutputs` attribute of a string context')
      ) {
        if (!isDerivationPath(path)) {
          throw evalError(
            'string-context',
            `tried to add all-outputs context of ${path}, which is not a derivation, to a string`,
            null,
          );
        }
        context.add(encodeContext({ kind: 'drvDeep', drvPath: path }));
      }
      const outputs = fields.map.get('outputs');
      if (outputs) {
        const list = forceList(
          outputs.value,
          call.pos,
          'while evaluating the `outputs` attribute of a string context',
        );
        if (list.length > 0 && !isDerivationPath(path)) {
          throw evalError(
            'string-context',
            `tried to add derivation output context of ${path}, which is not a derivation, to a string`,
            null,
          );
        }
        for (const output of list) {
          const name = forceString(
            output,
            call.pos,
            'while evaluating an output name within a string context',
          );
          context.add(encodeContext({ kind: 'built', drvPath: path, output: name }));
        }
      }
    }
    return makeString(text, context);
  });
}
