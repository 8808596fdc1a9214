// Every function of Arbor's Nix library has a doc comment in the form nixdoc reads (RFC 145:
// `/** … */` directly before the binding), and the library's map (nix/lib/default.nix) names
// every file of its stages.
//
// Which bindings are functions the library defines, read from the parse tree of each file:
//   - in the file's own `let` (after the file's arguments, if it takes any): every binding whose
//     value is a function, and the functions inside attribute sets bound there (`self = { … }`);
//   - in the attribute set the file returns (also `a // b`, also through a name of its `let`):
//     every binding whose value is a function, and those of the attribute sets nested in it
//     (namespaces such as `types.ints`), down to three levels;
//   - a module (a file that takes `{ …, ... }` and returns `options`, `config`, `imports` or
//     `_class`) exports options, not functions: only its `let` counts.
// Functions local to another function (a `let` inside a body) are not the library's surface.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTolerant, Source, toByteString } from '../../src/lib/nix';
import type { Expr } from '../../src/lib/nix/syntax/ast';

type Attrs = Extract<Expr, { kind: 'attrs' }>;

const LIBRARY = join(__dirname, '../../nix/lib');
const MODULE_KEYS = ['options', 'config', 'imports', '_class'];

function nixFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return nixFiles(path);
      return name.endsWith('.nix') ? [path] : [];
    });
}

/** Whether a `/** … *\/` block ends right before `pos` (only whitespace between). */
function hasDocBefore(text: string, pos: number): boolean {
  const before = text.slice(0, pos).trimEnd();
  if (!before.endsWith('*/')) return false;
  const open = before.lastIndexOf('/**');
  return open >= 0 && !before.slice(open + 3, before.length - 2).includes('*/');
}

/** The functions of a file that have no doc comment: `name (line N)` each. */
function undocumentedFunctions(name: string, text: string): string[] {
  const bytes = toByteString(text);
  const { file, errors } = parseTolerant(new Source(name, bytes, dirname(name)));
  if (file === null) throw new Error(`${name} does not parse: ${errors.map((e) => e.message).join('; ')}`);
  const missing: string[] = [];
  const lineOf = (pos: number) => bytes.slice(0, pos).split('\n').length;

  const checkSet = (set: Attrs, prefix: string, scope: Map<string, Expr>, depth: number) => {
    for (const [key, def] of set.attrs) {
      if (def.kind !== 'plain') continue;
      if (def.value.kind === 'lambda') {
        if (!hasDocBefore(bytes, def.pos)) missing.push(`${prefix}${key} (line ${lineOf(def.pos)})`);
      } else if (depth < 3) {
        exported(def.value, `${prefix}${key}.`, scope, depth + 1);
      }
    }
  };
  // A module takes `{ …, ... }` (lib, config, pkgs and whatever else) and returns options/config.
  const isModule = (e: Expr) =>
    file.expr.kind === 'lambda' &&
    file.expr.formals?.ellipsis === true &&
    e.kind === 'attrs' &&
    MODULE_KEYS.some((k) => e.attrs.has(k));
  const exported = (e: Expr, prefix: string, scope: Map<string, Expr>, depth: number): void => {
    if (e.kind === 'attrs') checkSet(e, prefix, scope, depth);
    else if (e.kind === 'binary' && e.op === '//') {
      exported(e.left, prefix, scope, depth);
      exported(e.right, prefix, scope, depth);
    }
  };
  // The file's arguments, then its `let` chain, then what it returns.
  let body = file.expr;
  while (body.kind === 'lambda') body = body.body;
  const scope = new Map<string, Expr>();
  while (body.kind === 'let') {
    for (const [key, def] of body.attrs.attrs) if (def.kind === 'plain') scope.set(key, def.value);
    checkSet(body.attrs, '', scope, 0);
    body = body.body;
  }
  if (!isModule(body) && body.kind !== 'var') exported(body, '', scope, 0);
  return missing;
}

describe('nixdoc comments', () => {
  it('finds a function without one (file-level let, exported set, nested namespace)', () => {
    const text = [
      '{ lib }:',
      'let',
      '  helper = x: x;',
      '  /** Documented. */',
      '  documented = x: x;',
      'in',
      '{',
      '  /**',
      '    Also documented.',
      '  */',
      '  shown = x: x;',
      '  # A line comment is not a doc comment.',
      '  bare = x: x;',
      '  ints = { u8 = x: x; };',
      '  notAFunction = 1;',
      '}',
    ].join('\n');
    expect(undocumentedFunctions('/t.nix', text)).toEqual([
      'helper (line 3)',
      'bare (line 13)',
      'ints.u8 (line 14)',
    ]);
  });

  it('reads a module file for its let only', () => {
    const text = '{ lib, ... }:\nlet\n  enable = x: x;\nin\n{ options.a = lib.mkOption { apply = x: x; }; }';
    expect(undocumentedFunctions('/m.nix', text)).toEqual(['enable (line 3)']);
  });

  for (const path of nixFiles(LIBRARY)) {
    const name = relative(LIBRARY, path);
    it(`documents every function of ${name}`, () => {
      expect(undocumentedFunctions(path, readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});

describe('the library map (nix/lib/default.nix)', () => {
  const index = readFileSync(join(LIBRARY, 'default.nix'), 'utf8');
  const listed = [...index.matchAll(/= \.\/([\w./-]+);/g)].map((m) => m[1]);

  it('names only files that exist', () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const path of listed)
      expect(statSync(join(LIBRARY, path)).isFile() || statSync(join(LIBRARY, path)).isDirectory()).toBe(
        true,
      );
  });

  for (const stage of ['pipeline', 'validation', 'outputs', 'hosts', 'secrets', 'modules', 'util']) {
    it(`names every file of ${stage}/`, () => {
      const files = readdirSync(join(LIBRARY, stage)).map((file) => `${stage}/${file}`);
      expect(files.filter((file) => !listed.includes(file))).toEqual([]);
    });
  }
});
