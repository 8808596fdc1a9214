// Grammar-driven generation of Nix programs. Programs are byte strings (one JavaScript char per
// byte, written to disk as latin1), so they can hold invalid UTF-8 and NUL bytes.
//
// The generator aims at the evaluator's edges: integer limits and overflow, deep nesting, huge
// strings, odd bytes in strings, string contexts, paths, every builtin called with arguments of
// random types, scoping constructs (let, rec, with, inherit), lambdas with formals, tryEval,
// seq/deepSeq and JSON round trips.

import { Rng } from './rng';

export interface GeneratorOptions {
  /** The names of `builtins` (from `builtins.attrNames builtins`). */
  builtinNames: readonly string[];
}

export const INT_EDGES = [
  '0',
  '1',
  '(-1)',
  '2',
  '9223372036854775807',
  '(-9223372036854775807)',
  '(-9223372036854775807 - 1)',
  '4294967296',
  '2147483647',
  '(-2147483648)',
  '9007199254740993',
  '255',
  '256',
  '65536',
];

const FLOATS = [
  '0.0',
  '1.5',
  '(-0.0)',
  '1e308',
  '1.0e-320',
  '3.14159',
  '0.1',
  '1e16',
  '(-2.5)',
  '123456789.125',
];

const STRING_BODIES = [
  '',
  'a',
  'hello world',
  'x y z',
  '\\n\\t\\r',
  '\\\\',
  '\\"',
  '$${a}',
  "''",
  'caf\xc3\xa9',
  '\xe2\x82\xac',
  '\xf0\x9f\x98\x80',
  '\xff\xfe',
  '\xc3',
  '\xed\xa0\x80',
  'a\x00b',
  '\x00',
  '\x01\x7f',
  '\x1b[31mred',
  '1.2.3',
  '2.0pre1',
  '/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x',
  'true',
  '123',
  '-5',
  '{"a":1}',
  '[1,2,{"b":null}]',
  '"str"',
  '1e400',
  '[[[[',
  '{"a":1,"a":2}',
  '\\u0000',
  'a=1\\nb="x"',
  '(a)(b)',
  '[a-z]+',
  '^(.*)$',
  '*',
  '(',
  'sha256',
  'md5',
];

const JSON_TEXTS = [
  '{}',
  '[]',
  'null',
  '1',
  '-0',
  '1.5e3',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775809',
  '"\\\\u00e9"',
  '"\\\\ud83d\\\\ude00"',
  '"\\\\ud800"',
  '[1,[2,[3]]]',
  '{\\"a\\":{\\"b\\":[true,false,null]}}',
  '1e999',
  '',
  '[1,]',
  '{\\"a\\"}',
  '"\\x00"',
  'tru',
];

const NAMES = [
  'a',
  'b',
  'c',
  'x',
  'y',
  'f',
  'g',
  'n',
  's',
  'outPath',
  'type',
  '__functor',
  '__toString',
  'or',
];

export class Generator {
  private scope: string[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly options: GeneratorOptions,
  ) {}

  /** One whole program. */
  program(): string {
    this.scope = [];
    const r = this.rng;
    return r.weighted<() => string>([
      [40, () => this.expr(4)],
      [6, () => this.deepNesting()],
      [5, () => this.hugeString()],
      [22, () => this.builtinCall(3)],
      [8, () => this.intEdges()],
      [6, () => this.jsonRoundTrip()],
      [5, () => this.contextExpr()],
      [5, () => this.tryEvalExpr()],
    ])();
  }

  expr(depth: number): string {
    const r = this.rng;
    if (depth <= 0) return this.atom();
    return r.weighted<() => string>([
      [14, () => this.atom()],
      [8, () => this.list(depth)],
      [8, () => this.attrs(depth)],
      [6, () => this.letExpr(depth)],
      [5, () => this.lambdaApp(depth)],
      [10, () => this.binop(depth)],
      [3, () => `(!${this.expr(depth - 1)})`],
      [3, () => `(-${this.expr(depth - 1)})`],
      [4, () => `(if ${this.expr(depth - 1)} then ${this.expr(depth - 1)} else ${this.expr(depth - 1)})`],
      [2, () => `(assert ${this.expr(depth - 1)}; ${this.expr(depth - 1)})`],
      [4, () => this.withExpr(depth)],
      [5, () => this.select(depth)],
      [3, () => `(${this.expr(depth - 1)} ? ${this.attrPath()})`],
      [12, () => this.builtinCall(depth - 1)],
      [4, () => this.interpolated(depth)],
      [3, () => this.tryEvalExpr(depth - 1)],
      [3, () => `(builtins.${r.pick(['seq', 'deepSeq'])} ${this.expr(depth - 1)} ${this.expr(depth - 1)})`],
      [2, () => `(throw ${this.stringLit()})`],
      [1, () => `(builtins.abort ${this.stringLit()})`],
      [2, () => this.pathExpr()],
    ])();
  }

  atom(): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [6, () => r.pick(INT_EDGES)],
      [6, () => String(r.int(20) - 5)],
      [3, () => r.pick(FLOATS)],
      [8, () => this.stringLit()],
      [3, () => r.pick(['true', 'false', 'null'])],
      [2, () => r.pick(['[ ]', '{ }'])],
      [6, () => (this.scope.length > 0 ? r.pick(this.scope) : r.pick(INT_EDGES))],
      [2, () => this.pathExpr()],
      [2, () => `builtins.${this.builtinName()}`],
      [1, () => r.pick(['__curPos', 'builtins.nixVersion', 'builtins.langVersion', 'builtins.storeDir'])],
      [1, () => `(x: x)`],
    ])();
  }

  stringLit(): string {
    const r = this.rng;
    const body = r.pick(STRING_BODIES);
    if (r.chance(0.15)) {
      // An indented string; its escapes differ, so use only plain bodies.
      return `''${body.replace(/[\\'$"]/g, '')}${r.chance(0.3) ? "''\\n" : ''}''`;
    }
    return `"${body}"`;
  }

  pathExpr(): string {
    const r = this.rng;
    return r.pick([
      './.',
      './case.nix',
      './missing',
      '/nonexistent/x',
      '../.',
      './a/../b',
      '(./. + "/case.nix")',
      '(./. + "x")',
      '(/. + "")',
      '/.',
      '<nixpkgs>',
      '(builtins.toPath "/a/b")',
      '(./case.nix + "")',
    ]);
  }

  builtinName(): string {
    return this.rng.pick(this.options.builtinNames);
  }

  /** A builtin called with 0–3 random arguments. */
  builtinCall(depth: number): string {
    const r = this.rng;
    const name = this.builtinName();
    const n = r.weighted([
      [1, 0],
      [4, 1],
      [5, 2],
      [3, 3],
    ] as const);
    const args: string[] = [];
    for (let i = 0; i < n; i++) args.push(this.argument(Math.max(0, depth)));
    return `(builtins.${name}${args.map((a) => ' ' + a).join('')})`;
  }

  /** An argument of a random type, biased towards what builtins accept. */
  argument(depth: number): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [4, () => this.atom()],
      [3, () => `(x: ${this.expr(Math.min(1, depth))})`],
      [2, () => `(a: b: ${r.pick(['a', 'b', 'a + b', 'a < b', '[ a b ]', '{ inherit a b; }'])})`],
      [3, () => this.list(Math.min(2, depth))],
      [3, () => this.attrs(Math.min(2, depth))],
      [2, () => `[ ${this.stringLit()} ${this.stringLit()} ]`],
      [2, () => `{ name = ${this.stringLit()}; value = ${this.atom()}; }`],
      [1, () => `[ { name = "a"; value = 1; } { name = "b"; value = 2; } ]`],
      [1, () => `{ outPath = ${this.stringLit()}; }`],
      [1, () => `{ __toString = self: ${this.stringLit()}; }`],
      [1, () => `{ type = "derivation"; outPath = "/nix/store/x"; }`],
      [1, () => `{ name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }`],
      [2, () => (depth > 0 ? this.expr(depth - 1) : this.atom())],
    ])();
  }

  list(depth: number): string {
    const n = this.rng.int(5);
    const items: string[] = [];
    for (let i = 0; i < n; i++) items.push(this.expr(depth - 1));
    return `[ ${items.map(paren).join(' ')} ]`;
  }

  attrName(): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [8, () => r.pick(NAMES)],
      [1, () => `"${r.pick(['', 'a b', '1', 'with', '\xff', 'a.b'])}"`],
      [1, () => `\${${this.stringLit()}}`],
    ])();
  }

  attrPath(): string {
    const parts = [this.attrName()];
    while (this.rng.chance(0.3)) parts.push(this.attrName());
    return parts.join('.');
  }

  attrs(depth: number): string {
    const r = this.rng;
    const isRec = r.chance(0.25);
    const n = r.int(4);
    const bindings: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = r.pick(NAMES.slice(0, 7));
      names.push(name);
      bindings.push(
        `${r.chance(0.2) ? name + '.' + r.pick(NAMES.slice(0, 7)) : name} = ${this.withScope(isRec ? names : [], () => this.expr(depth - 1))};`,
      );
    }
    if (this.scope.length > 0 && r.chance(0.3)) bindings.push(`inherit ${r.pick(this.scope)};`);
    if (r.chance(0.2)) bindings.push(`inherit (${this.attrs(0)}) ${r.pick(NAMES.slice(0, 4))};`);
    return `${isRec ? 'rec ' : ''}{ ${bindings.join(' ')} }`;
  }

  letExpr(depth: number): string {
    const r = this.rng;
    const n = 1 + r.int(3);
    const names: string[] = [];
    for (let i = 0; i < n; i++) names.push(r.pick(NAMES.slice(0, 9)));
    const bindings = this.withScope(names, () =>
      names.map((name) => `${name} = ${this.expr(depth - 1)};`).join(' '),
    );
    const body = this.withScope(names, () => this.expr(depth - 1));
    return `(let ${bindings} in ${body})`;
  }

  withExpr(depth: number): string {
    const set = this.attrs(Math.min(2, depth - 1));
    const body = this.withScope(['a', 'b', 'c'], () => this.expr(depth - 1));
    return `(with ${set}; ${body})`;
  }

  lambdaApp(depth: number): string {
    const r = this.rng;
    if (r.chance(0.5)) {
      const formals = ['a', 'b ? ' + this.atom()];
      const ellipsis = r.chance(0.5);
      const at = r.chance(0.3) ? '@args' : '';
      const bound = ['a', 'b', ...(at ? ['args'] : [])];
      const body = this.withScope(bound, () => this.expr(depth - 1));
      const fn = `({ ${formals.join(', ')}${ellipsis ? ', ...' : ''} }${at}: ${body})`;
      return `(${fn} ${this.attrs(Math.min(2, depth - 1))})`;
    }
    const body = this.withScope(['x'], () => this.expr(depth - 1));
    return `((x: ${body}) ${paren(this.expr(depth - 1))})`;
  }

  binop(depth: number): string {
    const op = this.rng.pick([
      '+',
      '-',
      '*',
      '/',
      '++',
      '//',
      '==',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '&&',
      '||',
      '->',
      '|>',
    ]);
    if (op === '|>') return `(${this.expr(depth - 1)} + ${this.expr(depth - 1)})`;
    return `(${this.expr(depth - 1)} ${op} ${this.expr(depth - 1)})`;
  }

  select(depth: number): string {
    const r = this.rng;
    const base = paren(r.chance(0.6) ? this.attrs(depth - 1) : this.expr(depth - 1));
    return `${base}.${this.attrPath()}${r.chance(0.4) ? ' or ' + paren(this.atom()) : ''}`;
  }

  interpolated(depth: number): string {
    return `"pre\${${this.expr(depth - 1)}}post"`;
  }

  tryEvalExpr(depth = 2): string {
    return `(builtins.tryEval ${paren(this.expr(depth))})`;
  }

  deepNesting(): string {
    const r = this.rng;
    const n = r.pick([100, 1000, 5000, 10000, 20000, 50000]);
    const kind = r.int(7);
    switch (kind) {
      case 0:
        return '['.repeat(n) + '1' + ']'.repeat(n);
      case 1:
        return '('.repeat(n) + '1' + ')'.repeat(n);
      case 2:
        return '{ a = '.repeat(n) + '1' + '; }'.repeat(n);
      case 3:
        return (
          'let x0 = 1; ' +
          Array.from({ length: Math.min(n, 5000) }, (_, i) => `x${i + 1} = x${i} + 1;`).join(' ') +
          ` in x${Math.min(n, 5000)}`
        );
      case 4:
        return `let f = n: if n == 0 then 0 else 1 + f (n - 1); in f ${n}`;
      case 5:
        return `builtins.toJSON (builtins.foldl' (acc: _: [ acc ]) 1 (builtins.genList (x: x) ${n}))`;
      default:
        return `let l = builtins.foldl' (acc: _: { a = acc; }) 1 (builtins.genList (x: x) ${n}); in ${r.pick(['l == l', 'builtins.deepSeq l 1', 'builtins.toJSON l', 'builtins.toXML l', 'l'])}`;
    }
  }

  hugeString(): string {
    const r = this.rng;
    const n = r.pick([1000, 100000, 1000000]);
    return r.pick([
      () => `builtins.stringLength "${'x'.repeat(n)}"`,
      () =>
        `builtins.stringLength (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") ${n / 10}))`,
      () =>
        `let s = builtins.concatStringsSep "," (builtins.genList toString ${n / 100}); in builtins.hashString "sha256" s`,
      () => `builtins.substring ${r.pick(INT_EDGES)} ${r.pick(INT_EDGES)} "${'ab\xff'.repeat(n / 1000)}"`,
      () => `builtins.replaceStrings [ "a" ] [ "${'b'.repeat(100)}" ] "${'a'.repeat(n / 10)}"`,
      () => `builtins.match "(a*)*b" "${'a'.repeat(r.pick([20, 1000, 30000]))}"`,
      () => `builtins.split "(a|b)" "${'ab'.repeat(n / 100)}"`,
      () => `builtins.fromJSON (builtins.toJSON "${'\\u00e9'.repeat(n / 100)}")`,
    ])();
  }

  intEdges(): string {
    const r = this.rng;
    const a = r.pick(INT_EDGES);
    const b = r.pick(INT_EDGES);
    const op = r.pick(['+', '-', '*', '/', '<', '==']);
    return r.pick([
      () => `${a} ${op} ${b}`,
      () =>
        `builtins.${r.pick(['add', 'sub', 'mul', 'div', 'lessThan', 'bitAnd', 'bitOr', 'bitXor'])} ${a} ${b}`,
      () => `builtins.toString (${a} ${op} ${b})`,
      () =>
        `builtins.fromJSON "${r.pick(['9223372036854775807', '-9223372036854775808', '9223372036854775808', '1e19', '-0.0'])}"`,
      () => `builtins.toJSON (${a} ${op} ${r.pick(FLOATS)})`,
      () => `builtins.floor ${r.pick(['1e19', '-1e19', '9.3e18', '(-9.3e18)', '0.5', '1e308'])}`,
      () => `builtins.ceil ${r.pick(['1e19', '-1e19', '9.3e18', '(-9.3e18)', '0.5', '1e308'])}`,
      () => `builtins.genList (x: x) ${r.pick(['(-1)', '0', '(-9223372036854775807 - 1)'])}`,
      () => `builtins.elemAt [ 1 2 ] ${a}`,
      () => `builtins.substring ${a} ${b} "hello"`,
      () => `builtins.toString ${r.pick(FLOATS)}`,
    ])();
  }

  jsonRoundTrip(): string {
    const r = this.rng;
    return r.pick([
      () => `builtins.fromJSON "${r.pick(JSON_TEXTS)}"`,
      () => `builtins.toJSON ${paren(this.expr(2))}`,
      () => `builtins.fromJSON (builtins.toJSON ${paren(this.expr(2))})`,
      () => `builtins.toXML ${paren(this.expr(2))}`,
      () => `builtins.fromTOML ${this.stringLit()}`,
    ])();
  }

  contextExpr(): string {
    const r = this.rng;
    const source = r.pick([
      'builtins.toFile "f" "content"',
      '(derivation { name = "d"; system = "x"; builder = "/b"; }).outPath',
      '"${derivation { name = "d"; system = "x"; builder = "/b"; outputs = [ "out" "dev" ]; }}"',
      '(derivation { name = "d"; system = "x"; builder = "/b"; }).drvPath',
      '"${./case.nix}"',
      'builtins.placeholder "out"',
      '"plain"',
    ]);
    return r.pick([
      () => `builtins.getContext ${paren(source)}`,
      () => `builtins.hasContext ${paren(source)}`,
      () => `builtins.unsafeDiscardStringContext ${paren(source)}`,
      () => `builtins.appendContext "x" (builtins.getContext ${paren(source)})`,
      () => `builtins.toFile "g" ${paren(source)}`,
      () => `builtins.toJSON { s = ${paren(source)}; }`,
      () => `builtins.attrNames (builtins.getContext (${paren(source)} + ${paren(source)}))`,
      () => `builtins.addDrvOutputDependencies ${paren(source)}`,
      () => `builtins.unsafeDiscardOutputDependency ${paren(source)}`,
      () => `builtins.substring 0 ${r.int(5)} ${paren(source)}`,
      () => `builtins.storePath ${paren(source)}`,
      () => `(./. + ${paren(source)})`,
      () => `builtins.${this.builtinName()} ${paren(source)}`,
    ])();
  }

  private withScope<T>(names: string[], fn: () => T): T {
    const saved = this.scope;
    this.scope = [...saved, ...names];
    try {
      return fn();
    } finally {
      this.scope = saved;
    }
  }
}

function paren(text: string): string {
  return /^[\w."'[({<]/.test(text) && !/\s/.test(text) ? text : `(${text})`;
}

/** The program of case `index` for `seed` (no mutation). */
export function generateProgram(rng: Rng, options: GeneratorOptions): string {
  return new Generator(rng, options).program();
}
