// Nix-level unit tests of Arbor's library: every `test/library/unit/*.nix` is a set of
// `"test: …" = { expr; expected; }`, each one a vitest test here, evaluated by Arbor's evaluator
// (the oracle suite runs the same files through the real Nix: unit.oracle.test.ts).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Attrs,
  EvalState,
  force,
  fromByteString,
  printValue,
  STRING_SOURCE,
  toByteString,
} from '../../src/lib/nix';
import { NodeFileSystem } from '../../src/lib/nix/node';

const dir = join(__dirname, 'unit');
const state = new EvalState({ fs: new NodeFileSystem() });

function evaluate(text: string): string {
  const value = state.evalText(toByteString(text), STRING_SOURCE, toByteString(dir));
  state.forceDeep(value);
  return printValue(value);
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.nix'))) {
  const path = join(dir, file);
  describe(`nix/lib unit tests: ${file}`, () => {
    const tests = force(state.evalText(toByteString(`import ${path}`), STRING_SOURCE, toByteString(dir)));
    const names = tests instanceof Attrs ? tests.keys.map(fromByteString) : [];
    it('has tests', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names) {
      it(name.replace(/^test: /, ''), () => {
        expect(name.startsWith('test: ')).toBe(true);
        const t = `(import ${path}).${JSON.stringify(name)}`;
        expect(evaluate(`${t}.expr`)).toBe(evaluate(`${t}.expected`));
        expect(evaluate(`${t}.expr == ${t}.expected`)).toBe('true');
      });
    }
  });
}
