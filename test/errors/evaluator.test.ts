// createEvaluator never throws: every outcome is `{ value, errors, warnings }`, and every error is
// a NixError of the one union of kinds, with its class (catchable, fatal, resource, internal).
import { describe, expect, test } from 'vitest';
import {
  createEvaluator,
  errorClass,
  fromByteString,
  MemoryFileSystem,
  NixError,
  toNixError,
  type ErrorKind,
} from '../../src/lib/nix';
import { fileSystemError } from '../../src/lib/nix/vfs/types';

const evaluator = () => createEvaluator({ fs: new MemoryFileSystem({ '/p/a.nix': '{ x = 1; }' }) });

function failure(text: string): NixError {
  const result = evaluator().evaluate(text, { strict: true });
  expect(result.value).toBeNull();
  expect(result.errors).toHaveLength(1);
  return result.errors[0];
}

describe('createEvaluator', () => {
  test('a value, printed as nix-instantiate --eval prints it', () => {
    const e = evaluator();
    const result = e.evaluate('{ a = 1 + 2; b = [ "x" ]; }', { strict: true });
    expect(result.errors).toEqual([]);
    expect(e.print(result.value!).value).toBe('{ a = 3; b = [ "x" ]; }');
  });

  test('files of its file system, relative to the base directory', () => {
    const e = evaluator();
    const result = e.evaluate('(import ./a.nix).x', { baseDir: '/p' });
    expect(e.print(result.value!).value).toBe('1');
    expect(e.print(e.evaluateFile('/p/a.nix', { strict: true }).value!).value).toBe('{ x = 1; }');
  });

  test('warnings come back as data, and the value with them', () => {
    const seen: string[] = [];
    const e = createEvaluator({ fs: new MemoryFileSystem(), trace: (line) => seen.push(line) });
    const result = e.evaluate('builtins.warn "careful" (builtins.trace "t" 1)');
    expect(result.errors).toEqual([]);
    expect(e.print(result.value!).value).toBe('1');
    expect(result.warnings).toEqual(['careful']);
    expect(seen).toEqual(['evaluation warning: careful', 'trace: t']);
  });

  test.each<[string, ErrorKind, string]>([
    ['throw "no"', 'throw', 'catchable'],
    ['assert 1 == 2; 3', 'assertion', 'catchable'],
    ['1 + true', 'type', 'fatal'],
    ['{ }.a', 'missing-attribute', 'fatal'],
    ['1 +', 'parse', 'fatal'],
    ['abort "stop"', 'abort', 'fatal'],
    ['builtins.fromJSON "{"', 'json', 'fatal'],
    ['builtins.fromTOML "a = "', 'toml', 'fatal'],
    ['builtins.match "(" "a"', 'regex', 'fatal'],
    ['builtins.readFile /nowhere', 'file-system', 'fatal'],
    ['import /nowhere', 'path', 'fatal'],
    [
      'let s = n: if n == 0 then "x" else let t = s (n - 1); in t + t; in builtins.stringLength (s 30)',
      'out-of-memory',
      'resource',
    ],
  ])('%s is a %s error (%s)', (text, kind, cls) => {
    const error = failure(text);
    expect(error).toBeInstanceOf(NixError);
    expect(error.kind).toBe(kind);
    expect(error.errorClass).toBe(cls);
    expect(error.catchable).toBe(cls === 'catchable');
  });

  test('a parse error keeps its position', () => {
    const error = failure('{ a = 1;\n  b = ; }');
    expect(error.pos?.source.position(error.pos.offset)).toMatchObject({ line: 2, column: 7 });
  });

  test('what a file system throws unexpectedly becomes an internal-bug error, not an exception', () => {
    const fs = new MemoryFileSystem({ '/p/a.nix': '1' });
    fs.readFile = () => {
      throw new TypeError('cannot read properties of undefined');
    };
    const result = createEvaluator({ fs }).evaluateFile('/p/a.nix');
    expect(result.value).toBeNull();
    expect(result.errors[0].kind).toBe('internal-bug');
    expect(fromByteString(result.errors[0].message)).toContain(
      'TypeError: cannot read properties of undefined',
    );
    expect(result.errors[0].hint).toContain('Please report it');
  });
});

describe('toNixError', () => {
  test('lower layers’ errors are of their kinds already; JavaScript’s become resource or bug kinds', () => {
    const missing = fileSystemError('ENOENT', '/x');
    expect(toNixError(missing)).toBe(missing);
    expect(missing.kind).toBe('file-system');
    expect(missing.message).toBe("path '/x' does not exist");
    expect(toNixError(new RangeError('Maximum call stack size exceeded')).kind).toBe('stack-overflow');
    expect(toNixError(new RangeError('Invalid string length')).kind).toBe('out-of-memory');
    expect(toNixError('a string').kind).toBe('internal-bug');
  });

  test('every kind has a class', () => {
    const kinds: ErrorKind[] = ['throw', 'type', 'store', 'stack-overflow', 'internal-bug'];
    expect(kinds.map(errorClass)).toEqual(['catchable', 'fatal', 'fatal', 'resource', 'internal']);
  });
});
