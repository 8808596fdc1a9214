// The downloadable flake: unpacked with the real `tar` and `unzip`, it holds exactly the project
// plus the generated flake files; read back, it is the same project byte for byte; hostile
// archives are refused with a clear message.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { ArchiveError, buildArchive, flakeFiles, readArchive, usedInputs } from '../../src/lib/arbor/archive';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { readProject } from '../../src/cli/project/project-dir';

const homelab = EXAMPLES.homelab;
const model = evaluateProject(homelab).model;

function unpack(bytes: Uint8Array, format: 'tar.gz' | 'zip'): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbor-archive-'));
  const file = join(dir, `a.${format}`);
  writeFileSync(file, bytes);
  if (format === 'tar.gz') execFileSync('tar', ['-xzf', file, '-C', dir]);
  else execFileSync('unzip', ['-q', file, '-d', dir]);
  return dir;
}

describe.each(['tar.gz', 'zip'] as const)('%s', (format) => {
  const bytes = buildArchive(homelab, format, { model, root: 'homelab' });

  it('unpacks with the real tool to the project plus its flake files', () => {
    const dir = unpack(bytes, format);
    const unpacked = readProject(join(dir, 'homelab'));
    expect(unpacked).toEqual(flakeFiles(homelab, model));
    for (const [path, text] of Object.entries(homelab)) expect(unpacked[path]).toBe(text);
    expect(unpacked['flake.nix']).toContain('flake-parts.lib.mkFlake');
    expect(unpacked['lib/eval.nix']).toBeDefined();
    expect(unpacked['README.md']).toContain('git init && git add -A');
  });

  it('reads back as the same project, byte for byte', () => {
    expect(readArchive(bytes, `homelab.${format}`)).toEqual(homelab);
  });

  it('is reproducible', () => {
    expect(buildArchive(homelab, format, { model, root: 'homelab' })).toEqual(bytes);
  });
});

describe('flake.nix', () => {
  it('names only the inputs the project uses', () => {
    expect(usedInputs(model)).toEqual([
      'nixpkgs',
      'flake-parts',
      'import-tree',
      'home-manager',
      'colmena',
      'deploy-rs',
      'disko',
    ]);
    const fleet = evaluateProject(EXAMPLES.fleet).model;
    expect(usedInputs(fleet)).toContain('nix-darwin');
    const flake = flakeFiles(homelab, model)['flake.nix'];
    expect(flake).not.toContain('nix-darwin');
    expect(flake).not.toContain('flake.lock');
  });

  it('keeps a flake.nix the project already has', () => {
    const own = { ...homelab, 'flake.nix': '{ outputs = _: { }; }\n' };
    expect(flakeFiles(own, model)['flake.nix']).toBe(own['flake.nix']);
    expect(readArchive(buildArchive(own, 'tar.gz', { model }))['flake.nix']).toBe(own['flake.nix']);
  });
});

describe('hostile archives', () => {
  const tarGz = (entries: Parameters<typeof createTar>[0]) => gzipSync(createTar(entries));
  const refuse = (bytes: Uint8Array, message: RegExp) => {
    expect(() => readArchive(bytes, 'x')).toThrow(ArchiveError);
    expect(() => readArchive(bytes, 'x')).toThrow(message);
  };

  it('refuses absolute paths', () =>
    refuse(tarGz([{ name: '/etc/passwd', data: strToU8('x') }]), /absolute path/));
  it('refuses ..', () =>
    refuse(tarGz([{ name: 'a/../../x.nix', data: strToU8('x') }]), /leaves the project/));
  it('refuses links', () => {
    const tar = createTar([{ name: 'a/link', data: new Uint8Array() }]);
    tar[156] = '2'.charCodeAt(0); // typeflag: symbolic link
    // fix the header checksum after changing the type flag
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : tar[i];
    tar.set(strToU8(sum.toString(8).padStart(6, '0') + '\0 '), 148);
    refuse(gzipSync(tar), /link/);
  });
  it('refuses oversized archives', () => {
    const big = new Uint8Array(9 * 1024 * 1024);
    refuse(gzipSync(createTar([{ name: 'p/big.nix', data: big }])), /too large|larger/);
    refuse(zipSync({ 'p/big.nix': big }), /too large|larger/);
  });
  it('refuses what is not an archive, and truncated ones', () => {
    refuse(strToU8('hello'), /neither a \.tar\.gz nor a \.zip/);
    const bytes = buildArchive(homelab, 'tar.gz', { model });
    refuse(bytes.slice(0, bytes.length / 2), /corrupt or truncated/);
  });
  it('reads an archive made by the real tar too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbor-tar-'));
    for (const [path, text] of Object.entries(homelab)) {
      execFileSync('mkdir', ['-p', join(dir, 'p', path, '..')]);
      writeFileSync(join(dir, 'p', path), text);
    }
    execFileSync('tar', ['-czf', join(dir, 'p.tar.gz'), '-C', dir, 'p']);
    expect(readArchive(readFileSync(join(dir, 'p.tar.gz')), 'p.tar.gz')).toEqual(homelab);
  });
});
