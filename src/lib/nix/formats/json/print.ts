/**
 * Nix's printValueAsJSON, behind `builtins.toJSON`, `nix-instantiate --json` and
 * `__structuredAttrs`: the compact JSON text of a value, and the string context it collects.
 *
 * Sets are sorted by name, a set with `__toString` is the string it coerces to, one with `outPath`
 * is that value (so derivations are their output path), paths are copied to the store. Strings
 * are escaped as nlohmann escapes them and must be valid UTF-8; as in Nix, an invalid string is
 * reported only after the whole value was evaluated ("JSON serialization error").
 */

import { MAX_NESTING, nativeStackOverflow } from '../../errors/resources';
import { callFunction } from '../../eval/call';
import { evalError, NixError, typeError } from '../../errors/nix-error';
import { formatFloatJson } from '../../eval/floats';
import type { EvalState } from '../../eval/state';
import {
  Attrs,
  force,
  Lambda,
  NixFloat,
  NixPath,
  NixString,
  PrimOp,
  PrimOpApp,
  showType,
  SourcePos,
  Thunk,
  type Lazy,
  type Value,
} from '../../eval/values';
import { utf8Error } from './utf8';

/** nlohmann's escaping of one control character. */
const CONTROL_ESCAPES: string[] = Array.from(
  { length: 32 },
  (_, c) => '\\u00' + (c < 16 ? '0' : '') + c.toString(16),
);
CONTROL_ESCAPES[0x08] = '\\b';
CONTROL_ESCAPES[0x09] = '\\t';
CONTROL_ESCAPES[0x0a] = '\\n';
CONTROL_ESCAPES[0x0c] = '\\f';
CONTROL_ESCAPES[0x0d] = '\\r';

const NEEDS_ESCAPE = /["\\\x00-\x1f\x80-\xff]/;

class JsonPrinter {
  private readonly out: string[] = [];
  /** The first string nlohmann would refuse to serialise (reported once everything is evaluated). */
  private encodingError: string | null = null;

  constructor(
    private readonly state: EvalState,
    private readonly strict: boolean,
    private readonly copyToStore: boolean,
    private readonly context: Set<string>,
  ) {}

  run(root: Lazy, pos: SourcePos | null): string {
    this.value(root, pos);
    if (this.encodingError !== null) {
      throw evalError(
        'json',
        `JSON serialization error: [json.exception.type_error.316] ${this.encodingError}`,
        null,
      );
    }
    return this.out.join('');
  }

  /** The quoted, escaped form of a string. */
  private quote(s: string): string {
    if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
    let text = '"';
    let run = 0;
    let high = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22 || c === 0x5c || c < 0x20) {
        text += s.slice(run, i) + (c === 0x22 ? '\\"' : c === 0x5c ? '\\\\' : CONTROL_ESCAPES[c]);
        run = i + 1;
      } else if (c >= 0x80) high = true;
    }
    if (high && this.encodingError === null) this.encodingError = utf8Error(s);
    return text + s.slice(run) + '"';
  }

  /**
   * Nesting depth, and the lists and sets being printed: a value inside itself can only end as
   * Nix's stack overflow, so it ends at once; other endless nesting ends at MAX_NESTING. (After an
   * error the printer is dropped, so entries left in `path` do not matter.)
   */
  private depth = 0;
  private readonly path = new Set<object>();

  private enter(v: object): void {
    if (this.path.has(v)) throw nativeStackOverflow();
    this.path.add(v);
  }

  private value(lazy: Lazy, pos: SourcePos | null): void {
    if (++this.depth > MAX_NESTING) throw nativeStackOverflow();
    try {
      this.printValue(lazy, pos);
    } finally {
      this.depth--;
    }
  }

  private printValue(lazy: Lazy, pos: SourcePos | null): void {
    let v: Value;
    if (lazy instanceof Thunk) {
      if (this.strict) v = lazy.force(pos);
      else {
        const peeked = lazy.peek();
        if (peeked === undefined) throw typeError('cannot convert a thunk to JSON', pos);
        v = peeked;
      }
    } else v = lazy;

    const out = this.out;
    if (v === null) out.push('null');
    else if (v === true) out.push('true');
    else if (v === false) out.push('false');
    else if (typeof v === 'number' || typeof v === 'bigint') out.push(String(v));
    else if (typeof v === 'string') out.push(this.quote(v));
    else if (v instanceof NixString) {
      for (const c of v.context) this.context.add(c);
      out.push(this.quote(v.value));
    } else if (v instanceof NixFloat) {
      const x = v.value;
      out.push(Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e15 ? x + '.0' : formatFloatJson(x));
    } else if (v instanceof NixPath) {
      const text = this.copyToStore
        ? this.state.coercer.coerce(v, pos, { coerceMore: false, copyToStore: true }, this.context)
        : v.path;
      out.push(this.quote(text));
    } else if (Array.isArray(v)) {
      this.enter(v);
      out.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out.push(',');
        try {
          this.value(v[i], pos);
        } catch (error) {
          if (error instanceof NixError) error.addFrame(`while evaluating list element at index ${i}`, pos);
          throw error;
        }
      }
      out.push(']');
      this.path.delete(v);
    } else if (v instanceof Attrs) {
      const toStringFn = v.get('__toString');
      if (toStringFn !== undefined) {
        // tryAttrsToString: call it, then coerce the result (no coerceMore, no copying).
        const result = callFunction(force(toStringFn, pos), [v], pos);
        const text = this.state.coercer.coerce(
          result,
          pos,
          { coerceMore: false, copyToStore: false },
          this.context,
          'while evaluating the result of the `__toString` attribute',
        );
        out.push(this.quote(text));
        return;
      }
      this.enter(v);
      const outPath = v.indexOf('outPath');
      if (outPath >= 0) {
        this.value(v.values[outPath], v.positionAt(outPath));
        this.path.delete(v);
        return;
      }
      out.push('{');
      const { keys, values } = v;
      for (let i = 0; i < keys.length; i++) {
        const name = keys[i];
        out.push((i > 0 ? ',' : '') + this.quote(name) + ':');
        try {
          this.value(values[i], v.positionAt(i));
        } catch (error) {
          if (error instanceof NixError)
            error.addFrame(`while evaluating attribute '${name}'`, v.positionAt(i));
          throw error;
        }
      }
      out.push('}');
      this.path.delete(v);
    } else if (v instanceof Lambda) {
      throw typeError(`cannot convert ${showType(v)} to JSON`, new SourcePos(v.source, v.node.start));
    } else if (v instanceof PrimOp || v instanceof PrimOpApp) {
      throw typeError(`cannot convert ${showType(v)} to JSON`, pos);
    }
  }
}

/**
 * Nix's printValueAsJSON: the compact JSON text of a value, adding the context of its strings
 * (and of paths copied to the store) to `context`. With `strict`, values are forced as they are
 * reached; without, an unevaluated thunk is an error ("cannot convert a thunk to JSON"), which is
 * what `nix-instantiate --eval --json` without `--strict` does.
 */
export function valueToJson(
  state: EvalState,
  value: Lazy,
  strict: boolean,
  context: Set<string>,
  copyToStore = true,
  pos: SourcePos | null = null,
): string {
  return new JsonPrinter(state, strict, copyToStore, context).run(value, pos);
}

/** Alias kept for the CLI: `--json` output. */
export const printJson = valueToJson;
