// The template flake (nix/template + nix/lib + an example) evaluated as a real flake by the
// oracle's `nix` (Nix 2.26, flakes, offline), with local stand-ins for every input — including
// flake-parts and import-tree, whose real sources CI cannot fetch (template.test.ts runs the same
// checks with the real ones when they are available). Runs in `npm run test:oracle`.

import { describe, expect, it } from 'vitest';
import { evalTemplate, templateChecks } from './flake/template-checks';

const evaluate = (example: string) => evalTemplate(example, ['stand-in']);

describe('template flake with stand-in inputs, evaluated by the real nix', () => {
  templateChecks(evaluate);

  it('used the stand-ins, and builds Colmena hives and homes with them', () => {
    const out = evaluate('homelab');
    expect(out.standInFlakeParts).toBeUndefined(); // not selected by the summary, see outputs
    expect(out.outputs).toContain('standInFlakeParts');
    expect(out.colmenaHive).toBe('colmena.lib.makeHive');
    expect(out.homeConfigurations).toEqual(['alice@nas', 'alice@workstation', 'bob@workstation']);
  });
});
