// A diagnostic about a name in a list points at the name, the empty name included.
import { expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';

const withRoles = (roles: string) => {
  const hosts = EXAMPLES.homelab['inventory/hosts.nix'];
  expect(hosts).toContain('    roles = [ "server" ];');
  return evaluateProject({
    ...EXAMPLES.homelab,
    'inventory/hosts.nix': hosts.replace('roles = [ "server" ];', `roles = [ ${roles} ];`),
  }).diagnostics.map((d) => [d.code, d.line, d.column]);
};

test('an unknown role is marked where it is written', () => {
  // `    roles = [ "server" "sever" ];`: the second string's text starts at column 25.
  expect(withRoles('"server" "sever"')).toEqual([['unknown-role', 6, 25]]);
});

test('an empty role name is marked too, not the attribute', () => {
  expect(withRoles('"server" ""')).toEqual([['unknown-role', 6, 25]]);
  expect(withRoles('""')).toEqual([['unknown-role', 6, 16]]);
});
