// The placeholder `pkgs` (nix/lib/platform/pkgs) evaluated by Arbor's own evaluator, with a
// stand-in `lib` (the package set needs none but for pkgs.formats, which the oracle test covers
// with nixpkgs' lib). The values come from test/platform/pkgs-summary.nix; the oracle test checks
// that the real Nix computes the same summary byte for byte.

import { beforeAll, describe, expect, it } from 'vitest';
import { readGolden } from '../../scripts/gen-platform-docs';
import { evaluateOurs as evaluate } from './evaluate';

type Summary = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STORE_PATH = /^\/nix\/store\/[0-9a-df-np-sv-z]{32}-/;

describe('placeholder pkgs', () => {
  let summary: Summary;
  beforeAll(async () => {
    const run = await evaluate('import ./test/platform/pkgs-summary.nix { lib = { marker = true; }; }');
    expect(run.stderr).toBe('');
    summary = JSON.parse(run.stdout) as Summary;
  });

  it('is what the real Nix computes', async () => {
    const run = await evaluate('import ./test/platform/pkgs-summary.nix { }');
    expect(JSON.parse(run.stdout)).toEqual(readGolden('pkgs-summary.json'));
  });

  it('makes packages look like derivations', () => {
    const git = summary.git;
    expect(git).toMatchObject({
      type: 'derivation',
      __arborPlaceholder: true,
      name: 'git',
      pname: 'git',
      version: 'placeholder',
      outputs: ['out'],
      mainProgram: 'git',
      platforms: ['x86_64-linux'],
      outIsSelf: true,
      binIsSelf: true,
    });
    expect(git.storePath).toMatch(STORE_PATH);
    expect(git.storePath.endsWith('-git')).toBe(true);
    expect(git.string).toBe(git.storePath);
    expect(git.drvPath).toMatch(/^\/nix\/store\/[0-9a-df-np-sv-z]{32}-git\.drv$/);
    expect(summary.storePathShape).toBe(true);
    expect(summary.isPlaceholder).toBe(true);
  });

  it('gives each system its own store paths', () => {
    expect(summary.gitOnMac.storePath).not.toBe(summary.git.storePath);
    expect(summary.gitOnMac.platforms).toEqual(['aarch64-darwin']);
  });

  it('has package sets, nested sets and aliases of sets', () => {
    expect(summary.requests).toMatchObject({ name: 'requests', type: 'derivation' });
    expect(summary.requests.storePath).toMatch(STORE_PATH);
    expect(summary.requests312IsAnotherPath).toBe(true);
    expect(summary.zfsLatest.name).toBe('zfs');
    expect(summary.nvidia).toBe('stable');
    expect(summary.kernel).toBe('kernel');
    expect(summary.vscodeExtension).toBe('python');
    expect(summary.texlive).toBe('scheme-full');
    expect(summary.setMarker).toBe(true);
    expect(summary.pythonSetOfInterpreter).toBe(true);
    expect(summary.pythonEnv).toBe('python3-env');
  });

  it('gives shells the shellPath that types.shellPackage wants', () => {
    expect(summary.shellPath).toBe('/bin/zsh');
    expect(summary.hasShellPathGit).toBe(false);
  });

  it('returns placeholders from override, overrideAttrs and overrideDerivation', () => {
    expect(summary.overridden).toEqual({
      override: true,
      overrideAttrs: true,
      finalPrev: 'git',
      overrideDerivation: 'git',
    });
  });

  it('follows the system in stdenv and its platforms', () => {
    expect(summary.stdenv).toEqual({
      isLinux: true,
      isDarwin: false,
      isx86_64: true,
      isAarch64: false,
      host: {
        system: 'x86_64-linux',
        config: 'x86_64-unknown-linux-gnu',
        isLinux: true,
        isDarwin: false,
        isx86_64: true,
        isAarch64: false,
        efiArch: 'x64',
        linuxArch: 'x86_64',
        cpu: 'x86_64',
        kernel: 'linux',
      },
      sameBuild: true,
      name: 'stdenv-linux',
      ccName: 'gcc-wrapper',
      mac: {
        system: 'aarch64-darwin',
        config: 'aarch64-apple-darwin',
        isLinux: false,
        isDarwin: true,
        isAarch64: true,
        darwinArch: 'arm64',
        stdenvIsDarwin: true,
        processor: 'arm64',
      },
    });
    expect(summary.system).toBe('x86_64-linux');
    expect(summary.runtimeShell).toMatch(/^\/nix\/store\/[0-9a-df-np-sv-z]{32}-bash\/bin\/bash$/);
  });

  it('calls packages with arguments from the set, defaults, or placeholders', () => {
    expect(summary.callPackage).toEqual({
      name: 'hello',
      mainProgram: 'hi',
      withDocs: false,
      dependency: 'someUnknownDependency',
      overridden: true,
    });
  });

  it('names builder results after their arguments', () => {
    const b = summary.builders;
    expect(b.writeText).toMatchObject({ name: 'motd', type: 'derivation', __arborPlaceholder: true });
    expect(b.writeText.storePath).toMatch(/-motd$/);
    expect(b.writeTextOther).toBe(true);
    expect(b.writeShellScriptBin).toMatchObject({ name: 'greet', mainProgram: 'greet' });
    expect(b).toMatchObject({
      writeTextFile: 'conf',
      writeShellApplication: 'tool',
      writeScript: 's',
      writeScriptBin: 's',
      writeTextDir: 'readme',
      runCommand: 'out',
      runCommandLocal: 'local',
      symlinkJoin: 'joined',
      buildEnv: 'env',
      linkFarm: 'farm',
      fetchurl: 'file.tar.gz',
      fetchFromGitHub: 'source',
      fetchgit: 'repo',
      substituteAll: 'pkgs-summary.nix',
      makeWrapper: 'makeWrapper',
      mkDerivationFinalAttrs: '1',
      writersJSON: 'data.json',
    });
  });

  it('passes the lib through and knows only the names it lists', () => {
    expect(summary.libIsPassedThrough).toBe(true);
    expect(summary.missing).toEqual({ success: true, value: false });
  });

  it("fails on an unknown package with Nix's missing-attribute error", async () => {
    const run = await evaluate(
      '((import ./nix/lib/platform/pkgs { lib = { }; }).pkgsFor { system = "x86_64-linux"; }).surelyNotAPackageName',
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("attribute 'surelyNotAPackageName' missing");
  });
});
