// The editor's knowledge of the inventory (src/lib/ui/inventory/): the cursor's context, the
// completions, the hover, definitions and references over names, and the quick fixes.
import { beforeAll, describe, expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import type { Model } from '../../src/lib/arbor/types';
import { inventoryCompletions } from '../../src/lib/ui/inventory/completion';
import { nameAt, nameHover, referencesTo } from '../../src/lib/ui/inventory/navigation';
import { placeholderFor } from '../../src/lib/ui/inventory/fact-fix';
import { quickFixes, META_TEMPLATE } from '../../src/lib/ui/inventory/quick-fixes';
import { cursorContext } from '../../src/lib/ui/inventory/scan';
import { fileKind } from '../../src/lib/ui/inventory/schema';

const HOMELAB = EXAMPLES.homelab;
let model: Model;

beforeAll(() => {
  model = evaluateProject(HOMELAB).model!;
});

/** The text with `|` removed, and the offset where it was. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function complete(path: string, marked: string): string[] | null {
  const { text, offset } = cursor(marked);
  return inventoryCompletions({ path, text, offset, model })?.items.map((i) => i.label) ?? null;
}

describe('cursorContext', () => {
  test('a string in a list, with its path', () => {
    const { text, offset } = cursor('{ nas = { roles = [ "base" "se|" ]; }; }');
    const context = cursorContext(text, offset);
    expect(context).toMatchObject({
      kind: 'string',
      site: { path: ['nas', 'roles'], inList: true, value: 'se' },
    });
  });

  test('attribute names: after `{`, after `;`, after a dot, while typing', () => {
    expect(cursorContext(...args('{ nas = { | }; }'))).toMatchObject({ kind: 'attribute', path: ['nas'] });
    expect(cursorContext(...args('{ nas = { system = "x"; des| }; }'))).toMatchObject({
      kind: 'attribute',
      path: ['nas'],
      prefix: 'des',
      bound: ['system'],
    });
    expect(cursorContext(...args('{ nas = { networks.| }; }'))).toMatchObject({
      kind: 'attribute',
      path: ['nas', 'networks'],
    });
    expect(cursorContext(...args('{ nas.deploy = { tar| }; }'))).toMatchObject({
      path: ['nas', 'deploy'],
      prefix: 'tar',
    });
    // A value is not an attribute name; let bindings and function arguments have no path.
    expect(cursorContext(...args('{ nas = { system = x|; }; }'))).toBeNull();
    expect(cursorContext(...args('let a = { b = "|"; }; in { }'))).toMatchObject({ site: { path: null } });
    expect(cursorContext(...args('{ lib, ... }: { nas = { |'))).toMatchObject({ path: ['nas'] });
  });
});

function args(marked: string): [string, number] {
  const { text, offset } = cursor(marked);
  return [text, offset];
}

describe('completion', () => {
  test('names of the model in lists of names, with their descriptions', () => {
    expect(complete('inventory/hosts.nix', '{ box = { roles = [ "|" ]; }; }')).toEqual(['desktop', 'server']);
    expect(complete('inventory/hosts.nix', '{ box = { dendrites = [ "st|" ]; }; }')).toContain('storage/zfs');
    expect(complete('inventory/hosts.nix', '{ box = { users = [ "|" ]; }; }')).toEqual(['alice', 'bob']);
    expect(complete('inventory/roles.nix', '{ r = { homes = [ "|" ]; }; }')).toEqual([
      'desktop-apps',
      'git',
      'shell',
    ]);
    expect(complete('dendrites/x/meta.nix', '{ requires = [ "|" ]; }')).toContain('base');
    expect(complete('fruits/x/meta.nix', '{ fruits = [ "|" ]; }')).toEqual(['backup-server', 'tape-library']);
    expect(complete('homes/x/meta.nix', '{ requires = [ "|" ]; }')).toContain('shell');
    const { text, offset } = cursor('{ box = { roles = [ "|" ]; }; }');
    const server = inventoryCompletions({ path: 'inventory/hosts.nix', text, offset, model })!.items[1];
    expect(server.detail).toBe('role: Headless, always on, reachable over SSH');
    // Outside a string, the names come quoted.
    const bare = cursor('{ box = { roles = [ | ]; }; }');
    expect(
      inventoryCompletions({ path: 'inventory/hosts.nix', ...bare, model })!.items.map((i) => i.insertText),
    ).toEqual(['"desktop"', '"server"']);
  });

  test('the range is the string typed so far', () => {
    const { text, offset } = cursor('{ box = { dendrites = [ "storage/z|" ]; }; }');
    const result = inventoryCompletions({ path: 'inventory/hosts.nix', text, offset, model })!;
    expect(text.slice(result.start, result.end)).toBe('storage/z');
  });

  test('networks after `networks.` and in deploy.network', () => {
    expect(complete('inventory/hosts.nix', '{ box = { networks.| }; }')).toEqual(['lan', 'ygg']);
    expect(complete('inventory/hosts.nix', '{ box = { deploy.network = "|"; }; }')).toEqual(['lan', 'ygg']);
  });

  test('the contract fields at the start of an attribute', () => {
    const host = complete('inventory/hosts.nix', '{ box = { | }; }')!;
    for (const field of ['description', 'system', 'class', 'roles', 'users', 'dendrites', 'fruits'])
      expect(host).toContain(field);
    for (const field of ['networks', 'facts', 'ports', 'keys', 'deploy', 'bootstrap'])
      expect(host).toContain(field);
    expect(complete('inventory/users.nix', '{ alice = { | }; }')!.sort()).toEqual(
      ['uid', 'description', 'groups', 'homes', 'sshKeys', 'keys', 'facts'].sort(),
    );
    expect(complete('inventory/roles.nix', '{ r = { | }; }')!.sort()).toEqual(
      ['description', 'dendrites', 'fruits', 'homes', 'hosts'].sort(),
    );
    expect(complete('dendrites/a/dendrites/b/meta.nix', '{ | }')!.sort()).toEqual(
      ['description', 'class', 'requires', 'conflicts', 'facts', 'networks', 'secrets'].sort(),
    );
    expect(complete('fruits/f/meta.nix', '{ | }')).toContain('fruits');
    expect(complete('inventory/hosts.nix', '{ box = { deploy = { | }; }; }')!.sort()).toEqual(
      [
        'tools',
        'network',
        'targetHost',
        'targetUser',
        'sshPort',
        'tags',
        'buildOnTarget',
        'checks',
        'comin',
      ].sort(),
    );
    expect(complete('inventory/hosts.nix', '{ box.bootstrap.| }')!.sort()).toEqual([
      'disko',
      'installer',
      'network',
    ]);
    // Not a name slot (a host's name is the user's), and not a contract file.
    expect(complete('inventory/hosts.nix', '{ | }')).toBeNull();
    expect(complete('dendrites/base/default.nix', '{ | }')).toBeNull();
  });

  test('enum values', () => {
    expect(complete('inventory/hosts.nix', '{ box = { class = "|"; }; }')).toEqual(['nixos', 'darwin']);
    expect(complete('inventory/hosts.nix', '{ box.deploy.tools = [ "|" ]; }')).toEqual([
      'colmena',
      'deploy-rs',
      'comin',
    ]);
  });

  test('which files follow the contract', () => {
    expect(fileKind('dendrites/storage/dendrites/zfs/meta.nix')).toBe('dendrite-meta');
    expect(fileKind('dendrites/storage/leaves/meta.nix')).toBeNull();
    expect(fileKind('homes/git/meta.nix')).toBe('home-meta');
  });
});

describe('names as links', () => {
  const hosts = HOMELAB['inventory/hosts.nix'];

  test('the name under the cursor', () => {
    expect(nameAt('inventory/hosts.nix', hosts, hosts.indexOf('"server"') + 2)).toMatchObject({
      kind: 'role',
      name: 'server',
    });
    expect(nameAt('inventory/hosts.nix', hosts, hosts.indexOf('lan =') + 1)).toMatchObject({
      kind: 'network',
      name: 'lan',
    });
    const roles = HOMELAB['inventory/roles.nix'];
    expect(nameAt('inventory/roles.nix', roles, roles.indexOf('server') + 1)).toMatchObject({
      kind: 'role',
      declaration: true,
    });
    expect(nameAt('inventory/hosts.nix', hosts, hosts.indexOf('"x86_64-linux"') + 2)).toBeNull();
  });

  test('the hover: description, declaration, hosts', () => {
    const hover = nameHover(model, 'inventory/hosts.nix', hosts, hosts.indexOf('"server"') + 2)!;
    expect(hover.markdown.join('\n')).toContain('Headless, always on');
    expect(hover.markdown.join('\n')).toContain('inventory/roles.nix:3');
    expect(hover.markdown.join('\n')).toContain('`nas`');
    const base = nameHover(
      model,
      'inventory/roles.nix',
      HOMELAB['inventory/roles.nix'],
      HOMELAB['inventory/roles.nix'].indexOf('"base"') + 1,
    )!;
    expect(base.markdown.join('\n')).toContain('dendrites/base/meta.nix:1');
    expect(base.markdown.join('\n')).toContain('2 hosts: `nas`, `workstation`');
  });

  test('every reference, across files', () => {
    const refs = referencesTo(HOMELAB, 'dendrite', 'base');
    expect(refs.map((r) => r.file).sort()).toEqual([
      'dendrites/desktop/meta.nix',
      'dendrites/ssh/meta.nix',
      'dendrites/storage/meta.nix',
      'inventory/roles.nix',
      'inventory/roles.nix',
    ]);
    for (const r of refs) expect(HOMELAB[r.file].slice(r.start, r.end)).toBe('base');
    const lan = referencesTo(HOMELAB, 'network', 'lan');
    expect(lan.map((r) => r.file)).toContain('inventory/networks.nix');
    expect(lan.filter((r) => r.file === 'inventory/hosts.nix').length).toBe(4);
  });
});

describe('quick fixes', () => {
  test('Did you mean: the quoted value on the line or the next ones', () => {
    const text = '{\n  box = {\n    roles = [\n      "sever"\n    ];\n  };\n}\n';
    const [fix] = quickFixes(
      {
        code: 'unknown-role',
        message: 'host box refers to role "sever", which is not defined in inventory/roles.nix.',
        hint: 'Did you mean "server"?',
        line: 3,
        column: 5,
      },
      text,
      'inventory/hosts.nix',
    );
    expect(fix).toMatchObject({ kind: 'replace', text: 'server', title: 'Change "sever" to "server"' });
    if (fix.kind !== 'replace') throw new Error();
    expect(text.slice(fix.start, fix.end)).toBe('sever');
    // A diagnostic at the value itself, inside its quotes.
    const [atValue] = quickFixes(
      {
        code: 'unknown-role',
        message: 'host box refers to role "sever", which is not defined in inventory/roles.nix.',
        hint: 'Did you mean "server"?',
        line: 1,
        column: 26,
      },
      '{ box = { roles = [ "a" "sever" ]; }; }',
      'inventory/hosts.nix',
    );
    expect(atValue).toMatchObject({ kind: 'replace', start: 25, end: 30 });
  });

  test('an unknown field is an attribute name', () => {
    const text = '{\n  box = {\n    system = "x";\n    dendrite = [ "base" ];\n  };\n}\n';
    const [fix] = quickFixes(
      {
        code: 'unknown-field',
        message: 'host box: "dendrite" is not a field Arbor knows, so it would be ignored.',
        hint: 'Did you mean "dendrites"?',
        line: 4,
        column: 5,
      },
      text,
      'inventory/hosts.nix',
    );
    if (fix.kind !== 'replace') throw new Error();
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain('dendrites = [ "base" ]');
  });

  test('missing-meta creates meta.nix; no hint, no fix', () => {
    expect(
      quickFixes(
        {
          code: 'missing-meta',
          message: 'dendrite monitoring (dendrites/monitoring/) has no meta.nix, so …',
          hint: null,
          line: 1,
          column: 1,
        },
        '',
        'dendrites/monitoring/default.nix',
      ),
    ).toEqual([
      {
        title: 'Create meta.nix',
        kind: 'create-file',
        path: 'dendrites/monitoring/meta.nix',
        text: META_TEMPLATE,
      },
    ]);
    expect(
      quickFixes(
        { code: 'invalid-field', message: '"roles" must be…', hint: null, line: 1, column: 1 },
        '',
        'x',
      ),
    ).toEqual([]);
  });
});

describe('quick fix for a missing fact', () => {
  const apply = (files: Record<string, string>) => {
    const result = evaluateProject(files);
    const missing = result.diagnostics.find((d) => d.code === 'missing-fact')!;
    expect(missing, 'a missing-fact to fix').toBeDefined();
    const text = files[missing.file];
    const [fix] = quickFixes(missing, text, missing.file);
    if (fix?.kind !== 'replace') throw new Error(`no fix for: ${missing.message}`);
    const fixed = { ...files, [missing.file]: text.slice(0, fix.start) + fix.text + text.slice(fix.end) };
    return { fix, fixed, after: evaluateProject(fixed).diagnostics };
  };

  test('adds the fact to the host, where Nix merges it with the facts it has', () => {
    const { fix, fixed, after } = apply(EXAMPLES['broken/missing-fact']);
    expect(fix.title).toBe('Add `facts.storage.zfs.hostId = "";` to host box');
    expect(fixed['inventory/hosts.nix']).toContain(
      '    facts.storage.pools = [ "tank" ];\n    facts.storage.zfs.hostId = "";\n  };\n',
    );
    // The fact is there: what is left is the value to write (it must match [0-9a-f]{8}).
    expect(after.map((d) => d.code)).toEqual(['invalid-fact']);
  });

  test('a host written as `shared // { … }` gets it in its own set', () => {
    const files = {
      ...EXAMPLES.fleet,
      'inventory/hosts.nix': EXAMPLES.fleet['inventory/hosts.nix'].replace(
        /\n {4}facts\.wireguard = \{[^}]*\};/,
        '',
      ),
    };
    const before = evaluateProject(files).diagnostics.filter((d) => d.code === 'missing-fact');
    const { fix, fixed, after } = apply(files);
    expect(fix.title).toMatch(/^Add `facts\.wireguard\.\w+ = (""|0);` to host web1$/);
    // Inside web1's own set (`server // { … }`), indented as its attributes.
    const web1 = fixed['inventory/hosts.nix'].split('\n  web1 = server // {')[1].split('\n  };')[0];
    expect(web1).toMatch(/\n {4}facts\.wireguard\.\w+ = (""|0);$/);
    expect(after.filter((d) => d.code === 'missing-fact').length).toBe(before.length - 1);
    expect(after.filter((d) => d.code === 'parse-error')).toEqual([]);
  });

  test('placeholders follow the declaration', () => {
    expect(placeholderFor('a string matching [0-9a-f]{8}')).toBe('""');
    expect(placeholderFor('a int')).toBe('0');
    expect(placeholderFor('a value out of bacula and ltfs')).toBe('"bacula"');
    expect(placeholderFor('a value out of 1, 2 and 3')).toBe('1');
    expect(placeholderFor('a list (non-empty)')).toBe('[ ]');
  });
});
