// The fuzzer's own logic (scripts/fuzz): generation is a pure function of the seed and the case
// index, mutation keeps programs' bytes, and the minimiser shrinks a failing program to what
// makes it fail. The fuzz run itself (`npm run fuzz`) is too slow for `npm test`.
import { describe, expect, it } from 'vitest';
import { Generator } from '../../scripts/fuzz/generator';
import { makeCase } from '../../scripts/fuzz/main';
import { ddmin, minimise } from '../../scripts/fuzz/minimiser';
import { mutate, tokenize } from '../../scripts/fuzz/mutator';
import { compare, isImpure, normalise } from '../../scripts/fuzz/report';
import { Rng } from '../../scripts/fuzz/rng';

const names = ['add', 'attrNames', 'map', 'toJSON', 'substring', 'genList'];
const corpus = ['let x = 1; in x + 2', '{ a = "s"; b = [ 1 2 ]; }.b'];

describe('fuzz generator', () => {
  it('makes the same programs for the same seed', () => {
    const first = Array.from({ length: 50 }, (_, i) => makeCase(7, i, names, corpus).program);
    const again = Array.from({ length: 50 }, (_, i) => makeCase(7, i, names, corpus).program);
    expect(again).toEqual(first);
    // Case i does not depend on the cases before it.
    expect(makeCase(7, 31, names, corpus).program).toBe(first[31]);
  });

  it('makes different programs for different seeds and cases', () => {
    const a = Array.from({ length: 50 }, (_, i) => makeCase(1, i, names, corpus).program);
    const b = Array.from({ length: 50 }, (_, i) => makeCase(2, i, names, corpus).program);
    expect(a).not.toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(30);
  });

  it('calls only the builtins it is given', () => {
    const generator = new Generator(new Rng(3), { builtinNames: ['substring'] });
    for (let i = 0; i < 20; i++) {
      const call = generator.builtinCall(1);
      expect(call.startsWith('(builtins.substring')).toBe(true);
    }
  });

  it('mutates corpus programs and strips their header lines', () => {
    const rng = new Rng(5);
    const generator = new Generator(rng, { builtinNames: names });
    const results = Array.from({ length: 30 }, () =>
      mutate('# flags: --eval\nlet x = 1; in x + 2', rng, generator),
    );
    expect(results.some((r) => r !== 'let x = 1; in x + 2')).toBe(true);
    expect(results.every((r) => !r.startsWith('# flags'))).toBe(true);
  });

  it('tokenizes without losing a byte', () => {
    const text = "let s = \"a\\\"b\xff\x00\"; /* c */ in s + ''x'' # end\n";
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('fuzz minimiser', () => {
  it('shrinks a failing program to what makes it fail', async () => {
    const program =
      'let a = 1; b = [ 1 2 3 ]; c = { x = "y"; }; in builtins.seq b (builtins.substring 0 (-1) "abc")';
    const fails = (text: string) => /substring 0 \(-1\)/.test(text);
    const result = await minimise(program, fails);
    expect(fails(result.text)).toBe(true);
    expect(result.text).toBe('substring 0 (-1)');
  });

  it('keeps the program when nothing smaller fails', async () => {
    const result = await minimise('1 + 1', (text) => text === '1 + 1');
    expect(result.text).toBe('1 + 1');
  });

  it('stops at its budget', async () => {
    let calls = 0;
    const result = await minimise('a b c d e f g h i j k l m n o p', () => (calls++, false), { budget: 5 });
    expect(calls).toBe(5);
    expect(result.tests).toBe(5);
  });

  it('ddmin finds a 1-minimal subset', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const holds = async (parts: number[]) => parts.includes(3) && parts.includes(17) && parts.includes(31);
    expect(await ddmin(items, holds)).toEqual([3, 17, 31]);
  });
});

describe('fuzz comparison', () => {
  const ok = (stdout: string) => ({ kind: 'done' as const, stdout, stderr: '', exitCode: 0 });
  const fail = (message: string) => ({
    kind: 'done' as const,
    stdout: '',
    stderr: `error: ${message}\n`,
    exitCode: 1,
  });

  it('tells outcomes, outputs and messages apart', () => {
    expect(compare(ok('1\n'), ok('1\n'))).toBeUndefined();
    expect(compare(ok('1\n'), ok('2\n'))?.kind).toBe('output');
    expect(compare(ok('1\n'), fail('boom'))?.kind).toBe('outcome');
    expect(compare(fail('division by zero'), fail('division by zero'))).toBeUndefined();
    expect(compare(fail('division by zero'), fail('integer overflow in adding 1 + 2'))?.kind).toBe('kind');
    expect(
      compare(fail('expected a set but found an integer: 1'), fail('expected a set but found a list'))?.kind,
    ).toBe('wording');
  });

  it('does not judge runs Nix could not finish', () => {
    expect(compare({ kind: 'hang' }, ok('1\n'))).toBeUndefined();
    expect(
      compare({ kind: 'done', stdout: '', stderr: 'error: out of memory\n', exitCode: 1 }, ok('1\n')),
    ).toBeUndefined();
  });

  it('excludes impure programs and normalises messages', () => {
    expect(isImpure('builtins.currentTime + 1')).toBe(true);
    expect(isImpure('builtins.getEnv "HOME"')).toBe(true);
    expect(isImpure('builtins.add 1 2')).toBe(false);
    expect(normalise("attribute 'x' missing at 12")).toBe(normalise("attribute 'yy' missing at 3"));
  });
});
