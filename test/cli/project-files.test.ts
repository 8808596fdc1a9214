// The real `arbor` against file systems that go wrong: a symbolic-link loop in a project, a link
// back to a folder above, an output folder that does not exist. Each is an error message naming
// the path (exit 1), never an internal error.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');

function arbor(args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

let dir: string;
beforeAll(async () => {
  await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'arbor-files-'));
}, 120_000);

function starter(name: string): string {
  const project = join(dir, name);
  expect(arbor(['new', project]).code).toBe(0);
  return project;
}

describe('reading a project', () => {
  it('refuses a symbolic-link loop with a message', () => {
    const project = starter('loop');
    symlinkSync('b', join(project, 'a'));
    symlinkSync('a', join(project, 'b'));
    const r = arbor(['check', project]);
    expect(r).toEqual({
      stdout: '',
      stderr: `error: cannot read ${project}/a: too many symbolic links (a symbolic-link loop)\n`,
      code: 1,
    });
  });

  it('refuses a link back to a folder above (it would never end)', () => {
    const project = starter('up');
    mkdirSync(join(project, 'sub'));
    symlinkSync('..', join(project, 'sub/up'));
    const r = arbor(['check', project]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: cannot read ${project}/sub/up: a symbolic link back to a folder above it (a loop)\n`,
    );
  });

  it('ignores a dangling link, as before', () => {
    const project = starter('dangling');
    symlinkSync('/nonexistent/target', join(project, 'gone'));
    expect(arbor(['check', project]).code).toBe(0);
    rmSync(join(project, 'gone'));
  });
});

describe('writing files', () => {
  it('archive -o into a folder that does not exist', () => {
    const out = join(dir, 'missing/folder/fleet.tar.gz');
    expect(arbor(['archive', 'nix/examples/homelab', '-o', out])).toEqual({
      stdout: '',
      stderr: `error: cannot write ${out}: the folder ${join(dir, 'missing/folder')} does not exist\n`,
      code: 1,
    });
  });

  it('archive -o below a file', () => {
    const r = arbor(['archive', 'nix/examples/homelab', '-o', 'README.md/fleet.zip']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: cannot write ${root}/README.md/fleet.zip: ${root}/README.md is not a folder\n`,
    );
  });

  it('new onto a file, or where folders cannot be made', () => {
    const onFile = arbor(['new', 'README.md']);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toMatch(/^error: .*README\.md exists and is not an empty directory/);
    const below = arbor(['new', 'README.md/project']);
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(
      /^error: cannot create the folder .*README\.md\/project: .*README\.md is not a folder\n$/,
    );
  });
});
