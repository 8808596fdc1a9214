// The option path under the cursor (the editor's hover) and the Config tab's pure helpers.
import { describe, expect, test } from 'vitest';
import { optionPathAt } from '../../src/lib/ui/option-path';
import {
  buildConfigTree,
  joinOptionPath,
  lookupPath,
  priorityLabel,
  valueText,
} from '../../src/lib/ui/config-view';
import type { OptionInfo } from '../../src/lib/arbor/types';

/** The path at the first occurrence of `word` (after `after`, if given) in `text`. */
function at(text: string, word: string, after = ''): string | null {
  const offset = text.indexOf(word, after ? text.indexOf(after) : 0) + 1;
  return optionPathAt(text, offset)?.path.join('.') ?? null;
}

const SSH = `# SSH server
{ host, ... }:
{
  services.openssh = {
    enable = true;
    ports = [ (host.ports.ssh or 22) ];
    settings = {
      PasswordAuthentication = false;
    };
  };
}
`;

describe('optionPathAt', () => {
  test('nested sets and dotted names', () => {
    expect(at(SSH, 'services')).toBe('services');
    expect(at(SSH, 'openssh')).toBe('services.openssh');
    expect(at(SSH, 'ports')).toBe('services.openssh.ports');
    expect(at(SSH, 'PasswordAuthentication')).toBe('services.openssh.settings.PasswordAuthentication');
  });

  test('values, function arguments and let bindings are not option paths', () => {
    expect(at(SSH, 'ports', 'host.ports')).toBeNull(); // `host.ports.ssh` reads a fact
    expect(at(SSH, 'host')).toBeNull();
    const text = 'let x = { a = 1; }; in { networking.hostName = "n"; }';
    expect(at(text, 'a =')).toBeNull();
    expect(at(text, 'hostName')).toBe('networking.hostName');
  });

  test('mkIf, mkMerge, the config/options form, quoted names, config reads', () => {
    const text = `{ config, lib, ... }: {
  options.arbor.x = lib.mkOption { type = lib.types.int; };
  config = lib.mkIf config.services.openssh.enable (lib.mkMerge [
    { time.timeZone = "UTC"; }
    { fileSystems."/".device = "/dev/sda"; }
  ]);
}`;
    expect(at(text, 'x =')).toBe('arbor.x');
    expect(at(text, 'type')).toBeNull();
    expect(at(text, 'timeZone')).toBe('time.timeZone');
    expect(at(text, 'device')).toBe('fileSystems./.device');
    expect(at(text, 'enable')).toBe('services.openssh.enable');
  });

  test('a half-typed file still resolves what comes before the damage', () => {
    expect(at('{ services.openssh = { enable = ', 'openssh')).toBe('services.openssh');
    expect(at('{ a = "${', 'a')).toBe('a');
  });
});

describe('the Config tab helpers', () => {
  const option = (path: string, value: OptionInfo['value']): OptionInfo => ({
    path,
    loc: path.split('.'),
    declared: true,
    declaration: null,
    value,
    definitions: [],
    error: null,
  });

  test('paths are written as users write them; lookups find options, namespaces and values inside', () => {
    expect(joinOptionPath(['fileSystems', '/', 'device'])).toBe('fileSystems."/".device');
    const options = [
      option('services.openssh.ports', [22]),
      option('services.openssh.settings', { LogLevel: 'INFO' }),
    ];
    expect(lookupPath(options, ['services', 'openssh', 'ports'])).toMatchObject({
      kind: 'option',
      value: [22],
    });
    expect(lookupPath(options, ['services', 'openssh'])).toMatchObject({ kind: 'namespace' });
    expect(lookupPath(options, ['services', 'openssh', 'settings', 'LogLevel'])).toMatchObject({
      kind: 'option',
      value: 'INFO',
      inside: true,
    });
    expect(lookupPath(options, ['services', 'nginx'])).toBeNull();
  });

  test('the tree groups namespaces and filters by path', () => {
    const options = [
      option('services.openssh.ports', [22]),
      option('services.openssh.enable', true),
      option('networking.hostName', 'nas'),
    ];
    const tree = buildConfigTree(options);
    expect(tree.map((n) => n.name)).toEqual(['networking', 'services']);
    expect(tree[1].children[0].children.map((n) => n.name)).toEqual(['enable', 'ports']);
    expect(tree[1].count).toBe(2);
    const filtered = buildConfigTree(options, 'PORTS');
    expect(filtered.map((n) => n.id)).toEqual(['services']);
    expect(filtered[0].children[0].children[0].option?.path).toBe('services.openssh.ports');
  });

  test('values print compactly with markers; priorities have names', () => {
    expect(valueText([22, 2222])).toBe('[ 22 2222 ]');
    expect(valueText({ PermitRootLogin: 'no', 'x-y.z': null })).toBe(
      '{ PermitRootLogin = "no"; "x-y.z" = null; }',
    );
    expect(
      valueText([
        { $arbor: 'placeholder', text: 'hello' },
        { $arbor: 'function', text: '<function>' },
      ]),
    ).toBe('[ «placeholder hello» «function <function>» ]');
    expect(
      valueText(
        Array.from({ length: 100 }, (_, i) => i),
        20,
      ),
    ).toMatch(/^\[ 0 1 .*…$/);
    expect(priorityLabel(50)).toBe('mkForce 50');
    expect(priorityLabel(100)).toBe('plain 100');
    expect(priorityLabel(1000)).toBe('mkDefault 1000');
    expect(priorityLabel(1500)).toBe('default 1500');
    expect(priorityLabel(900)).toBe('mkOverride 900');
  });
});
