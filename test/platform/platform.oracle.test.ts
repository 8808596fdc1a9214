// The platform's goldens (test/platform/expected/) are what the real Nix computes with nixpkgs'
// lib now: the example hosts and homes evaluated with the platform modules, the option list
// behind docs/platform.md, and the placeholder pkgs summary. Also runs the host summary through
// Arbor's evaluator with nixpkgs' lib. Needs a nixpkgs lib checkout (/work/nixpkgs-lib or
// $ARBOR_NIXPKGS_LIB); CI has none, so there the suite is skipped with a message.

import { describe, expect, it } from 'vitest';
import {
  GOLDENS,
  nixpkgsLib,
  oracleJSON,
  readGolden,
  type GoldenName,
} from '../../scripts/gen-platform-docs';
import { evaluateOursJSON } from './evaluate';

const lib = nixpkgsLib();

describe('platform goldens against the real Nix and nixpkgs lib', () => {
  if (!lib) {
    console.log(
      'platform.oracle.test.ts: skipped, no nixpkgs lib (set ARBOR_NIXPKGS_LIB to a nixpkgs or nixpkgs.lib checkout)',
    );
    it.skip('needs a nixpkgs lib checkout', () => {});
    return;
  }

  for (const name of Object.keys(GOLDENS) as GoldenName[])
    it(`${name} is current`, () => {
      expect(oracleJSON(GOLDENS[name], lib), `run npx tsx scripts/gen-platform-docs.ts --write`).toEqual(
        readGolden(name),
      );
    });

  it('lists the same options by walking the option tree as optionAttrSetToDocList does', () => {
    expect(oracleJSON('(import ./scripts/platform-options.nix { inherit lib; }).entries', lib)).toEqual(
      readGolden('options.json'),
    );
  });

  it("Arbor's evaluator running nixpkgs lib gives the same host summary", async () => {
    const summary = await evaluateOursJSON(
      `import ./test/platform/host-summary.nix { lib = import ${lib}; }`,
    );
    expect(summary).toEqual(readGolden('host-summary.json'));
  });
});
