/**
 * What new things start as: the text of a file created in the Files panel, the files of a new
 * dendrite, fruit or home, and a new host or role written into the inventory. Each leaves a
 * project that had no problems without any: an empty `.nix` file does not parse (Nix has no
 * empty expression), a dendrite folder without `meta.nix` is a `missing-meta`, and a host whose
 * modules never set `system.stateVersion` warns, so each gets the smallest text that is valid
 * where it is (`test/ui/scaffold.test.ts` evaluates every one on the homelab example).
 *
 * A new inventory entry is written into the file's text, never by regenerating the file: the
 * text is scanned with the Nix lexer (comments and strings read as Nix reads them) and the entry
 * goes before the closing brace of the top-level attribute set. A file whose top level is
 * anything else (a `let`, a function, `{ … } // import ./more.nix`) is left alone, and the
 * refusal says what to add by hand.
 */

import { Lexer, type Token } from '$lib/nix';
import type { Model, ProjectFiles } from '$lib/arbor/types';

export type NewThing = 'host' | 'role' | 'dendrite' | 'fruit' | 'home';

export const NEW_THINGS: readonly NewThing[] = ['host', 'role', 'dendrite', 'fruit', 'home'];

/**
 * The `system.stateVersion` a new host's override sets: the release of Arbor's `lib`
 * (`lib.trivial.release`), the one NixOS suggests when it warns that the option is unset.
 */
export const STATE_VERSION = '26.11';

/** What the project holds, for refusing a name that is taken. */
export interface ProjectContents {
  files: ProjectFiles;
  /** Empty folders the person made. */
  folders?: readonly string[];
  /** The newest model that evaluated: hosts and roles defined outside the files scanned here. */
  model?: Model | null;
}

export type Scaffold =
  | {
      ok: true;
      /** Files to write: new ones, and the inventory file with the entry added. */
      files: ProjectFiles;
      /** The file to open, and the line to show (the new entry's, in an inventory file). */
      open: string;
      line?: number;
      /** What was done, for the notice. */
      message: string;
    }
  | { ok: false; message: string };

// --- names ------------------------------------------------------------------------------------

/** Nix keywords: not attribute names without quotes, so not names here. */
const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);

/**
 * Why `name` cannot name a host, role, fruit or home (or one component of a dendrite id), or
 * null: it must be a Nix identifier, usable unquoted in the inventory, that is also a folder
 * and host name (no `'`), and not start with `_` (Arbor ignores such paths).
 */
export function nameProblem(name: string, thing: NewThing): string | null {
  if (name === '') return `Give the ${thing} a name.`;
  const parts = thing === 'dendrite' ? name.split('/') : [name];
  for (const part of parts) {
    if (!/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(part))
      return thing === 'dendrite'
        ? `"${name}" is not a dendrite id: use letters, digits, - and _, starting with a letter (a/b for a dendrite nested in a).`
        : `"${name}" is not a valid ${thing} name: use letters, digits, - and _, starting with a letter.`;
    if (KEYWORDS.has(part)) return `"${part}" is a Nix keyword: choose another name.`;
  }
  return null;
}

// --- paths ------------------------------------------------------------------------------------

/** The folder of dendrite `id` (`a/b` is nested: `dendrites/a/dendrites/b`). */
export function dendriteFolder(id: string): string {
  return 'dendrites/' + id.split('/').join('/dendrites/');
}

/**
 * The unit a folder is, if it is one: `dendrites/<a>`, `dendrites/<a>/dendrites/<b>`, … or
 * `fruits/<name>`.
 */
export function unitOfFolder(path: string): { kind: 'dendrite' | 'fruit'; id: string } | null {
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part.startsWith('_'))) return null;
  if (parts[0] === 'fruits' && parts.length === 2) return { kind: 'fruit', id: parts[1] };
  if (parts[0] !== 'dendrites' || parts.length % 2 !== 0) return null;
  const ids: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] !== 'dendrites') return null;
    ids.push(parts[i + 1]);
  }
  return { kind: 'dendrite', id: ids.join('/') };
}

/** The innermost unit whose folder holds `path`, with the rest of the path inside it. */
function unitHolding(path: string): { kind: 'dendrite' | 'fruit'; id: string; rest: string } | null {
  const parts = path.split('/');
  for (let end = parts.length - 1; end >= 2; end--) {
    const unit = unitOfFolder(parts.slice(0, end).join('/'));
    if (unit) return { ...unit, rest: parts.slice(end).join('/') };
  }
  return null;
}

// --- file texts -------------------------------------------------------------------------------

function nixosModule(comment: string, withHost: boolean): string {
  return `# ${comment}\n{ config, lib, pkgs,${withHost ? ' host,' : ''} ... }:\n{ }\n`;
}

function homeModule(name: string): string {
  return `# The home ${name}: Home Manager configuration for every user who has it.\n{ config, pkgs, ... }:\n{ }\n`;
}

function unitMeta(kind: 'dendrite' | 'fruit' | 'home', id: string): string {
  const what = kind === 'home' ? 'a user' : 'a host';
  const comment = `# The ${kind} ${id}: what it is (shown in the graph) and what it needs (docs: inventory).`;
  return `${comment}\n{\n  description = "What ${id} gives ${what}";\n  class = "${kind === 'home' ? 'homeManager' : 'nixos'}";\n}\n`;
}

function unitModule(kind: 'dendrite' | 'fruit', id: string): string {
  return nixosModule(
    kind === 'dendrite'
      ? `The dendrite ${id}: NixOS configuration for every host that selects it.`
      : `The fruit ${id}: NixOS configuration for the hosts that run it.`,
    true,
  );
}

const INVENTORY_COMMENTS: Record<string, string> = {
  'inventory/hosts.nix': 'The machines: facts and intent, no NixOS code.',
  'inventory/users.nix': 'People: their accounts, keys and homes.',
  'inventory/roles.nix': 'Kinds of machine: what every host of the kind gets.',
  'inventory/networks.nix': 'Networks the hosts can be members of.',
  'inventory/secrets.nix': 'Who administers the secrets, and how they are kept.',
};

/**
 * The text a new file starts with, valid for where it is: a NixOS module in a dendrite, fruit or
 * host override, a Home Manager module in `homes/`, a `meta.nix` for its unit, `{ }` for any
 * other `.nix` file (an empty attribute set parses; an empty file does not), and nothing for
 * files that are not Nix.
 */
export function newFileText(path: string): string {
  if (!path.endsWith('.nix')) return '';
  const parts = path.split('/');
  const file = parts[parts.length - 1];
  if (parts.some((part) => part.startsWith('_'))) return '{ }\n';
  const unit = unitHolding(path);
  if (unit) {
    if (unit.rest === 'meta.nix') return unitMeta(unit.kind, unit.id);
    if (unit.rest === 'default.nix') return unitModule(unit.kind, unit.id);
    if (unit.rest.startsWith('leaves/'))
      return nixosModule(`Part of the ${unit.kind} ${unit.id} (every file under leaves/ is imported).`, true);
    return '{ }\n';
  }
  if (parts[0] === 'homes') {
    if (parts.length === 2) return homeModule(file.slice(0, -'.nix'.length));
    if (parts.length === 3 && file === 'default.nix') return homeModule(parts[1]);
    if (parts.length === 3 && file === 'meta.nix') return unitMeta('home', parts[1]);
    return '{ }\n';
  }
  if (parts[0] === 'hosts' && parts.length >= 3)
    return nixosModule(`Settings for ${parts[1]} alone, after its dendrites and fruits.`, false);
  if (parts[0] === 'inventory' && parts.length === 2 && INVENTORY_COMMENTS[path])
    return `# ${INVENTORY_COMMENTS[path]}\n{ }\n`;
  return '{ }\n';
}

/**
 * The files that creating `path` writes: the file with its starting text, and, for a module of
 * a dendrite or fruit that has no `meta.nix` yet, that `meta.nix` too (a unit with a module and
 * no meta is a `missing-meta`).
 */
export function newFileFiles(files: ProjectFiles, path: string): ProjectFiles {
  const created: ProjectFiles = { [path]: newFileText(path) };
  const unit = unitHolding(path);
  if (unit && (unit.rest === 'default.nix' || unit.rest.startsWith('leaves/'))) {
    const meta = `${path.slice(0, path.length - unit.rest.length)}meta.nix`;
    if (!(meta in files)) created[meta] = unitMeta(unit.kind, unit.id);
  }
  return created;
}

/**
 * The files a new folder starts with: a dendrite's or fruit's `meta.nix` and `default.nix`
 * (without them it is a `missing-meta` as soon as it holds a module); null for other folders.
 */
export function newFolderFiles(path: string): ProjectFiles | null {
  const unit = unitOfFolder(path);
  if (!unit) return null;
  return {
    [`${path}/meta.nix`]: unitMeta(unit.kind, unit.id),
    [`${path}/default.nix`]: unitModule(unit.kind, unit.id),
  };
}

// --- the inventory's top-level set ------------------------------------------------------------

const MAX_TOKENS = 500_000;

/**
 * The top-level attribute set of a Nix file, if the file is one (`{ … }` or `rec { … }`, with
 * comments around it): the offset of its closing brace and the names it binds at the top.
 * Null for anything else, or text the lexer cannot read.
 */
export function topLevelAttrs(text: string): { close: number; names: string[] } | null {
  const lexer = new Lexer(text);
  const tokens: Token[] = [];
  for (let token = lexer.next(); token.type !== 'EOF'; token = lexer.next()) {
    if (token.type === 'ERROR' || tokens.length > MAX_TOKENS) return null;
    tokens.push(token);
  }
  let i = tokens[0]?.type === 'rec' ? 1 : 0;
  if (!isChar(tokens[i], '{')) return null;
  const names: string[] = [];
  // Openers not yet closed: `{`, `${`, `(`, `[`. The top-level set is depth 1.
  const stack: string[] = ['{'];
  let bindingStart = true;
  let inherit = false;
  for (i++; i < tokens.length; i++) {
    const token = tokens[i];
    const c = token.type === 'CHAR' ? token.value : token.type === 'DOLLAR_CURLY' ? '${' : null;
    if (stack.length === 1) {
      if (c === '}') return i === tokens.length - 1 ? { close: token.start, names } : null;
      if (c === ';') {
        bindingStart = true;
        inherit = false;
        continue;
      }
      if (bindingStart) {
        bindingStart = false;
        if (token.type === 'inherit') inherit = true;
        else if (token.type === 'ID') names.push(token.value);
        else if (token.type === 'QUOTE' && tokens[i + 1]?.type === 'STR' && tokens[i + 2]?.type === 'QUOTE')
          names.push(tokens[i + 1].value);
        else if (token.type === 'QUOTE' && tokens[i + 1]?.type === 'QUOTE') names.push('');
      } else if (inherit && token.type === 'ID') names.push(token.value);
    }
    if (c === '{' || c === '${' || c === '(' || c === '[') stack.push(c);
    else if (c === '}' || c === ')' || c === ']') {
      const open = stack.pop();
      const matches = c === ')' ? open === '(' : c === ']' ? open === '[' : open === '{' || open === '${';
      if (!matches) return null;
    }
  }
  return null;
}

function isChar(token: Token | undefined, c: string): boolean {
  return token?.type === 'CHAR' && token.value === c;
}

/**
 * `text` with `name = <body>;` added at the end of its top-level attribute set (after a blank
 * line when the set is not empty), indented two spaces; null when the file is not such a set.
 */
export function addTopLevelAttr(text: string, name: string, body: string): string | null {
  const set = topLevelAttrs(text);
  if (!set) return null;
  const head = text.slice(0, set.close).replace(/\s+$/, '');
  const entry = `  ${name} = ${body.replace(/\n/g, '\n  ')};\n`;
  return `${head}${set.names.length > 0 ? '\n\n' : '\n'}${entry}${text.slice(set.close)}`;
}

// --- new things -------------------------------------------------------------------------------

function folderExists(project: ProjectContents, path: string): boolean {
  return (
    (project.folders ?? []).some((folder) => folder === path || folder.startsWith(path + '/')) ||
    Object.keys(project.files).some((file) => file.startsWith(path + '/'))
  );
}

const ENTRY_BODIES = {
  host: '{\n  roles = [ ];\n}',
  role: '{\n  dendrites = [ ];\n}',
} as const;

/** Adds a host or role to its inventory file (made when missing). */
function addInventoryEntry(project: ProjectContents, thing: 'host' | 'role', name: string): Scaffold {
  const path = thing === 'host' ? 'inventory/hosts.nix' : 'inventory/roles.nix';
  const text = project.files[path];
  const body = ENTRY_BODIES[thing];
  const known =
    thing === 'host'
      ? Object.keys(project.model?.hosts ?? {})
      : (project.model?.graph.nodes ?? []).filter((node) => node.kind === 'role').map((node) => node.name);
  const set = text === undefined ? { names: [] as string[] } : topLevelAttrs(text);
  if (known.includes(name) || set?.names.includes(name))
    return { ok: false, message: `There is already a ${thing} named ${name}.` };
  const updated = addTopLevelAttr(text ?? `# ${INVENTORY_COMMENTS[path]}\n{ }\n`, name, body);
  if (updated === null)
    return {
      ok: false,
      message: `${path} is not a plain attribute set ({ … }) that Arbor can add to, so the ${thing} ${name} was not added: add ${name} = ${body.replace(/\s+/g, ' ')}; to it yourself.`,
    };
  const files: ProjectFiles = { [path]: updated };
  // A host with no module setting system.stateVersion warns (as NixOS does): its own override sets it.
  const override = `hosts/${name}/configuration.nix`;
  if (thing === 'host' && !folderExists(project, `hosts/${name}`))
    files[override] =
      `# Settings for ${name} alone, after its dendrites and fruits.\n{ config, lib, pkgs, ... }:\n{\n  system.stateVersion = "${STATE_VERSION}";\n}\n`;
  return {
    ok: true,
    files,
    open: path,
    line: updated.slice(0, updated.lastIndexOf(`\n  ${name} = `) + 1).split('\n').length,
    message:
      thing === 'host'
        ? `Added the host ${name} to ${path}${override in files ? ` and its settings in ${override}` : ''}.`
        : `Added the role ${name} to ${path}.`,
  };
}

/**
 * The files that make a new host, role, dendrite, fruit or home named `input` in `project`, or
 * why not (a name that is not valid, one already taken, an inventory file Arbor cannot add to).
 */
export function scaffoldNew(project: ProjectContents, thing: NewThing, input: string): Scaffold {
  const name = input.trim();
  const problem = nameProblem(name, thing);
  if (problem) return { ok: false, message: problem };
  if (thing === 'host' || thing === 'role') return addInventoryEntry(project, thing, name);
  if (thing === 'home') {
    if (`homes/${name}.nix` in project.files || folderExists(project, `homes/${name}`))
      return { ok: false, message: `There is already a home named ${name}.` };
    const path = `homes/${name}/default.nix`;
    return { ok: true, files: { [path]: homeModule(name) }, open: path, message: `Added the home ${name}.` };
  }
  const folder = thing === 'dendrite' ? dendriteFolder(name) : `fruits/${name}`;
  if (folderExists(project, folder) || folder in project.files)
    return { ok: false, message: `There is already a ${thing} named ${name} (${folder}/).` };
  return {
    ok: true,
    files: newFolderFiles(folder)!,
    open: `${folder}/default.nix`,
    message: `Added the ${thing} ${name}: ${folder}/meta.nix and default.nix.`,
  };
}

/** What "New project" starts with: one host, no problems. */
export function starterFiles(): ProjectFiles {
  const scaffold = scaffoldNew({ files: {} }, 'host', 'my-host');
  return scaffold.ok ? scaffold.files : {};
}
