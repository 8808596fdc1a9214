/**
 * The virtual store of one evaluation: derivations and text files created so far, and sources
 * "copied" into the store (their store paths are computed from the NAR of the file tree, exactly
 * as Nix computes them; nothing is written anywhere).
 *
 * String context elements use Nix's own encoding: a plain store path, `=<drv>` for a derivation
 * and its whole closure, `!<output>!<drv>` for one output of a derivation.
 */

import { baseName } from '../syntax/paths';
import {
  DerivationStore,
  hashBytes,
  makeFixedOutputPath,
  makeSourcePath,
  narHash,
  type ContextElem,
  type NarNode,
} from '../store';
import { StoreOverlayFileSystem } from '../vfs/store-overlay';
import type { FileSystem } from '../vfs/types';
import { evalError, isNixError } from '../errors/nix-error';
import type { SourcePos } from './values';

export interface StoreHost {
  readonly fs: FileSystem;
  readonly storeDir: string;
  readonly options: { readWrite?: boolean; dummyStore?: boolean };
}

export class StoreState {
  readonly derivations: DerivationStore;
  private readonly copied = new Map<string, string>();
  /**
   * What `--read-write-mode` added: store path → contents. Reads of those paths see them
   * (`withAdded`), so `import "${builtins.toFile "m.nix" "…"}"` works as with a real store.
   */
  private readonly added = new Map<string, NarNode>();

  constructor(private readonly host: StoreHost) {
    this.derivations = new DerivationStore({ storeDir: host.storeDir });
  }

  /** Sources may have changed: compute their store paths again when next asked. */
  forgetCopies(): void {
    this.copied.clear();
  }

  /**
   * In `--read-write-mode` Nix really adds to the store. Ours keeps what is added in memory;
   * with `--store dummy://` it refuses, as Nix's dummy store does.
   */
  checkWritable(pos: SourcePos | null): void {
    if (this.host.options.readWrite && this.host.options.dummyStore) {
      throw evalError('store', "operation 'addToStore' is not supported by store 'dummy'", pos);
    }
  }

  /** Records a store path's contents, in `--read-write-mode` only (otherwise it is not valid). */
  add(storePath: string, node: NarNode): void {
    if (this.host.options.readWrite && !this.host.options.dummyStore) this.added.set(storePath, node);
  }

  /** `fs` with the store paths this evaluation added laid over it. */
  withAdded(fs: FileSystem): FileSystem {
    return new StoreOverlayFileSystem(fs, this.host.storeDir, this.added);
  }

  /** The store path a source path would be copied to (`"${./x}"`). */
  copyPathToStore(path: string, pos: SourcePos | null, name = baseName(path)): string {
    const key = `${name}\0${path}`;
    const cached = this.copied.get(key);
    if (cached !== undefined) return cached;
    if (this.isInStore(path)) return path;
    this.checkWritable(pos);
    const node = this.narTree(path, pos, () => true);
    const storePath = this.makeSource(name, node, pos);
    this.copied.set(key, storePath);
    return storePath;
  }

  /** Validates the syntax of a store path, with Nix's messages. */
  checkStorePath(path: string, pos: SourcePos | null): void {
    const base = path.slice(this.host.storeDir.length + 1);
    if (base.length < 33) throw evalError('store', `'${base}' is too short to be a valid store path`, pos);
    if (!/^[0-9a-df-np-sv-z]{32}-/.test(base)) {
      throw evalError('store', `store path '${base}' contains illegal base-32 character`, pos);
    }
  }

  /**
   * Nix "realises" a path's context before reading it: a derivation output would have to be built
   * first, which needs a store. Like the oracle's dummy store, we report the derivation invalid.
   */
  realiseContext(context: Iterable<string>, pos: SourcePos | null): void {
    for (const element of context) {
      const decoded = decodeContext(element);
      if (decoded.kind !== 'opaque') throw evalError('store', `path '${decoded.drvPath}' is not valid`, pos);
      if (decoded.path.endsWith('.drv')) throw evalError('store', `path '${decoded.path}' is not valid`, pos);
    }
  }

  /** A store path nobody created in this evaluation cannot be read: the store is virtual. */
  checkReadable(path: string, pos: SourcePos | null): void {
    if (this.isInStore(path) && this.host.fs.stat(path) === null) {
      const storePath = path
        .split('/')
        .slice(0, this.host.storeDir.split('/').length + 1)
        .join('/');
      throw evalError('store', `path '${storePath}' is not valid`, pos);
    }
  }

  isInStore(path: string): boolean {
    return path.startsWith(this.host.storeDir + '/');
  }

  makeSource(name: string, node: NarNode, pos: SourcePos | null): string {
    try {
      const storePath = makeSourcePath(name, narHash(node), this.host.storeDir);
      this.add(storePath, node);
      return storePath;
    } catch (error) {
      // The store names no position: the caller's is the one Nix reports.
      if (isNixError(error, 'store')) error.at(pos);
      throw error;
    }
  }

  /** A flat (non-recursive) source: the path of a single file's contents. */
  makeFlatSource(name: string, contents: Uint8Array, pos: SourcePos | null): string {
    try {
      return makeFixedOutputPath(
        name,
        'flat',
        'sha256',
        hashBytes('sha256', contents),
        [],
        this.host.storeDir,
      );
    } catch (error) {
      if (isNixError(error, 'store')) error.at(pos);
      throw error;
    }
  }

  /** The file tree at `path` as a NAR node, keeping entries for which `keep` says yes. */
  narTree(
    path: string,
    pos: SourcePos | null,
    keep: (path: string, type: 'regular' | 'directory' | 'symlink') => boolean,
    followTopSymlink = false,
  ): NarNode {
    const fs = this.host.fs;
    const visit = (p: string, top: boolean): NarNode => {
      const stat = fs.stat(p);
      if (stat === null) throw evalError('path', `path '${p}' does not exist`, null).addFrame('', pos);
      if (top && followTopSymlink && stat.type === 'symlink') {
        const target = fs.readLink(p);
        const resolved = target.startsWith('/') ? target : p.slice(0, p.lastIndexOf('/') + 1) + target;
        return visit(resolved, true);
      }
      if (stat.type === 'symlink') return { type: 'symlink', target: fs.readLink(p) };
      if (stat.type === 'regular') {
        return { type: 'regular', contents: fs.readFile(p), executable: stat.executable };
      }
      if (stat.type === 'directory') {
        const entries = new Map<string, NarNode>();
        for (const [name, type] of fs.readDirectory(p)) {
          const child = p === '/' ? '/' + name : p + '/' + name;
          const childType = type === 'unknown' ? 'regular' : type;
          if (!keep(child, childType)) continue;
          entries.set(name, visit(child, false));
        }
        return { type: 'directory', entries };
      }
      throw evalError('store', `file '${p}' has an unsupported type`, pos);
    };
    return visit(path, true);
  }
}

/** Parses one encoded context element. */
export function decodeContext(element: string): ContextElem {
  if (element.startsWith('=')) return { kind: 'drvDeep', drvPath: element.slice(1) };
  if (element.startsWith('!')) {
    const second = element.indexOf('!', 1);
    return { kind: 'built', output: element.slice(1, second), drvPath: element.slice(second + 1) };
  }
  return { kind: 'opaque', path: element };
}

export function encodeContext(element: ContextElem): string {
  if (element.kind === 'drvDeep') return '=' + element.drvPath;
  if (element.kind === 'built') return `!${element.output}!${element.drvPath}`;
  return element.path;
}
