/**
 * The downloadable flake (docs/playground.md, "Sharing, archives, projects"): the user's files plus what
 * makes them a flake — a thin `flake.nix` naming only the inputs the project uses,
 * `modules/arbor.nix`, Arbor's library in `lib/`, and a README with the commands for this fleet.
 * Files the project already has are never replaced.
 *
 * Reading an archive back is the inverse: the generated files (those identical to what we would
 * generate) are dropped again, so a project that goes out and comes back in is the same project,
 * byte for byte. Hostile archives are refused: absolute paths, `..`, links, too many or too large
 * entries. tar comes from nanotar, gzip and zip from fflate; entries are sorted and timestamps
 * fixed, so the same project always gives the same bytes.
 */

import { gunzipSync, gzipSync, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createTar, parseTar } from 'nanotar';
import { LIBRARY_FILES, TEMPLATE_FILES } from './generated/nix-files';
import type { Model, ProjectFiles } from './types';

export type ArchiveFormat = 'tar.gz' | 'zip';

export class ArchiveError extends Error {}

export const ARCHIVE_LIMITS = {
  /** Total size of all files after decompression. */
  totalBytes: 32 * 1024 * 1024,
  fileBytes: 8 * 1024 * 1024,
  entries: 5000,
};

/** 2000-01-01T00:00:00Z: a fixed timestamp keeps archives reproducible. */
const FIXED_MTIME = Date.UTC(2000, 0, 1);

interface FlakeInput {
  name: string;
  url: string;
  follows: boolean;
}

const INPUTS: Record<string, FlakeInput> = {
  nixpkgs: { name: 'nixpkgs', url: 'github:NixOS/nixpkgs/nixos-unstable', follows: false },
  'flake-parts': { name: 'flake-parts', url: 'github:hercules-ci/flake-parts', follows: false },
  'import-tree': { name: 'import-tree', url: 'github:vic/import-tree', follows: false },
  'nix-darwin': { name: 'nix-darwin', url: 'github:nix-darwin/nix-darwin', follows: true },
  'home-manager': { name: 'home-manager', url: 'github:nix-community/home-manager', follows: true },
  // Colmena is developed at nix-community/colmena now (docs/ecosystem-notes.md).
  colmena: { name: 'colmena', url: 'github:nix-community/colmena', follows: true },
  'deploy-rs': { name: 'deploy-rs', url: 'github:serokell/deploy-rs', follows: true },
  disko: { name: 'disko', url: 'github:nix-community/disko', follows: true },
  'sops-nix': { name: 'sops-nix', url: 'github:Mic92/sops-nix', follows: true },
  agenix: { name: 'agenix', url: 'github:ryantm/agenix', follows: true },
  comin: { name: 'comin', url: 'github:nlewo/comin', follows: true },
};

/** The inputs a project needs, from its model (all of them when there is no model). */
export function usedInputs(model: Model | null): string[] {
  if (model === null) return Object.keys(INPUTS);
  const used = ['nixpkgs', 'flake-parts', 'import-tree'];
  const hosts = Object.values(model.hosts);
  if (hosts.some((h) => h.class === 'darwin')) used.push('nix-darwin');
  if (Object.keys(model.homes).length > 0) used.push('home-manager');
  if (hosts.some((h) => h.deploy?.tools.includes('colmena'))) used.push('colmena');
  if (hosts.some((h) => h.deploy?.tools.includes('deploy-rs'))) used.push('deploy-rs');
  if (hosts.some((h) => h.bootstrap?.disko)) used.push('disko');
  // The secrets backend's input only when some host needs a secret.
  const secrets = model.secrets;
  if (secrets?.backend && Object.keys(secrets.hosts).length + Object.keys(secrets.homes ?? {}).length > 0)
    used.push(secrets.backend === 'sops' ? 'sops-nix' : 'agenix');
  if (hosts.some((h) => h.deploy?.tools.includes('comin'))) used.push('comin');
  return used;
}

export function generateFlake(model: Model | null): string {
  return generateFlakeFromInputs(usedInputs(model));
}

function hostCommands(model: Model): string {
  const rows: string[] = [];
  for (const host of Object.values(model.hosts)) {
    const name = host.name;
    if (host.class === 'darwin') rows.push(`| ${name} | \`sudo darwin-rebuild switch --flake .#${name}\` |`);
    else rows.push(`| ${name} | \`nixos-rebuild switch --flake .#${name}\` |`);
    if (host.deploy?.tools.includes('deploy-rs')) rows.push(`| ${name} | \`deploy .#${name}\` |`);
    if (host.deploy?.tools.includes('colmena')) rows.push(`| ${name} | \`colmena apply --on ${name}\` |`);
    if (host.bootstrap) rows.push(`| ${name} | \`${host.bootstrap.command}\` |`);
  }
  for (const key of Object.keys(model.homes))
    rows.push(`| ${key} | \`home-manager switch --flake .#${key}\` |`);
  if (rows.length === 0) return '';
  return ['', '## This fleet', '', '| target | command |', '| --- | --- |', ...rows, ''].join('\n');
}

export function generateReadme(model: Model | null): string {
  return TEMPLATE_FILES['README.md'] + (model ? hostCommands(model) : '');
}

/**
 * Every file the archive adds to a project, by path: also the secrets rules (.sops.yaml or
 * secrets/secrets.nix) when the project has a backend. A project that already has its rules
 * keeps them (`arbor check` warns when they are stale); rules the archive added stay in the
 * project when it is imported back.
 */
export function generatedFiles(model: Model | null): ProjectFiles {
  const files: ProjectFiles = {
    'flake.nix': generateFlake(model),
    'modules/arbor.nix': TEMPLATE_FILES['modules/arbor.nix'],
    'README.md': generateReadme(model),
  };
  const rules = model?.secrets?.rules;
  if (rules) files[rules.file] = rules.text;
  for (const [path, text] of Object.entries(LIBRARY_FILES)) files[`lib/${path}`] = text;
  return files;
}

/** The project plus the generated files it does not already have. */
export function flakeFiles(files: ProjectFiles, model: Model | null): ProjectFiles {
  const out: ProjectFiles = { ...generatedFiles(model) };
  for (const [path, text] of Object.entries(files)) out[path] = text;
  return out;
}

export function buildArchive(
  files: ProjectFiles,
  format: ArchiveFormat,
  options: { model?: Model | null; root?: string } = {},
): Uint8Array {
  const all = flakeFiles(files, options.model ?? null);
  const root = options.root ?? 'arbor-flake';
  const paths = Object.keys(all).sort();
  if (format === 'zip') {
    const entries: Zippable = {};
    for (const path of paths) entries[`${root}/${path}`] = [strToU8(all[path]), { mtime: FIXED_MTIME }];
    return zipSync(entries, { level: 6 });
  }
  const tar = createTar(
    paths.map((path) => ({
      name: `${root}/${path}`,
      data: strToU8(all[path]),
      attrs: { mode: '644', mtime: FIXED_MTIME, uid: 0, gid: 0, user: 'root', group: 'root' },
    })),
  );
  return gzipSync(tar, { level: 9, mtime: FIXED_MTIME });
}

function checkPath(name: string): string {
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
    throw new ArchiveError(`the archive contains an absolute path: ${name}`);
  const parts = name.split(/[\\/]/);
  if (parts.includes('..'))
    throw new ArchiveError(`the archive contains a path that leaves the project ('..'): ${name}`);
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

interface RawEntry {
  path: string;
  data: Uint8Array;
}

function readTar(bytes: Uint8Array): RawEntry[] {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(bytes);
  } catch {
    throw new ArchiveError('the file is not a valid .tar.gz archive (gzip data is corrupt or truncated)');
  }
  if (tar.length > ARCHIVE_LIMITS.totalBytes)
    throw new ArchiveError(
      `the archive is larger than ${ARCHIVE_LIMITS.totalBytes / 1024 / 1024} MB once unpacked`,
    );
  checkRawTarNames(tar);
  const items = parseTar(tar);
  const out: RawEntry[] = [];
  for (const item of items) {
    if (item.type === 'symbolicLink' || item.type === 'hardLink') {
      throw new ArchiveError(`the archive contains a link, which a project cannot hold: ${item.name}`);
    }
    if (item.type === 'directory' || item.type === 'globalExtendedHeader' || item.type === 'extendedHeader')
      continue;
    if (item.type !== undefined && item.type !== 'file' && item.type !== 'contiguousFile') {
      throw new ArchiveError(`the archive contains a special file (${item.type}): ${item.name}`);
    }
    out.push({ path: checkPath(item.name), data: item.data ?? new Uint8Array() });
  }
  return out;
}

/**
 * nanotar normalises names (drops a leading `/`, resolves `..`), which would hide a hostile
 * archive; so the raw names in the headers (and PAX `path` records) are checked first.
 */
function checkRawTarNames(tar: Uint8Array): void {
  const text = (from: number, to: number) => {
    let end = from;
    while (end < to && tar[end] !== 0) end++;
    return strFromU8(tar.subarray(from, end));
  };
  for (let offset = 0; offset + 512 <= tar.length;) {
    if (tar[offset] === 0) break;
    const size = parseInt(text(offset + 124, offset + 136).trim() || '0', 8);
    const type = String.fromCharCode(tar[offset + 156]);
    const prefix = text(offset + 257, offset + 262) === 'ustar' ? text(offset + 345, offset + 500) : '';
    const name = prefix ? `${prefix}/${text(offset, offset + 100)}` : text(offset, offset + 100);
    if (type === '1' || type === '2')
      throw new ArchiveError(`the archive contains a link, which a project cannot hold: ${name}`);
    checkPath(name);
    if (type === 'x' || type === 'L') {
      const data = text(offset + 512, offset + 512 + size);
      const path = type === 'L' ? data : /(?:^|\n)\d+ path=([^\n]*)/.exec(data)?.[1];
      if (path) checkPath(path);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

function readZip(bytes: Uint8Array): RawEntry[] {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > ARCHIVE_LIMITS.fileBytes)
          throw new ArchiveError(`the file ${file.name} in the archive is too large`);
        total += file.originalSize;
        if (total > ARCHIVE_LIMITS.totalBytes)
          throw new ArchiveError(
            `the archive is larger than ${ARCHIVE_LIMITS.totalBytes / 1024 / 1024} MB once unpacked`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError('the file is not a valid .zip archive (it is corrupt or truncated)');
  }
  if (hasZipSymlink(bytes))
    throw new ArchiveError('the archive contains a link, which a project cannot hold');
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ path: checkPath(name), data }));
}

/** Zip marks symlinks in the central directory's external attributes (Unix mode 0o120000). */
function hasZipSymlink(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const madeBy = view.getUint8(i + 5);
    const external = view.getUint32(i + 38, true);
    if (madeBy === 3 && ((external >>> 16) & 0o170000) === 0o120000) return true;
    i += 45;
  }
  return false;
}

/**
 * A project from an archive made by `buildArchive` (or by hand): the single top-level folder is
 * taken off, and files identical to the generated ones are dropped.
 */
export function readArchive(bytes: Uint8Array, fileName = ''): ProjectFiles {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isGzip && !isZip) {
    throw new ArchiveError(`${fileName || 'the file'} is neither a .tar.gz nor a .zip archive`);
  }
  const entries = isGzip ? readTar(bytes) : readZip(bytes);
  if (entries.length > ARCHIVE_LIMITS.entries)
    throw new ArchiveError(`the archive has more than ${ARCHIVE_LIMITS.entries} files`);
  let total = 0;
  for (const entry of entries) {
    if (entry.data.length > ARCHIVE_LIMITS.fileBytes)
      throw new ArchiveError(`the file ${entry.path} in the archive is too large`);
    total += entry.data.length;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) throw new ArchiveError('the archive is too large');
  const tops = new Set(entries.map((e) => e.path.split('/')[0]));
  const strip = tops.size === 1 && entries.every((e) => e.path.includes('/'));
  const files: ProjectFiles = {};
  for (const entry of entries) {
    const path = strip ? entry.path.slice(entry.path.indexOf('/') + 1) : entry.path;
    files[path] = strFromU8(entry.data);
  }
  return withoutGenerated(files);
}

/** Drops the files a download adds, when they are exactly what we would add to this project. */
export function withoutGenerated(files: ProjectFiles): ProjectFiles {
  const user: ProjectFiles = {};
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith('lib/') && LIBRARY_FILES[path.slice(4)] === text) continue;
    if (path === 'modules/arbor.nix' && TEMPLATE_FILES['modules/arbor.nix'] === text) continue;
    user[path] = text;
  }
  // flake.nix and README.md depend on the model; compare against every variant we could have made.
  if (user['flake.nix'] !== undefined && isGeneratedFlake(user['flake.nix'])) delete user['flake.nix'];
  if (user['README.md'] !== undefined && user['README.md'].startsWith(TEMPLATE_FILES['README.md'])) {
    const rest = user['README.md'].slice(TEMPLATE_FILES['README.md'].length);
    if (rest === '' || rest.startsWith('\n## This fleet\n')) delete user['README.md'];
  }
  return user;
}

/** Whether `text` is a flake.nix we generate, for any combination of optional inputs. */
function isGeneratedFlake(text: string): boolean {
  const names = Object.keys(INPUTS);
  const always = names.slice(0, 3);
  const optional = names.slice(3);
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    const chosen = [...always, ...optional.filter((_, i) => mask & (1 << i))];
    if (generateFlakeFromInputs(chosen) === text) return true;
  }
  return false;
}

export function generateFlakeFromInputs(inputs: string[]): string {
  const lines = ['{', '  description = "A NixOS fleet assembled by Arbor";', '', '  inputs = {'];
  for (const name of inputs) {
    const input = INPUTS[name];
    if (!input.follows) lines.push(`    ${name}.url = "${input.url}";`);
    else
      lines.push(
        `    ${name} = {`,
        `      url = "${input.url}";`,
        '      inputs.nixpkgs.follows = "nixpkgs";',
        '    };',
      );
  }
  lines.push(
    '  };',
    '',
    '  outputs =',
    '    inputs@{ flake-parts, ... }: flake-parts.lib.mkFlake { inherit inputs; } (inputs.import-tree ./modules);',
    '}',
    '',
  );
  return lines.join('\n');
}
