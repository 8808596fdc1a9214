/**
 * The session API's types: what `Session.evaluate` takes (a project as a map of files) and what it
 * returns (the assembled model of docs/model.md, every diagnostic, timings). The worker, the CLI
 * and the tests all use these; they cross the worker boundary as plain data.
 */

import type { DiagnosticCode } from './codes';

/** A project: path relative to its root (`inventory/hosts.nix`) → contents. */
export type ProjectFiles = Record<string, string>;

export interface Position {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One `while …` frame of an evaluation error. */
export interface TraceFrame {
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
}

export interface Diagnostic extends Position {
  /** One of the registry's codes (codes.ts, nix/lib/validation/codes.json). */
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  host: string | null;
  hint: string | null;
  /**
   * For evaluation errors (`eval-error`, `module-error`): Nix's `while …` frames, innermost
   * first, each with its position when it has one (project-relative, or `lib/…` for Arbor's
   * library), as `nix-instantiate --show-trace` lists them.
   */
  trace?: TraceFrame[];
  /** Other places the diagnostic is about (the other conflicting definitions, where a value was first forced). */
  related?: Array<Position & { message: string }>;
}

/**
 * A value as the Config tab shows it: JSON-like data, with functions, placeholder packages,
 * paths and values that failed marked by a `$arbor` object.
 */
export type DisplayValue =
  | null
  | boolean
  | number
  | string
  | DisplayValue[]
  | { [name: string]: DisplayValue }
  | { $arbor: 'function' | 'placeholder' | 'derivation' | 'path' | 'error' | 'truncated'; text: string };

/** One definition of an option: where it is written, with what priority, and its value. */
export interface OptionDefinition {
  file: string;
  line: number | null;
  column: number | null;
  /** The module it comes from: its file relative to the project, or `arbor:host:<h>` etc. */
  module: string;
  /** mkOverride priority: 100 plain, 1000 mkDefault, 1500 an option default, 50 mkForce. */
  priority: number;
  value: DisplayValue;
}

/** An option path on one host: its final value, its definitions, and its declaration. */
export interface OptionInfo {
  /** As users write it: `services.openssh.ports`. */
  path: string;
  /** The same path as its attribute names: `["services", "openssh", "ports"]`. */
  loc: string[];
  /** Declared by Arbor's platform or the project's own modules; false for freeform paths. */
  declared: boolean;
  declaration: {
    type: string;
    default: DisplayValue | undefined;
    description: string | null;
    file: string | null;
  } | null;
  value: DisplayValue;
  definitions: OptionDefinition[];
  /** Set when evaluating the value failed (the diagnostic says why). */
  error: string | null;
}

export interface HostConfiguration {
  /** `nas`, or `alice@nas` for a Home Manager configuration. */
  name: string;
  kind: 'host' | 'home';
  options: OptionInfo[];
  /** module-error, option-conflict, option-type, … found on this host. */
  diagnostics: Diagnostic[];
  evalMs: number;
}

export interface ModuleEntry {
  id: string;
  kind: 'dendrite' | 'leaf' | 'fruit' | 'home' | 'override' | 'arbor';
  file: string;
  reason: string;
}

export interface Selected {
  id: string;
  reasons: string[];
}

export interface Host extends Position {
  name: string;
  system: string;
  class: 'nixos' | 'darwin';
  description: string | null;
  roles: string[];
  users: string[];
  networks: Record<string, { address: string | null; interface: string | null; kind: string | null }>;
  facts: unknown;
  ports: Record<string, unknown>;
  /** Public keys (v2): the OpenSSH host key and/or an age recipient. */
  keys: { ssh: string | null; age: string | null };
  deploy: null | {
    tools: Array<'colmena' | 'deploy-rs' | 'comin'>;
    /** deploy-rs' deployChecks for this host (opt-in). */
    checks: boolean;
    comin: { url: string | null; branch: string } | null;
    network: string | null;
    targetHost: string | null;
    targetUser: string;
    sshPort: number | null;
    tags: string[];
    buildOnTarget: boolean;
  };
  bootstrap: null | {
    installer: 'nixos-anywhere';
    disko: string | null;
    network: string | null;
    targetHost: string;
    command: string;
  };
  dendrites: Selected[];
  fruits: Selected[];
  modules: ModuleEntry[];
  homes: string[];
}

export interface Home {
  user: string;
  host: string;
  system: string;
  class: 'nixos' | 'darwin';
  homes: Selected[];
  modules: ModuleEntry[];
}

export type NodeKind =
  'host' | 'role' | 'user' | 'network' | 'dendrite' | 'fruit' | 'home' | 'override' | 'secret';
export type EdgeType =
  | 'has-role'
  | 'selects'
  | 'requires'
  | 'conflicts'
  | 'member-of'
  | 'uses-home'
  | 'overrides'
  | 'needs-secret';

export interface GraphNode extends Position {
  id: string;
  kind: NodeKind;
  name: string;
  description: string | null;
  class: string | null;
}

export interface GraphEdge extends Position {
  from: string;
  to: string;
  type: EdgeType;
}

export interface Model {
  hosts: Record<string, Host>;
  homes: Record<string, Home>;
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  diagnostics: Diagnostic[];
  outputs: Record<string, unknown>;
  secrets: SecretsModel;
}

/** A secret a host needs (docs/model.md, "Secrets"). */
export interface HostSecret {
  name: string;
  description: string | null;
  owner: string | null;
  group: string | null;
  mode: string;
  shared: boolean;
  /** `dendrite <id>` or `fruit <id>`, and where its meta.nix declares the secret. */
  declaredBy: string;
  declaredIn: string;
  line: number;
  column: number;
  /** Where the value lives: secrets/<host>.yaml (sops) or secrets/<host>/<name>.age (agenix). */
  file: string;
  /** The sops key (the name, `/` nesting); null for agenix. */
  key: string | null;
  /** The file exists and holds the key. */
  present: boolean;
  /** Who must be able to decrypt it: `host:<h>`, `user:<admin>`. */
  readers: string[];
}

export interface SecretsFile {
  host: string | null;
  /** The user of a home secrets file (secrets/home/<user>…), else null. */
  user: string | null;
  shared: boolean;
  secrets: string[];
  readers: string[];
  exists: boolean;
  /** sops: whether the file has sops metadata, and the recipients written in it (null for agenix). */
  encrypted: boolean | null;
  recipients: string[] | null;
}

export interface SecretsModel {
  backend: 'sops' | 'agenix' | null;
  admins: string[];
  /** The generated .sops.yaml or secrets/secrets.nix; `current` when the project's copy equals it. */
  rules: { file: string; text: string; exists: boolean; current: boolean } | null;
  hosts: Record<string, HostSecret[]>;
  /** The secrets of Home Manager configurations, by `user@host`. */
  homes: Record<string, HostSecret[]>;
  files: Record<string, SecretsFile>;
  recipients: Record<
    string,
    {
      kind: 'host' | 'user';
      name: string;
      recipient: string | null;
      source: string | null;
      problem: string | null;
    }
  >;
}

export interface ProjectResult {
  /** The model; null when the library could not run (e.g. the inventory does not parse). */
  model: Model | null;
  /** Everything wrong, sorted by file, line, column: the library's, plus parse and eval errors. */
  diagnostics: Diagnostic[];
  /** The hosts whose modules were evaluated (see `EvaluateOptions.modules`), by name. */
  configurations: Record<string, HostConfiguration>;
  timing: { parseMs: number; evalMs: number; modulesMs: number; totalMs: number };
}
