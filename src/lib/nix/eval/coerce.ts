/**
 * String coercion, as Nix's `coerceToString` does it.
 *
 * Two switches decide what coerces: `coerceMore` (what `toString` accepts: null, booleans,
 * numbers and lists too) and `copyToStore` (interpolating a path copies it into the store and
 * yields the store path, with that path in the string's context). Sets coerce through
 * `__toString` (called with the set itself) or, failing that, `outPath`.
 */

import { evalError, NixError, typeError } from '../errors/nix-error';
import { callFunction } from './call';
import { formatFloatFixed } from './floats';
import { showValueBrief } from './show';
import {
  Attrs,
  force,
  NixFloat,
  NixPath,
  NixString,
  showType,
  type Lazy,
  type SourcePos,
  type Value,
} from './values';

export interface CoerceOptions {
  coerceMore: boolean;
  copyToStore: boolean;
}

/** Hook for copying a path into the store; installed by the evaluator (it needs the file system). */
export type CopyPathToStore = (path: string, pos: SourcePos | null) => string;

export interface StringWithContext {
  value: string;
  context: Set<string> | null;
}

export class Coercer {
  constructor(private readonly copyPathToStore: CopyPathToStore) {}

  /** Coerces and returns the text, adding any context to `context`. */
  coerce(
    lazy: Lazy,
    pos: SourcePos | null,
    options: CoerceOptions,
    context: Set<string>,
    frame?: string,
  ): string {
    const value = force(lazy, pos);
    try {
      return this.coerceValue(value, pos, options, context);
    } catch (error) {
      if (error instanceof NixError) error.addFrame(frame ?? '', pos);
      throw error;
    }
  }

  private coerceValue(
    value: Value,
    pos: SourcePos | null,
    options: CoerceOptions,
    context: Set<string>,
  ): string {
    if (typeof value === 'string') return value;
    if (value instanceof NixString) {
      for (const element of value.context) context.add(element);
      return value.value;
    }
    if (value instanceof NixPath) {
      if (options.copyToStore) {
        const storePath = this.copyPathToStore(value.path, pos);
        context.add(storePath);
        return storePath;
      }
      return value.path;
    }
    if (value instanceof Attrs) {
      const toStringFn = value.get('__toString');
      if (toStringFn !== undefined) {
        const result = force(callFunction(force(toStringFn, pos), [value], pos), pos);
        return this.coerceValue(result, pos, options, context);
      }
      const outPath = value.get('outPath');
      if (outPath !== undefined) return this.coerce(outPath, pos, options, context);
      throw typeError(`cannot coerce ${showType(value)} to a string: ${showValueBrief(value)}`, null);
    }
    if (options.coerceMore) {
      if (value === null || value === false) return '';
      if (value === true) return '1';
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      if (value instanceof NixFloat) return formatFloatFixed(value.value);
      if (Array.isArray(value)) {
        let out = '';
        for (let i = 0; i < value.length; i++) {
          const item = force(value[i], pos);
          out += this.coerceValue(item, pos, options, context);
          if (i < value.length - 1 && !(Array.isArray(item) && item.length === 0)) out += ' ';
        }
        return out;
      }
    }
    throw typeError(`cannot coerce ${showType(value)} to a string: ${showValueBrief(value)}`, null);
  }
}

export function requireNoContext(
  value: string,
  context: Set<string>,
  pos: SourcePos | null,
  what: string,
): void {
  if (context.size > 0)
    throw evalError('string-context', `${what} '${value}' is not allowed to refer to a store path`, pos);
}
