// New things start clean: every file the Files panel creates, and every new host, role,
// dendrite, fruit and home, leaves the homelab example (which has no problems) with none, as the
// real evaluator sees it (the model and every host's and home's modules).
import { describe, expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import type { ProjectFiles } from '../../src/lib/arbor/types';
import {
  addTopLevelAttr,
  newFileFiles,
  newFileText,
  newFolderFiles,
  scaffoldNew,
  starterFiles,
  topLevelAttrs,
  type NewThing,
} from '../../src/lib/ui/scaffold';

const homelab: ProjectFiles = EXAMPLES.homelab;

function problems(files: ProjectFiles): string[] {
  const result = evaluateProject(files, { modules: 'all', detail: 'check' });
  return result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}: ${d.message.split('\n')[0]}`);
}

function evaluate(files: ProjectFiles) {
  return evaluateProject(files, { modules: 'all', detail: 'check' });
}

/** The homelab with `text` replacing the first `find` in `path`. */
function edit(files: ProjectFiles, path: string, find: string, text: string): ProjectFiles {
  expect(files[path]).toContain(find);
  return { ...files, [path]: files[path].replace(find, text) };
}

describe('new files', () => {
  test('the homelab has no problems to begin with', () => {
    expect(problems(homelab)).toEqual([]);
  });

  test('an empty .nix file does not parse, so none starts empty', () => {
    expect(problems({ ...homelab, 'notes.nix': '' })).toEqual([
      expect.stringMatching(/^parse-error notes\.nix:1/),
    ]);
  });

  test.each([
    'dendrites/monitoring/default.nix',
    'dendrites/monitoring/leaves/exporter.nix',
    'dendrites/storage/dendrites/nfs/default.nix',
    'dendrites/base/leaves/extra.nix',
    'dendrites/ssh/notes.nix',
    'fruits/tape-library/leaves/changer.nix',
    'fruits/metrics/default.nix',
    'homes/tools.nix',
    'homes/editor/default.nix',
    'homes/shell/extra.nix',
    'hosts/nas/extra.nix',
    'hosts/workstation/desktop/gaming.nix',
    'hosts/_shared/disk.nix',
    'inventory/more-hosts.nix',
    'notes.nix',
  ])('%s', (path) => {
    const files = newFileFiles(homelab, path);
    expect(Object.keys(files)).toContain(path);
    expect(problems({ ...homelab, ...files })).toEqual([]);
  });

  test('a module in a unit without meta.nix brings its meta.nix; one with a meta.nix does not', () => {
    expect(Object.keys(newFileFiles(homelab, 'dendrites/monitoring/default.nix')).sort()).toEqual([
      'dendrites/monitoring/default.nix',
      'dendrites/monitoring/meta.nix',
    ]);
    expect(Object.keys(newFileFiles(homelab, 'dendrites/base/leaves/extra.nix'))).toEqual([
      'dendrites/base/leaves/extra.nix',
    ]);
  });

  test('modules for where they are', () => {
    expect(newFileText('dendrites/x/default.nix')).toMatch(
      /^# .*\n\{ config, lib, pkgs, host, \.\.\. \}:\n\{ \}\n$/,
    );
    expect(newFileText('fruits/x/default.nix')).toContain('{ config, lib, pkgs, host, ... }:');
    expect(newFileText('homes/x/default.nix')).toContain('{ config, pkgs, ... }:');
    expect(newFileText('homes/x.nix')).toContain('The home x:');
    expect(newFileText('hosts/nas/x.nix')).toContain('{ config, lib, pkgs, ... }:');
    expect(newFileText('dendrites/x/meta.nix')).toContain('class = "nixos";');
    expect(newFileText('inventory/users.nix')).toMatch(/\{ \}\n$/);
    expect(newFileText('other.nix')).toBe('{ }\n');
    expect(newFileText('README.md')).toBe('');
  });

  test('the templates evaluate inside a host that selects them', () => {
    let files: ProjectFiles = {
      ...homelab,
      ...newFolderFiles('dendrites/monitoring'),
      ...newFileFiles(homelab, 'dendrites/monitoring/leaves/exporter.nix'),
      ...newFolderFiles('fruits/metrics'),
      ...newFileFiles(homelab, 'homes/editor/default.nix'),
    };
    files = edit(
      files,
      'inventory/hosts.nix',
      '"network/yggdrasil-private"\n',
      '"network/yggdrasil-private"\n"monitoring"\n',
    );
    files = edit(files, 'inventory/hosts.nix', '"backup-server"\n', '"backup-server"\n"metrics"\n');
    files = edit(files, 'inventory/users.nix', '"git"\n', '"git"\n"editor"\n');
    expect(problems(files)).toEqual([]);
    const nas = evaluate(files).model!.hosts.nas;
    expect(JSON.stringify(nas)).toContain('monitoring');
    expect(JSON.stringify(nas)).toContain('metrics');
  });
});

describe('new folders', () => {
  test.each(['dendrites/monitoring', 'dendrites/storage/dendrites/nfs', 'fruits/metrics'])('%s', (folder) => {
    const files = newFolderFiles(folder)!;
    expect(Object.keys(files).sort()).toEqual([`${folder}/default.nix`, `${folder}/meta.nix`]);
    expect(problems({ ...homelab, ...files })).toEqual([]);
  });

  test('other folders start empty', () => {
    for (const folder of [
      'hosts/box',
      'dendrites/a/leaves',
      'dendrites/a/dendrites',
      'fruits/a/b',
      'dendrites/_wip',
    ])
      expect(newFolderFiles(folder), folder).toBeNull();
  });
});

describe('new hosts, roles, dendrites, fruits and homes', () => {
  const cases: [NewThing, string, string][] = [
    ['host', 'box', 'host box'],
    ['role', 'web', 'role web'],
    ['dendrite', 'monitoring', 'dendrite monitoring'],
    ['dendrite', 'storage/nfs', 'dendrite storage/nfs'],
    ['fruit', 'metrics', 'fruit metrics'],
    ['home', 'editor', 'home editor'],
  ];

  test.each(cases)('a %s %s: no problems, and a node in the graph', (thing, name, node) => {
    const model = evaluate(homelab).model;
    const scaffold = scaffoldNew({ files: homelab, model }, thing, name);
    if (!scaffold.ok) throw new Error(scaffold.message);
    expect(Object.keys(scaffold.files)).toContain(scaffold.open);
    const files = { ...homelab, ...scaffold.files };
    expect(problems(files)).toEqual([]);
    const nodes = evaluate(files).model!.graph.nodes.map((n) => `${n.kind} ${n.name}`);
    expect(nodes).toContain(node);
  });

  test('a host is appended to the top-level set, the rest of the file untouched', () => {
    const scaffold = scaffoldNew({ files: homelab }, 'host', 'box');
    if (!scaffold.ok) throw new Error(scaffold.message);
    const text = scaffold.files['inventory/hosts.nix'];
    expect(text.startsWith(homelab['inventory/hosts.nix'].trimEnd().slice(0, -1).trimEnd())).toBe(true);
    expect(text.endsWith('\n\n  box = {\n    roles = [ ];\n  };\n}\n')).toBe(true);
    expect(scaffold.files['hosts/box/configuration.nix']).toContain('system.stateVersion');
    expect(text.split('\n')[scaffold.line! - 1]).toBe('  box = {');
  });

  test('"New project" starts with one host and no problems', () => {
    expect(problems(starterFiles())).toEqual([]);
    expect(Object.keys(evaluate(starterFiles()).model!.hosts)).toEqual(['my-host']);
  });

  test('a project without inventory/hosts.nix gets one', () => {
    const scaffold = scaffoldNew({ files: {} }, 'host', 'my-host');
    if (!scaffold.ok) throw new Error(scaffold.message);
    expect(problems(scaffold.files)).toEqual([]);
    expect(Object.keys(evaluate(scaffold.files).model!.hosts)).toEqual(['my-host']);
  });

  test.each<[NewThing, string, RegExp]>([
    ['host', 'nas', /already a host named nas/],
    ['role', 'server', /already a role named server/],
    ['dendrite', 'base', /already a dendrite named base/],
    ['dendrite', 'storage/zfs', /already a dendrite named storage\/zfs/],
    ['fruit', 'tape-library', /already a fruit named tape-library/],
    ['home', 'shell', /already a home named shell/],
    ['home', 'desktop-apps', /already a home named desktop-apps/],
    ['host', 'my box', /not a valid host name/],
    ['host', '_hidden', /not a valid host name/],
    ['role', 'if', /Nix keyword/],
    ['fruit', '', /Give the fruit a name/],
    ['dendrite', 'a//b', /not a dendrite id/],
    ['home', "o'brien", /not a valid home name/],
  ])('a %s named "%s" is refused', (thing, name, message) => {
    const scaffold = scaffoldNew({ files: homelab }, thing, name);
    expect(scaffold.ok).toBe(false);
    if (!scaffold.ok) expect(scaffold.message).toMatch(message);
  });

  test('a host defined outside hosts.nix (the model has it) is taken too', () => {
    const model = evaluate(homelab).model;
    const files = { ...homelab, 'inventory/hosts.nix': '{ }\n' };
    expect(scaffoldNew({ files, model }, 'host', 'nas').ok).toBe(false);
  });

  test('an inventory file that is not a plain attribute set is left alone, and the refusal says what to add', () => {
    for (const text of [
      'let base = { }; in base // { nas = { }; }\n',
      '{ nas = { }; } // import ./more-hosts.nix\n',
      '{ lib, ... }: { }\n',
      '{ nas = { ; \n',
    ]) {
      const scaffold = scaffoldNew({ files: { 'inventory/hosts.nix': text } }, 'host', 'box');
      expect(scaffold.ok, text).toBe(false);
      if (!scaffold.ok) expect(scaffold.message).toContain('add box = { roles = [ ]; }; to it yourself');
    }
  });
});

describe('the top-level set of an inventory file', () => {
  test('names bound at the top: plain, quoted, inherited, dotted; not nested ones', () => {
    const text =
      '# a } in a comment\nrec {\n  a = { b = 1; };\n  "c d" = "}";\n  inherit (x) e f;\n  g.h = "${"{"}";\n}\n# after\n';
    const set = topLevelAttrs(text);
    expect(set?.names).toEqual(['a', 'c d', 'e', 'f', 'g']);
    expect(text.slice(set!.close, set!.close + 1)).toBe('}');
  });

  test('an entry goes before the closing brace, after a blank line when the set has entries', () => {
    expect(addTopLevelAttr('{ }\n', 'x', '{ }')).toBe('{\n  x = { };\n}\n');
    expect(addTopLevelAttr('{\n  a = 1;\n  # the end\n}\n', 'x', '{\n  y = 1;\n}')).toBe(
      '{\n  a = 1;\n  # the end\n\n  x = {\n    y = 1;\n  };\n}\n',
    );
    expect(addTopLevelAttr('[ ]', 'x', '1')).toBeNull();
  });
});
