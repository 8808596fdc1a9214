// The platform modules (nix/lib/platform) evaluated by Arbor's evaluator with Arbor's own lib
// (nix/lib/stdlib), against goldens the real Nix computed with nixpkgs' lib
// (scripts/gen-platform-docs.ts --write; platform.oracle.test.ts checks they are still what the
// real Nix computes). Also checks that docs/platform.md lists exactly the declared options.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, expectedDoc, readGolden } from '../../scripts/gen-platform-docs';
import { evaluateOursJSON } from './evaluate';

const ARBOR_LIB = 'import ./nix/lib/stdlib';

type OptionList = Record<string, Array<{ name: string }>>;

describe('platform modules with Arbor lib', () => {
  it('evaluate the example hosts and homes as nixpkgs lib does', async () => {
    const summary = await evaluateOursJSON(`import ./test/platform/host-summary.nix { lib = ${ARBOR_LIB}; }`);
    expect(summary).toEqual(readGolden('host-summary.json'));
  });

  it('declare the options docs/platform.md lists', async () => {
    const names = (await evaluateOursJSON(
      `(import ./scripts/platform-options.nix { lib = ${ARBOR_LIB}; }).names`,
    )) as Record<string, string[]>;
    const documented = readGolden('options.json') as OptionList;
    expect(Object.keys(names).sort()).toEqual(Object.keys(documented).sort());
    for (const [platform, options] of Object.entries(documented))
      expect(names[platform], platform).toEqual(options.map((o) => o.name));
  });

  it('have a current docs/platform.md', () => {
    expect(
      readFileSync(DOC, 'utf8') === expectedDoc(),
      'run npx tsx scripts/gen-platform-docs.ts --write',
    ).toBe(true);
  });
});
