/**
 * Names as links, in inventory files and meta.nix files: `"server"` in `roles = [ … ]` refers to
 * the role server, `lan` in `networks.lan` to the network lan, and `server = { … }` at the top of
 * inventory/roles.nix declares it. On such a name the editor's hover says what it is (its
 * description, where it is declared, which hosts use it), F12 goes to its declaration (the
 * attribute in inventory/, the dendrite's meta.nix) and Shift+F12 lists every place the project's
 * files write it. Offsets are UTF-16, lines and columns 1-based.
 */

import type { Model, ProjectFiles } from '$lib/arbor/types';
import { findName, hostsUsing, type NamedThing } from './names';
import { siteAt, sitesOf, type Site } from './scan';
import { declares, fileKind, keyNameKind, specAt, rootSpec, valueNameKind, type NameKind } from './schema';

export interface NameReference {
  kind: NameKind;
  name: string;
  start: number;
  end: number;
  /** The site declares the name (`server = { … }` in roles.nix). */
  declaration: boolean;
}

export interface FileRange {
  file: string;
  start: number;
  end: number;
}

export interface NameHover {
  markdown: string[];
  start: number;
  end: number;
}

/** The name a site of the file `path` refers to, if it is one. */
function referenceOf(path: string, site: Site): NameReference | null {
  const kind = fileKind(path);
  if (!kind) return null;
  if (site.kind === 'string') {
    if (!site.path || site.value === null || site.value === '') return null;
    const names = valueNameKind(kind, site.path);
    const listed = specAt(rootSpec(kind), site.path)?.type === 'listOf';
    if (!names || site.inList !== listed) return null;
    return { kind: names, name: site.value, start: site.start, end: site.end, declaration: false };
  }
  const names = keyNameKind(kind, site.path);
  if (!names) return null;
  const name = site.path[site.path.length - 1];
  return { kind: names, name, start: site.start, end: site.end, declaration: declares(kind, site.path) };
}

/** The name at `offset` of the file `path`. */
export function nameAt(path: string, text: string, offset: number): NameReference | null {
  if (!fileKind(path)) return null;
  const site = siteAt(text, offset);
  return site ? referenceOf(path, site) : null;
}

/** Every place of the project's files that writes the name (its declaration included). */
export function referencesTo(files: ProjectFiles, kind: NameKind, name: string): FileRange[] {
  const out: FileRange[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!fileKind(file)) continue;
    for (const site of sitesOf(text)) {
      const reference = referenceOf(file, site);
      if (reference && reference.kind === kind && reference.name === name)
        out.push({ file, start: reference.start, end: reference.end });
    }
  }
  return out;
}

/** Where the name is declared: its graph node's position (line, column 1-based; column in bytes). */
export function declarationOf(model: Model | null, reference: NameReference): NamedThing | null {
  return findName(model, reference.kind, reference.name);
}

function label(kind: NameKind): string {
  return kind === 'home' ? 'Home Manager home' : kind;
}

/** The hover over a name: what it is, where it is declared, and which hosts use it. */
export function nameHover(model: Model | null, path: string, text: string, offset: number): NameHover | null {
  const reference = nameAt(path, text, offset);
  if (!reference || !model) return null;
  const thing = declarationOf(model, reference);
  const markdown: string[] = [];
  if (!thing) {
    markdown.push(`**${label(reference.kind)}** \`${reference.name}\``, `Not defined in this project.`);
    return { markdown, start: reference.start, end: reference.end };
  }
  markdown.push(
    `**${label(reference.kind)}** \`${thing.name}\`` + (thing.description ? ` — ${thing.description}` : ''),
  );
  markdown.push(`Declared in \`${thing.file}:${thing.line}\``);
  if (reference.kind !== 'host') {
    const hosts = hostsUsing(model, reference.kind, reference.name);
    markdown.push(
      hosts.length === 0
        ? 'Used by no host.'
        : `Used by ${hosts.length === 1 ? 'host' : `${hosts.length} hosts`}: ${hosts.map((h) => `\`${h}\``).join(', ')}`,
    );
  }
  return { markdown, start: reference.start, end: reference.end };
}
