/**
 * Function application: lambdas, builtins (primops, applied once all their arguments are there)
 * and functors (sets with `__functor`).
 *
 * Every application counts towards the call depth, like Nix's `max-call-depth` (default 10000):
 * exceeding it is the Nix error "stack overflow; max-call-depth exceeded" at the call site, which
 * keeps runaway recursion from ever becoming a JavaScript stack overflow in most programs.
 */

import { evalError, NixError, suggest, typeError } from '../errors/nix-error';
import type { EvalContext } from './context';
import { showValueBrief } from './show';
import { firstInSymbolOrder } from './symbol-order';
import {
  Attrs,
  Env,
  force,
  Lambda,
  PrimOp,
  PrimOpApp,
  showType,
  SourcePos,
  type Lazy,
  type Value,
} from './values';

export function callFunction(fn: Value, args: Lazy[], pos: SourcePos | null): Value {
  let current = fn;
  let index = 0;
  while (index < args.length) {
    if (current instanceof Lambda) {
      current = callLambda(current, args[index++], pos);
    } else if (current instanceof PrimOp || current instanceof PrimOpApp) {
      const primop = current instanceof PrimOp ? current : current.primop;
      const have = current instanceof PrimOp ? [] : current.args;
      const needed = primop.arity - have.length;
      const available = args.length - index;
      if (available < needed) {
        return new PrimOpApp(primop, [...have, ...args.slice(index)]);
      }
      const all =
        have.length === 0 && index === 0 && needed === args.length
          ? args
          : [...have, ...args.slice(index, index + needed)];
      index += needed;
      current = callPrimOp(primop, all, pos);
    } else if (current instanceof Attrs && current.has('__functor')) {
      // `f x` on a functor is `f.__functor f x`.
      const i = current.indexOf('__functor');
      const functorPos = current.positionAt(i);
      const self = current;
      try {
        current = callFunction(force(current.values[i], functorPos), [self, args[index++]], functorPos);
      } catch (error) {
        if (error instanceof NixError) {
          error.addFrame("while calling a functor (an attribute set with a '__functor' attribute)", pos);
        }
        throw error;
      }
    } else {
      throw typeError(
        `attempt to call something which is not a function but ${showType(current)}: ${showValueBrief(current)}`,
        pos,
      );
    }
  }
  return current;
}

/**
 * Counts a call on the callee's evaluator (context.ts). Nix checks the depth before counting the
 * new call, so call number max + 2 is refused.
 */
export function enterCall(context: EvalContext, pos: SourcePos | null): void {
  if (context.depth > context.maxDepth) {
    throw evalError('stack-overflow', 'stack overflow; max-call-depth exceeded', pos);
  }
  context.depth++;
}

function callPrimOp(primop: PrimOp, args: Lazy[], pos: SourcePos | null): Value {
  const context = primop.context;
  enterCall(context, pos);
  try {
    // Nix hands builtins no position of their own (the primop value has none): errors inside a
    // builtin are reported under the "while calling" frame, which carries the call site.
    return primop.impl(args, { pos: null, site: pos });
  } catch (error) {
    // addErrorContext adds its own frame instead (Nix registers it with addTrace = false).
    if (error instanceof NixError && primop.name !== 'addErrorContext')
      error.addFrame(`while calling the '${primop.name}' builtin`, pos);
    throw error;
  } finally {
    context.depth--;
  }
}

export function callLambda(lambda: Lambda, arg: Lazy, pos: SourcePos | null): Value {
  const context = lambda.context;
  enterCall(context, pos);
  try {
    const node = lambda.node;
    const formals = node.formals;
    if (formals === null) {
      return runBody(lambda, new Env(lambda.env, [arg]), pos);
    }
    let attrs: Value;
    try {
      attrs = force(arg, pos);
    } catch (error) {
      if (error instanceof NixError) error.addFrame('from call site', pos);
      throw error;
    }
    if (!(attrs instanceof Attrs)) {
      throw typeError(`expected a set but found ${showType(attrs)}: ${showValueBrief(attrs)}`, null)
        .addFrame('while evaluating the value passed for the lambda argument', lambda.pos)
        .addFrame('from call site', pos);
    }
    const values: Lazy[] = [];
    if (node.arg !== null) values.push(arg);
    const env = new Env(lambda.env, values);
    let used = 0;
    const defaults = lambda.formalDefaults!;
    for (let i = 0; i < formals.entries.length; i++) {
      const formal = formals.entries[i];
      const found = attrs.indexOf(formal.name);
      if (found >= 0) {
        used++;
        values.push(attrs.values[found]);
      } else {
        const fallback = defaults[i];
        if (fallback === null) {
          // Nix checks the formals in symbol order: report the first missing one in that order.
          const missing = firstInSymbolOrder(
            formals.entries
              .filter((f, k) => defaults[k] === null && attrs.indexOf(f.name) < 0)
              .map((f) => f.name),
            context.symbols,
          );
          throw evalError(
            'missing-argument',
            `function '${lambda.name}' called without required argument '${missing}'`,
            lambda.pos,
          ).addFrame('from call site', pos);
        }
        values.push(fallback(env));
      }
    }
    if (!formals.ellipsis && used !== attrs.size) {
      const known = new Set(formals.entries.map((f) => f.name));
      // The first unexpected argument in symbol order, as Nix reports it.
      const name = firstInSymbolOrder(
        attrs.names().filter((n) => !known.has(n)),
        context.symbols,
      );
      if (name !== undefined) {
        throw evalError(
          'unexpected-argument',
          `function '${lambda.name}' called with unexpected argument '${name}'`,
          lambda.pos,
          suggest(name, known),
        ).addFrame('from call site', pos);
      }
    }
    return runBody(lambda, env, pos);
  } finally {
    context.depth--;
  }
}

/** A lambda's body, with Nix's call frames on an error when calls are traced (--show-trace). */
function runBody(lambda: Lambda, env: Env, pos: SourcePos | null): Value {
  if (!lambda.context.traceCalls) return lambda.body(env);
  try {
    return lambda.body(env);
  } catch (error) {
    if (error instanceof NixError) {
      const name = lambda.node.name;
      error.addFrame(
        name === null ? 'while calling anonymous lambda' : `while calling '${name}'`,
        lambda.pos,
      );
      if (pos !== null) error.addFrame('from call site', pos);
    }
    throw error;
  }
}
