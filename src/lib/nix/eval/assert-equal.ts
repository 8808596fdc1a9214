/**
 * `assert a == b` failing: Nix re-compares the two values to say where they differ ("string
 * '"abc"' is not equal to string '"abd"'", "attribute name 'b' is contained in …, but not in …",
 * with "while comparing attribute 'x'" frames leading to the difference). This walks the values
 * in the same order as `==` and raises the first difference, with Nix's wording.
 */

import { equalValues } from './compare';
import type { EvalContext } from './context';
import { evalError, NixError, withFrame } from '../errors/nix-error';
import { formatFloatFixed } from './floats';
import { showValueBrief } from './show';
import {
  Attrs,
  force,
  isDerivation,
  isFunction,
  NixFloat,
  NixPath,
  NixString,
  showType,
  Thunk,
  type Lazy,
  type SourcePos,
  type Value,
} from './values';

function differ(message: string): NixError {
  return evalError('assertion', message, null);
}

function typeKey(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string' || v instanceof NixString) return 'string';
  if (v instanceof NixFloat) return 'float';
  if (v instanceof NixPath) return 'path';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Attrs) return 'set';
  if (isFunction(v)) return 'function';
  return 'other';
}

function text(v: string | NixString): string {
  return typeof v === 'string' ? v : v.value;
}

/** Throws the first difference between `a` and `b` (cells); returns if they are equal. */
export function assertEqual(a: Lazy, b: Lazy, pos: SourcePos | null, context: EvalContext): void {
  if (a === b && (a instanceof Thunk || (typeof a === 'object' && a !== null))) return;
  const v1 = force(a, pos);
  const v2 = force(b, pos);
  const k1 = typeKey(v1);
  const k2 = typeKey(v2);
  const brief = (v: Value) => showValueBrief(v);
  if ((k1 === 'int' || k1 === 'float') && (k2 === 'int' || k2 === 'float')) {
    if (equalValues(v1, v2, pos, context)) return;
    if (k1 === 'int' && k2 === 'int')
      throw differ(`integer '${String(v1)}' is not equal to integer '${String(v2)}'`);
    if (k1 === 'float' && k2 === 'float') {
      throw differ(
        `float '${formatFloatFixed((v1 as NixFloat).value)}' is not equal to float '${formatFloatFixed((v2 as NixFloat).value)}'`,
      );
    }
    throw differ(
      `${showType(v1)} with value '${brief(v1)}' is not equal to ${showType(v2)} with value '${brief(v2)}'`,
    );
  }
  if (k1 !== k2) {
    throw differ(
      `${showType(v1)} of value '${brief(v1)}' is not equal to ${showType(v2)} of value '${brief(v2)}'`,
    );
  }
  switch (k1) {
    case 'bool':
      if (v1 !== v2) throw differ(`boolean '${brief(v1)}' is not equal to boolean '${brief(v2)}'`);
      return;
    case 'string':
      if (text(v1 as string) !== text(v2 as string))
        throw differ(`string '${brief(v1)}' is not equal to string '${brief(v2)}'`);
      return;
    case 'path':
      if ((v1 as NixPath).path !== (v2 as NixPath).path)
        throw differ(`path '${brief(v1)}' is not equal to path '${brief(v2)}'`);
      return;
    case 'null':
      return;
    case 'list': {
      const l1 = v1 as Lazy[];
      const l2 = v2 as Lazy[];
      if (l1.length !== l2.length) {
        throw differ(
          `list of size '${l1.length}' is not equal to list of size '${l2.length}', left hand side is '${brief(v1)}', right hand side is '${brief(v2)}'`,
        );
      }
      for (let n = 0; n < l1.length; n++)
        withFrame(`while comparing list element ${n}`, pos, () => assertEqual(l1[n], l2[n], pos, context));
      return;
    }
    case 'set': {
      const s1 = v1 as Attrs;
      const s2 = v2 as Attrs;
      if (isDerivation(s1) && isDerivation(s2)) {
        const i = s1.get('outPath');
        const j = s2.get('outPath');
        if (i !== undefined && j !== undefined)
          return withFrame("while comparing a derivation by its 'outPath' attribute", pos, () =>
            assertEqual(i, j, pos, context),
          );
      }
      if (s1.size !== s2.size) {
        throw differ(
          `attribute names of attribute set '${brief(v1)}' differs from attribute set '${brief(v2)}'`,
        );
      }
      for (let k = 0; k < s1.size; k++) {
        if (s1.keys[k] !== s2.keys[k]) {
          if (!s2.has(s1.keys[k])) {
            throw differ(
              `attribute name '${s1.keys[k]}' is contained in '${brief(v1)}', but not in '${brief(v2)}'`,
            );
          }
          throw differ(
            `attribute name '${s2.keys[k]}' is missing in '${brief(v1)}', but is contained in '${brief(v2)}'`,
          );
        }
        try {
          assertEqual(s1.values[k], s2.values[k], pos, context);
        } catch (error) {
          if (error instanceof NixError) {
            error.addFrame('where right hand side is', s2.positionAt(k));
            error.addFrame('where left hand side is', s1.positionAt(k));
            error.addFrame(`while comparing attribute '${s1.keys[k]}'`, pos);
          }
          throw error;
        }
      }
      return;
    }
    case 'function':
      throw differ('distinct functions and immediate comparisons of identical functions compare as unequal');
  }
}
