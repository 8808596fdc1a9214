import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareStrings,
  hashBytes,
  hashPlaceholder,
  isDerivationPath,
  makeFixedOutputPath,
  makeStorePath,
  makeTextPath,
  makeType,
  outputPathName,
  storeNameError,
  storePathBaseName,
  storePathName,
} from '../../src/lib/nix/store';
import { err, FIXTURES, ok, storeErrorOf } from './expected';

describe('makeTextPath (builtins.toFile)', () => {
  it('matches the oracle', () => {
    expect(makeTextPath('a', 'b')).toBe(ok('toFile-basic'));
    expect(makeTextPath('u', 'é日本\n')).toBe(ok('toFile-unicode'));
  });

  it('includes sorted references', () => {
    const a = makeTextPath('a', 'b');
    const c = makeTextPath('c', 'b');
    expect(makeTextPath('x', `${a} ${c}`, [c, a])).toBe(ok('toFile-refs'));
    expect(makeTextPath('x', `${a}${a}`, new Set([a]))).toBe(ok('toFile-refs-dup'));
  });

  it('accepts every valid name form', () => {
    const names = ['...', '...-', '-', 'a-.', 'azAZ09+-._?=', 'a.drv', '.a'];
    expect(names.map((n) => makeTextPath(n, 'x'))).toEqual(ok('toFile-names'));
  });

  it('rejects invalid names with Nix’s message', () => {
    const cases: [string, string][] = [
      ['a b', 'err-toFile-space'],
      ['', 'err-toFile-empty'],
      ['..', 'err-toFile-dotdot'],
      ['..-x', 'err-toFile-dotdash'],
      ['a'.repeat(212) + ' ', 'err-toFile-long'],
    ];
    for (const [name, key] of cases) expect(storeErrorOf(() => makeTextPath(name, 'x'))).toBe(err(key));
  });
});

describe('name validation', () => {
  it('checks in Nix’s order', () => {
    expect(storeNameError('ok-name_1.2+x?=')).toBeNull();
    expect(storeNameError('.-a b')).toBe(
      "name '.-a b' is not valid: first dash-separated component must not be '.'",
    );
    expect(storeNameError('a b!')).toBe("name 'a b!' contains illegal character ' '");
    expect(storeNameError('a'.repeat(211))).toBeNull();
    expect(storeNameError('.')).toBe("name '.' is not valid");
    expect(storeNameError('é')).toBe("name 'é' contains illegal character 'é'");
  });
});

describe('makeFixedOutputPath', () => {
  it('flat files (builtins.path recursive = false)', () => {
    const paths = ['file.txt', 'script.sh'].map((n) =>
      makeFixedOutputPath(n, 'flat', 'sha256', hashBytes('sha256', readFileSync(join(FIXTURES, n)))),
    );
    expect(paths).toEqual(ok('path-flat'));
  });

  it('empty-content fixed outputs match the derivation outputs', () => {
    const empty = hashBytes('sha256', '');
    const flat = ok<{ out: string }>('fod-flat-sha256-sri').out;
    const rec = ok<{ out: string }>('fod-rec-sha256').out;
    expect(makeFixedOutputPath('f', 'flat', 'sha256', empty)).toBe(flat);
    expect(makeFixedOutputPath('f', 'recursive', 'sha256', empty)).toBe(rec);
    // recursive sha256 is the `source` type, exactly makeStorePath('source', …)
    expect(makeStorePath('source', empty, 'f')).toBe(rec);
    expect(makeFixedOutputPath('f', 'recursive', 'sha1', hashBytes('sha1', 'abc'))).toBe(
      ok<{ out: string }>('fod-rec-sha1').out,
    );
    expect(makeFixedOutputPath('f', 'flat', 'sha1', hashBytes('sha1', 'abc'))).toBe(
      ok<{ out: string }>('fod-flat-sha1').out,
    );
  });

  it('refuses references where Nix cannot have them', () => {
    expect(() => makeFixedOutputPath('f', 'flat', 'sha256', new Uint8Array(32), ['/nix/store/x'])).toThrow();
    expect(() => makeFixedOutputPath('f', 'text', 'sha1', new Uint8Array(20))).toThrow();
  });
});

describe('helpers', () => {
  it('placeholders match builtins.placeholder', () => {
    expect(['out', 'dev', 'bin'].map(hashPlaceholder)).toEqual(ok('placeholders'));
  });

  it('makeType sorts references and appends self', () => {
    expect(makeType('text', ['/nix/store/b', '/nix/store/a'])).toBe('text:/nix/store/a:/nix/store/b');
    expect(makeType('source', [], true)).toBe('source:self');
  });

  it('output names and store path parts', () => {
    expect(outputPathName('x', 'out')).toBe('x');
    expect(outputPathName('x', 'dev')).toBe('x-dev');
    const p = ok<string>('toFile-basic');
    expect(storePathBaseName(p)).toBe(p.slice('/nix/store/'.length));
    expect(storePathName(p)).toBe('a');
    expect(storePathBaseName('/tmp/x')).toBeNull();
    expect(isDerivationPath('/nix/store/abc-x.drv')).toBe(true);
  });

  it('compares strings bytewise (by code point)', () => {
    const s = ['b', 'B', 'a', '\u{10000}', '\uffff', 'é', ''];
    expect([...s].sort(compareStrings)).toEqual(['', 'B', 'a', 'b', 'é', '\uffff', '\u{10000}']);
  });

  it('supports other store directories', () => {
    expect(makeTextPath('a', 'b', [], '/gnu/store')).toMatch(/^\/gnu\/store\/[0-9a-z]{32}-a$/);
  });
});
