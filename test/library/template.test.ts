// The template flake (nix/template + nix/lib + an example) evaluated by the real `nix` with the
// real flake-parts, import-tree and nixpkgs.lib and stand-in flakes for the rest, offline.
// Needs checkouts of those three (they are not in the repository), so it is skipped unless
// ARBOR_FLAKE_DEPS names them:
//
//   ARBOR_FLAKE_DEPS=<flake-parts dir>:<import-tree dir>:<nixpkgs.lib dir> \
//     npx vitest run test/library/template.test.ts

import { describe } from 'vitest';
import { evalTemplate, templateChecks } from './flake/template-checks';

const deps = process.env.ARBOR_FLAKE_DEPS?.split(':');

describe.skipIf(!deps || deps.length !== 3)('template flake with flake-parts and import-tree', () => {
  templateChecks((example) => evalTemplate(example, deps ?? []));
});
