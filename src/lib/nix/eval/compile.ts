/**
 * The compiler: turns the AST into JavaScript closures ("closure compilation").
 *
 * Each expression becomes a `Code` — `(env) => Value`, evaluating to weak head normal form — and
 * each lazy position (binding, list element, argument) a `LazyCode` that returns a cell without
 * evaluating it. Variables are resolved to (level, index) here, once, so evaluation never looks a
 * name up by string except under `with`.
 *
 * What becomes a thunk follows Nix's `maybeThunk` exactly, because it is observable: constants
 * and variables are shared directly, everything else is delayed. Unevaluated thunks print as
 * `<CODE>`, and lists held in the same cell print as `«repeated»`.
 */

import type {
  AttrsNode,
  AttrName,
  BinaryNode,
  ConcatNode,
  Expr,
  LambdaNode,
  SelectNode,
} from '../syntax/ast';
import type { Source } from '../syntax/source';
import { callFunction, callLambda } from './call';
import { binaryOperator, concatenation, INLINE_OPERATORS, inlineOperator } from './operators';
import type { Coercer } from './coerce';
import { evalError, NixError, suggest, typeError, withFrame } from '../errors/nix-error';
import { forceAttrs, forceBool, forceStringNoContext } from './force';
import { resolve, Scope } from './scope';
import type { EvalContext } from './context';
import { showAttrName, showValueBrief } from './show';
import { showExpr } from '../syntax/show-expr';
import { assertEqual } from './assert-equal';
import {
  Attr,
  Attrs,
  Env,
  force,
  Lambda,
  NixFloat,
  NixPath,
  showType,
  SourcePos,
  Thunk,
  type Code,
  type Lazy,
  type LazyCode,
} from './values';

export interface Runtime {
  readonly coercer: Coercer;
  /** The global scope: operators compile to direct arithmetic while their builtins are not shadowed. */
  readonly baseScope: Scope;
  /** The evaluator's call depth, limits and symbol table, carried by every lambda made here. */
  readonly context: EvalContext;
}

export function nodePos(node: Expr): number {
  return node.pos ?? node.start;
}

export class Compiler {
  constructor(
    private readonly runtime: Runtime,
    private readonly source: Source,
  ) {}

  private at(offset: number): SourcePos {
    return new SourcePos(this.source, offset);
  }

  compile(node: Expr, scope: Scope): Code {
    switch (node.kind) {
      case 'int': {
        const value = node.value;
        return () => value;
      }
      case 'float': {
        const value = new NixFloat(node.value);
        return () => value;
      }
      case 'string': {
        const value = node.value;
        return () => value;
      }
      case 'path': {
        const value = new NixPath(node.value);
        return () => value;
      }
      case 'var':
        return this.compileVar(node.name, node.start, scope);
      case 'select':
        return this.compileSelect(node, scope);
      case 'hasAttr':
        return this.compileHasAttr(node.expr, node.path, scope);
      case 'attrs':
        return node.recursive ? this.compileRecAttrs(node, scope) : this.compileAttrs(node, scope);
      case 'list': {
        const items = node.items.map((item) => this.lazy(item, scope));
        return (env) => {
          const out = new Array<Lazy>(items.length);
          for (let i = 0; i < items.length; i++) out[i] = items[i](env);
          return out;
        };
      }
      case 'lambda':
        return this.compileLambda(node, scope);
      case 'call':
        return this.compileCall(node.fn, node.args, nodePos(node), scope);
      case 'let':
        return this.compileLet(node.attrs, node.body, scope);
      case 'with': {
        const subject = this.lazy(node.scope, scope);
        const body = this.compile(node.body, new Scope(scope, null));
        return (env) => body(new Env(env, [subject(env)]));
      }
      case 'if': {
        const cond = this.compile(node.cond, scope);
        const then = this.compile(node.then, scope);
        const otherwise = this.compile(node.else, scope);
        const pos = this.at(node.start);
        return (env) => {
          const c = cond(env);
          if (c === true) return then(env);
          if (c === false) return otherwise(env);
          throw typeError(`expected a Boolean but found ${showType(c)}: ${showValueBrief(c)}`, pos).addFrame(
            'while evaluating a branch condition',
            pos,
          );
        };
      }
      case 'assert': {
        const cond = this.compile(node.cond, scope);
        const body = this.compile(node.body, scope);
        const pos = this.at(node.start);
        const text = showExpr(node.cond);
        const equality =
          node.cond.kind === 'binary' && node.cond.op === '=='
            ? {
                left: this.compile(node.cond.left, scope),
                right: this.compile(node.cond.right, scope),
                pos: this.at(node.cond.opPos),
              }
            : null;
        return (env) => {
          const c = cond(env);
          if (c === true) return body(env);
          if (c === false) {
            if (equality !== null) {
              // Nix re-evaluates `a == b` to say where the values differ.
              withFrame(`while evaluating the condition of the assertion '${text}'`, pos, () =>
                assertEqual(equality.left(env), equality.right(env), equality.pos, this.runtime.context),
              );
            }
            throw evalError('assertion', `assertion '${text}' failed`, pos);
          }
          throw typeError(`expected a Boolean but found ${showType(c)}: ${showValueBrief(c)}`, pos).addFrame(
            'in the condition of the assert statement',
            pos,
          );
        };
      }
      case 'not': {
        const operand = this.compile(node.expr, scope);
        // Nix's `!` has no position of its own.
        return (env) => !forceBool(operand(env), null, 'in the argument of the not operator');
      }
      case 'binary':
        return this.compileBinary(node, scope);
      case 'concat':
        return this.compileConcat(node, scope);
      case 'curPos': {
        const p = this.source.position(node.start);
        const value = Attrs.fromMap(
          new Map([
            ['file', new Attr(p.file, null)],
            ['line', new Attr(p.line, null)],
            ['column', new Attr(p.column, null)],
          ]),
        );
        return () => value;
      }
    }
  }

  /** Code for a lazy position: Nix's maybeThunk. */
  lazy(node: Expr, scope: Scope): LazyCode {
    switch (node.kind) {
      case 'int':
      case 'float':
      case 'string':
      case 'path': {
        const code = this.compile(node, scope);
        const value = code(new Env(null, []));
        return () => value;
      }
      case 'list':
        // Nix shares one empty list value: `[ ]` is never a thunk (it prints as `[ ]` lazily).
        if (node.items.length === 0) return () => [];
        break;
      case 'var': {
        const r = resolve(node.name, scope);
        if (r.kind === 'static') {
          const { level, index } = r;
          const code = this.compileVar(node.name, node.start, scope);
          return (env) => {
            let e = env;
            for (let l = level; l > 0; l--) e = e.up!;
            const cell = e.values[index];
            // A binding not yet filled in (a later `let` binding): delay the lookup instead.
            return cell !== undefined ? cell : new Thunk(code, env);
          };
        }
        break;
      }
    }
    const code = this.compile(node, scope);
    return (env) => new Thunk(code, env);
  }

  private compileVar(name: string, offset: number, scope: Scope): Code {
    const r = resolve(name, scope);
    const pos = this.at(offset);
    if (r.kind === 'undefined') throw evalError('undefined-variable', `undefined variable '${name}'`, pos);
    if (r.kind === 'static') {
      const { level, index } = r;
      if (level === 0) {
        return (env) => {
          const v = env.values[index];
          return v instanceof Thunk ? v.force(pos) : v;
        };
      }
      if (level === 1) {
        return (env) => {
          const v = env.up!.values[index];
          return v instanceof Thunk ? v.force(pos) : v;
        };
      }
      return (env) => {
        let e = env;
        for (let l = level; l > 0; l--) e = e.up!;
        const v = e.values[index];
        return v instanceof Thunk ? v.force(pos) : v;
      };
    }
    const levels = r.levels;
    return (env) => {
      let e = env;
      let walked = 0;
      for (const level of levels) {
        for (; walked < level; walked++) e = e.up!;
        const subject = e.values[0];
        const attrs = forceAttrs(
          subject,
          pos,
          'while evaluating the first subexpression of a with expression',
        );
        const i = attrs.indexOf(name);
        if (i >= 0) return force(attrs.values[i], pos);
      }
      throw evalError('undefined-variable', `undefined variable '${name}'`, pos);
    };
  }

  private attrNameCode(name: AttrName, scope: Scope): string | Code {
    if (name.name !== undefined) return name.name;
    const code = this.compile(name.expr, scope);
    const pos = this.at(name.expr.start);
    return (env) => forceStringNoContext(code(env), pos, 'while evaluating an attribute name');
  }

  private compileSelect(node: SelectNode, scope: Scope): Code {
    const subject = this.compile(node.expr, scope);
    const names = node.path.map((name) => this.attrNameCode(name, scope));
    const fallback = node.fallback ? this.compile(node.fallback, scope) : null;
    const pos = this.at(node.start);
    const shownPath = () => node.path.map((p) => p.name ?? '"${...}"').join('.');
    if (names.length === 1 && typeof names[0] === 'string' && fallback === null) {
      const name = names[0];
      return (env) => {
        const attrs = forceAttrs(subject(env), pos, 'while selecting an attribute');
        // By index, not through the Map view: selection is the hottest path there is, and a
        // Map of Attr objects per selected set was a large share of all allocation.
        const i = attrs.indexOf(name);
        if (i < 0) throw missingAttribute(name, attrs, pos);
        const v = attrs.values[i];
        if (!(v instanceof Thunk)) return v;
        const attrPos = attrs.positionAt(i);
        try {
          return v.force(attrPos ?? pos);
        } catch (error) {
          if (error instanceof NixError && attrPos)
            error.addFrame(`while evaluating the attribute '${name}'`, attrPos);
          throw error;
        }
      };
    }
    return (env) => {
      let current: Lazy = subject(env);
      let lastPos: SourcePos | null = null;
      try {
        for (const entry of names) {
          const name = typeof entry === 'string' ? entry : (entry(env) as string);
          let attrs: Attrs;
          let i: number;
          if (fallback !== null) {
            const value = force(current, pos);
            if (!(value instanceof Attrs) || (i = value.indexOf(name)) < 0) return fallback(env);
            attrs = value;
          } else {
            attrs = forceAttrs(current, pos, 'while selecting an attribute');
            i = attrs.indexOf(name);
            if (i < 0) throw missingAttribute(name, attrs, pos);
          }
          current = attrs.values[i];
          lastPos = attrs.positionAt(i);
        }
        return force(current, lastPos ?? pos);
      } catch (error) {
        if (error instanceof NixError && lastPos)
          error.addFrame(`while evaluating the attribute '${shownPath()}'`, lastPos);
        throw error;
      }
    };
  }

  private compileHasAttr(expr: Expr, path: AttrName[], scope: Scope): Code {
    const subject = this.compile(expr, scope);
    const names = path.map((name) => this.attrNameCode(name, scope));
    const pos = this.at(expr.start);
    return (env) => {
      let current: Lazy = subject(env);
      for (const entry of names) {
        const value = force(current, pos);
        const name = typeof entry === 'string' ? entry : (entry(env) as string);
        if (!(value instanceof Attrs)) return false;
        const i = value.indexOf(name);
        if (i < 0) return false;
        current = value.values[i];
      }
      return true;
    };
  }

  /** Code building the environment of `inherit (e) …` sources, one slot per source. */
  private inheritFromEnv(node: AttrsNode, scope: Scope): { code: ((env: Env) => Env) | null; scope: Scope } {
    if (node.inheritFrom.length === 0) return { code: null, scope };
    const fromScope = new Scope(scope, new Map());
    const sources = node.inheritFrom.map((expr) => this.lazy(expr, scope));
    return {
      code: (env) =>
        new Env(
          env,
          sources.map((source) => source(env)),
        ),
      scope: fromScope,
    };
  }

  /** Code for an `inherit (e) name` attribute: `e.name`, with `e` evaluated once per set. */
  private inheritedFromCode(name: string, fromIndex: number, offset: number): Code {
    const pos = this.at(offset);
    return (fromEnv) => {
      const attrs = forceAttrs(fromEnv.values[fromIndex], pos, 'while selecting an attribute');
      const i = attrs.indexOf(name);
      if (i < 0) throw missingAttribute(name, attrs, pos);
      return force(attrs.values[i], attrs.positionAt(i) ?? pos);
    };
  }

  private compileDynamicAttrs(node: AttrsNode, scope: Scope) {
    return node.dynamic.map((d) => ({
      name: this.compile(d.name, scope),
      namePos: this.at(d.pos),
      value: this.lazy(d.value, scope),
      pos: this.at(d.pos),
    }));
  }

  private addDynamicAttrs(
    map: Map<string, Attr>,
    dynamic: ReturnType<Compiler['compileDynamicAttrs']>,
    env: Env,
  ): void {
    for (const d of dynamic) {
      const nameValue = d.name(env);
      if (nameValue === null) continue;
      const name = forceStringNoContext(
        nameValue,
        d.namePos,
        'while evaluating the name of a dynamic attribute',
      );
      const existing = map.get(name);
      if (existing !== undefined) {
        const where = existing.pos ? describePos(existing.pos) : 'unknown position';
        throw evalError(
          'duplicate-attribute',
          `dynamic attribute '${name}' already defined at ${where}`,
          d.pos,
        );
      }
      map.set(name, new Attr(d.value(env), d.pos));
    }
  }

  private compileAttrs(node: AttrsNode, scope: Scope): Code {
    const from = this.inheritFromEnv(node, scope);
    // Names are sorted once, here: every evaluation of the literal shares keys and positions.
    const statics = [...node.attrs]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, def]) => {
        const pos = this.at(def.pos);
        if (def.kind === 'inheritedFrom') {
          const code = this.inheritedFromCode(name, def.fromIndex!, def.pos);
          return { name, pos, fromEnv: true, value: ((env: Env) => new Thunk(code, env)) as LazyCode };
        }
        return { name, pos, fromEnv: false, value: this.lazy(def.value, scope) };
      });
    const keys = statics.map((s) => s.name);
    const positions = statics.map((s) => s.pos);
    const dynamic = this.compileDynamicAttrs(node, scope);
    const makeFromEnv = from.code;
    const n = statics.length;
    if (dynamic.length === 0 && makeFromEnv === null) {
      const codes = statics.map((s) => s.value);
      return (env) => {
        const values = new Array<Lazy>(n);
        for (let i = 0; i < n; i++) values[i] = codes[i](env);
        return Attrs.fromSorted(keys, values, positions);
      };
    }
    return (env) => {
      const fromEnv = makeFromEnv ? makeFromEnv(env) : env;
      const values = new Array<Lazy>(n);
      for (let i = 0; i < n; i++) values[i] = statics[i].value(statics[i].fromEnv ? fromEnv : env);
      if (dynamic.length === 0) return Attrs.fromSorted(keys, values, positions);
      const map = new Map<string, Attr>();
      for (let i = 0; i < n; i++) map.set(keys[i], new Attr(values[i], positions[i]));
      this.addDynamicAttrs(map, dynamic, env);
      return Attrs.fromMap(map);
    };
  }

  /**
   * The bindings of a recursive set or `let`: one new environment whose slots hold every static
   * binding. Plain bindings see that environment; `inherit x` looks `x` up outside it.
   */
  private compileBindings(node: AttrsNode, scope: Scope) {
    // Slots in name order, so a recursive set can use the environment's values as its own.
    const sorted = [...node.attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const names = sorted.map(([name]) => name);
    const inner = Scope.fromNames(scope, names);
    const from = this.inheritFromEnv(node, inner);
    const slots = sorted.map(([name, def]) => {
      const pos = this.at(def.pos);
      if (def.kind === 'inherited')
        return { name, pos, where: 'outer' as const, value: this.lazy(def.value, scope) };
      if (def.kind === 'inheritedFrom') {
        const code = this.inheritedFromCode(name, def.fromIndex!, def.pos);
        return { name, pos, where: 'from' as const, value: ((env: Env) => new Thunk(code, env)) as LazyCode };
      }
      return { name, pos, where: 'inner' as const, value: this.lazy(def.value, inner) };
    });
    const makeFromEnv = from.code;
    // Slots are filled in Nix's symbol order (see symbols.ts): a binding that refers to one not
    // filled yet gets a thunk, one that refers to a filled one shares its value.
    const symbols = this.runtime.context.symbols;
    const fillOrder = slots
      .map((_, i) => i)
      .sort((a, b) => symbols.order(slots[a].name) - symbols.order(slots[b].name));
    const build = (env: Env): Env => {
      const values = new Array<Lazy>(slots.length);
      const innerEnv = new Env(env, values);
      const fromEnv = makeFromEnv ? makeFromEnv(innerEnv) : innerEnv;
      for (const i of fillOrder) {
        const slot = slots[i];
        values[i] = slot.value(slot.where === 'inner' ? innerEnv : slot.where === 'outer' ? env : fromEnv);
      }
      return innerEnv;
    };
    return { inner, slots, build };
  }

  private compileRecAttrs(node: AttrsNode, scope: Scope): Code {
    const { inner, slots, build } = this.compileBindings(node, scope);
    const dynamic = this.compileDynamicAttrs(node, inner);
    const overrides = node.attrs.has('__overrides');
    const keys = slots.map((slot) => slot.name);
    const positions = slots.map((slot) => slot.pos);
    if (dynamic.length === 0 && !overrides) {
      // The environment's values are never written after `build`, so the set can share them.
      return (env) => Attrs.fromSorted(keys, build(env).values, positions);
    }
    return (env) => {
      const innerEnv = build(env);
      const map = new Map<string, Attr>();
      for (let i = 0; i < slots.length; i++)
        map.set(slots[i].name, new Attr(innerEnv.values[i], slots[i].pos));
      if (overrides) applyOverrides(map, innerEnv, slots);
      if (dynamic.length > 0) this.addDynamicAttrs(map, dynamic, innerEnv);
      return Attrs.fromMap(map);
    };
  }

  private compileLet(attrs: AttrsNode, bodyNode: Expr, scope: Scope): Code {
    const { inner, build } = this.compileBindings(attrs, scope);
    const body = this.compile(bodyNode, inner);
    return (env) => body(build(env));
  }

  private compileLambda(node: LambdaNode, scope: Scope): Code {
    const names: string[] = [];
    if (node.arg !== null) names.push(node.arg);
    if (node.formals) for (const formal of node.formals.entries) names.push(formal.name);
    const inner = new Scope(scope, new Map(names.map((name, i) => [name, i])));
    const body = this.compile(node.body, inner);
    const defaults = node.formals
      ? node.formals.entries.map((formal) => (formal.fallback ? this.lazy(formal.fallback, inner) : null))
      : null;
    const source = this.source;
    const context = this.runtime.context;
    return (env) => new Lambda(node, env, source, body, defaults, context);
  }

  /** Whether `name` here means the global builtin (not shadowed by a binding or a `with`). */
  private isGlobal(name: string, scope: Scope): boolean {
    let s: Scope | null = scope;
    for (; s !== null; s = s.parent) {
      if (s.names === null) return false;
      if (s.names.has(name)) return s === this.runtime.baseScope;
    }
    return false;
  }

  private compileCall(fnNode: Expr, argNodes: Expr[], offset: number, scope: Scope): Code {
    const pos = this.at(offset);
    if (
      fnNode.kind === 'var' &&
      argNodes.length === 2 &&
      fnNode.name in INLINE_OPERATORS &&
      this.isGlobal(fnNode.name, scope)
    ) {
      return inlineOperator(
        this.runtime.context,
        fnNode.name,
        this.compile(argNodes[0], scope),
        this.compile(argNodes[1], scope),
        pos,
      );
    }
    const fn = this.compile(fnNode, scope);
    const args = argNodes.map((arg) => this.lazy(arg, scope));
    if (args.length === 1) {
      const arg = args[0];
      return (env) => {
        const f = fn(env);
        return f instanceof Lambda ? callLambda(f, arg(env), pos) : callFunction(f, [arg(env)], pos);
      };
    }
    return (env) => {
      const f = fn(env);
      const values = new Array<Lazy>(args.length);
      for (let i = 0; i < args.length; i++) values[i] = args[i](env);
      return callFunction(f, values, pos);
    };
  }

  private compileBinary(node: BinaryNode, scope: Scope): Code {
    const left = this.compile(node.left, scope);
    const right = this.compile(node.right, scope);
    return binaryOperator(node.op, left, right, this.at(node.opPos), this.runtime.context);
  }

  private compileConcat(node: ConcatNode, scope: Scope): Code {
    const parts = node.parts.map((part) => ({ code: this.compile(part, scope), pos: this.at(part.start) }));
    return concatenation(parts, node.forceString, this.runtime.coercer, this.at(nodePos(node)));
  }
}

export function describePos(pos: SourcePos): string {
  const p = pos.source.position(pos.offset);
  return `${p.file}:${p.line}:${p.column}`;
}

export function missingAttribute(name: string, attrs: Attrs, pos: SourcePos | null): NixError {
  return evalError(
    'missing-attribute',
    `attribute '${showAttrName(name)}' missing`,
    pos,
    suggest(name, attrs.keys),
  );
}

/** The legacy `__overrides` attribute of recursive sets replaces attributes of the same name. */
function applyOverrides(map: Map<string, Attr>, env: Env, slots: Array<{ name: string }>): void {
  const overrides = forceAttrs(map.get('__overrides')!.value, null);
  for (const [name, attr] of overrides.map) {
    map.set(name, attr);
    const index = slots.findIndex((slot) => slot.name === name);
    if (index >= 0) env.values[index] = attr.value;
  }
}
