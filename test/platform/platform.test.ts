// The platform modules (nix/lib/platform) evaluated by Arbor's evaluator with Arbor's own lib
// (nix/lib/stdlib), against goldens the real Nix computed with nixpkgs' lib
// (scripts/gen-platform-docs.ts --write; platform.oracle.test.ts checks they are still what the
// real Nix computes). Also checks that docs/platform.md lists exactly the declared options.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, expectedDoc, readGolden } from '../../scripts/gen-platform-docs';
import { evaluateOursJSON } from './evaluate';

const ARBOR_LIB = 'import ./nix/lib/stdlib';

type OptionList = Record<string, Array<{ name: string; type: string }>>;

describe('platform modules with Arbor lib', () => {
  it('evaluate the example hosts and homes as nixpkgs lib does', async () => {
    const summary = await evaluateOursJSON(`import ./test/platform/host-summary.nix { lib = ${ARBOR_LIB}; }`);
    expect(summary).toEqual(readGolden('host-summary.json'));
  });

  it('declare the options docs/platform.md lists, with their defaults and descriptions', async () => {
    const entries = (await evaluateOursJSON(
      `(import ./scripts/platform-options.nix { lib = ${ARBOR_LIB}; }).entries`,
    )) as OptionList;
    const documented = readGolden('options.json') as OptionList;
    // Type descriptions are the module system's wording (test/modules checks them against
    // nixpkgs'); platform.oracle.test.ts compares the whole entries, types included.
    const withoutType = (list: OptionList[string]) => list.map(({ type: _type, ...rest }) => rest);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(documented).sort());
    for (const [platform, options] of Object.entries(documented))
      expect(withoutType(entries[platform]), platform).toEqual(withoutType(options));
  });

  it('have a current docs/platform.md', () => {
    expect(
      readFileSync(DOC, 'utf8') === expectedDoc(),
      'run npx tsx scripts/gen-platform-docs.ts --write',
    ).toBe(true);
  });
});
