// The parser: table tests of spans (start/end offsets → line:column) and of errors
// (message and position), in the style of acorn's `test(code, ast)` / `testFail(code, msg)`.

import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/lib/nix/syntax/ast';
import { isNixError } from '../../src/lib/nix/errors/nix-error';
import { parse, parseTolerant } from '../../src/lib/nix/syntax/parser';
import { Source } from '../../src/lib/nix/syntax/source';
import { toByteString } from '../../src/lib/nix/bytes';

const source = (text: string) => new Source('/test.nix', toByteString(text), '/dir');
const tree = (text: string) => parse(source(text)).expr;

function failure(text: string): string {
  try {
    parse(source(text));
  } catch (error) {
    if (!isNixError(error, 'parse')) throw error;
    const p = error.detail.source.position(error.detail.start);
    return `${error.message} (${p.line}:${p.column})`;
  }
  throw new Error(`expected a parse error for ${text}`);
}

function span(text: string, expr: Expr): string {
  const s = source(text);
  const a = s.position(expr.start);
  const b = s.position(expr.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

describe('spans', () => {
  const cases: Array<[string, (e: Expr) => Expr, string]> = [
    ['1 + 2', (e) => e, '1:1-1:6'],
    ['  x', (e) => e, '1:3-1:4'],
    ['{ a = 1; }', (e) => e, '1:1-1:11'],
    ['let x = 1;\nin x', (e) => e, '1:1-2:5'],
    ['let x = 1;\nin x', (e) => (e.kind === 'let' ? e.body : e), '2:4-2:5'],
    ['f x y', (e) => (e.kind === 'call' ? e.args[1] : e), '1:5-1:6'],
    ['[ 1\n  2 ]', (e) => (e.kind === 'list' ? e.items[1] : e), '2:3-2:4'],
    ['"é" + x', (e) => (e.kind === 'concat' ? e.parts[1] : e), '1:8-1:9'],
    ['a.b.c or d', (e) => e, '1:1-1:11'],
  ];
  for (const [text, pick, expected] of cases) {
    it(JSON.stringify(text), () => expect(span(text, pick(tree(text)))).toBe(expected));
  }

  it('gives attribute definitions their own positions (what unsafeGetAttrPos reports)', () => {
    const text = '{\n  a.b = 1;\n  c = 2;\n}';
    const e = tree(text);
    if (e.kind !== 'attrs') throw new Error('not attrs');
    const s = source(text);
    expect(s.position(e.attrs.get('c')!.pos)).toMatchObject({ line: 3, column: 3 });
    expect(s.position(e.attrs.get('a')!.pos)).toMatchObject({ line: 2, column: 3 });
  });

  it('reports binary operator positions at the operator, as Nix does', () => {
    const e = tree('a - b');
    expect(e.kind).toBe('call');
    expect(e.pos).toBe(2);
  });
});

describe('errors', () => {
  const cases: Array<[string, string]> = [
    ['{ a = 1 }', "syntax error, unexpected '}', expecting ';' (1:9)"],
    ['let x = 1; in', 'syntax error, unexpected end of file (1:14)'],
    ['{ a = 1; a = 2; }', "attribute 'a' already defined at /test.nix:1:3 (1:10)"],
    ['{ x, x }: x', "duplicate formal function argument 'x' (1:6)"],
    ['{ x }@x: x', "duplicate formal function argument 'x' (1:1)"],
    ['let ${"a" + "b"} = 1; in 2', 'dynamic attributes not allowed in let (1:5)'],
    ['./foo/', 'path has a trailing slash (1:7)'],
    ['/a//b', 'syntax error, unexpected PATH_END, expecting DOLLAR_CURLY (1:4)'],
    ['9223372036854775808', "invalid integer '9223372036854775808' (1:1)"],
    ['1.0e400', "invalid float '1.0e400' (1:1)"],
    ['a == b == c', "syntax error, unexpected '==' (1:8)"],
    [
      'x |> f',
      "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it (1:3)",
    ],
    ['"abc', "syntax error, unexpected end of file, expecting '\"' (1:5)"],
    ['/* open', 'unterminated multi-line comment (1:1)'],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(failure(text)).toBe(expected));
});

describe('tolerant parsing (the editor)', () => {
  it('reports every broken binding in a file, not just the first', () => {
    const text = '{\n  a = ;\n  b = 2;\n  c = ];\n  d = 4;\n}';
    const { file, errors } = parseTolerant(source(text));
    expect(file).toBeNull();
    const s = source(text);
    expect(errors.map((e) => s.position(e.detail.start).line)).toEqual([2, 4]);
  });

  it('returns the tree when there is nothing wrong', () => {
    const { file, errors } = parseTolerant(source('{ a = 1; }'));
    expect(errors).toEqual([]);
    expect(file?.expr.kind).toBe('attrs');
  });
});

describe('desugaring', () => {
  it('merges nested attribute paths into one set', () => {
    const e = tree('{ a.b = 1; a.c = 2; }');
    if (e.kind !== 'attrs') throw new Error('not attrs');
    const a = e.attrs.get('a')!.value;
    expect(a.kind === 'attrs' && [...a.attrs.keys()]).toEqual(['b', 'c']);
  });

  it('strips the common indentation of indented strings', () => {
    const e = tree("''\n    a\n      b\n    c\n  ''");
    expect(e).toMatchObject({ kind: 'string', value: 'a\n  b\nc\n' });
  });

  it('turns <p> into __findFile __nixPath "p"', () => {
    expect(tree('<nixpkgs/lib>')).toMatchObject({
      kind: 'call',
      fn: { kind: 'var', name: '__findFile' },
      args: [
        { kind: 'var', name: '__nixPath' },
        { kind: 'string', value: 'nixpkgs/lib' },
      ],
    });
  });
});
