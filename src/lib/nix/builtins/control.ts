/**
 * Control builtins: errors (`throw`, `abort`), catching them (`tryEval`, which catches only
 * `throw` and failed assertions, as Nix does), strictness (`seq`, `deepSeq`), and diagnostics
 * (`trace`, `warn`, `traceVerbose`, `addErrorContext`, `break`).
 */

import { evalError, isCatchable, NixError } from '../errors/nix-error';
import { forceDeep } from '../eval/deep';
import { forceString } from '../eval/force';
import { printValue } from '../eval/show';
import { Attr, Attrs, force, NixString, type Lazy, type SourcePos } from '../eval/values';
import type { BuiltinSet } from './registry';
import { toByteString } from '../bytes';

const THUNK = toByteString('«thunk»');

export function register(set: BuiltinSet): void {
  const state = set.state;
  const message = (x: Lazy, pos: SourcePos | null, what: string) => {
    const context = new Set<string>();
    return state.coercer.coerce(x, pos, { coerceMore: false, copyToStore: false }, context, what);
  };
  set.fn('throw', 1, ([x], call) => {
    throw evalError(
      'throw',
      message(x, call.pos, 'while evaluating the error message passed to builtin.throw'),
      null,
    );
  });
  set.fn('abort', 1, ([x], call) => {
    const text = message(x, call.pos, 'while evaluating the error message passed to builtins.abort');
    throw evalError('abort', `evaluation aborted with the following error message: '${text}'`, null);
  });
  set.fn('tryEval', 1, ([x], call) => {
    try {
      force(x, call.pos);
      return Attrs.fromMap(
        new Map([
          ['success', new Attr(true, null)],
          ['value', new Attr(x, null)],
        ]),
      );
    } catch (error) {
      if (isCatchable(error)) {
        return Attrs.fromMap(
          new Map([
            ['success', new Attr(false, null)],
            ['value', new Attr(false, null)],
          ]),
        );
      }
      throw error;
    }
  });
  set.fn('seq', 2, ([a, b], call) => {
    force(a, call.pos);
    return force(b, call.pos);
  });
  set.fn('deepSeq', 2, ([a, b], call) => {
    forceDeep(a, set.state.context.symbols);
    return force(b, call.pos);
  });
  /** `trace: <message>`: a string as it is, anything else printed (thunks as «thunk»). */
  const trace = (a: Lazy, pos: SourcePos | null) => {
    const value = force(a, pos);
    const text =
      typeof value === 'string'
        ? value
        : value instanceof NixString
          ? value.value
          : printValue(a, { thunk: THUNK });
    state.trace(`trace: ${text}`);
  };
  set.fn('trace', 2, ([a, b], call) => {
    trace(a, call.pos);
    return force(b, call.pos);
  });
  set.fn('traceVerbose', 2, ([a, b], call) => {
    if (state.options.traceVerbose) trace(a, call.pos);
    return force(b, call.pos);
  });
  set.fn('warn', 2, ([a, b], call) => {
    const text = forceString(
      a,
      call.pos,
      'while evaluating the first argument; the message passed to builtins.warn',
    );
    state.trace(warningText(text));
    if (state.options.abortOnWarn) {
      throw evalError('abort', 'aborting to reveal stack trace of warning, as abort-on-warn is set', null);
    }
    return force(b, call.pos);
  });
  set.fn('break', 1, ([x], call) => force(x, call.pos));
  set.fn('addErrorContext', 2, ([ctx, x], call) => {
    try {
      return force(x, call.pos);
    } catch (error) {
      if (error instanceof NixError) {
        const text = message(
          ctx,
          call.pos,
          'while evaluating the error message passed to builtins.addErrorContext',
        );
        error.addFrame(text, null);
      }
      throw error;
    }
  });
}

/** A warning as Nix prints it: lines right-trimmed, trailing blank lines dropped, continuation
 * lines indented under the text after `evaluation warning: `; a blank message is a blank line. */
function warningText(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/[ \t\r]+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const indent = ' '.repeat('evaluation warning: '.length);
  return lines
    .map((line, i) => (i === 0 ? `evaluation warning: ${line}`.trimEnd() : line === '' ? '' : indent + line))
    .join('\n');
}
