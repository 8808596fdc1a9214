/**
 * File builtins: `import`, `scopedImport`, reading files and directories, search-path lookup
 * (`<nixpkgs>` is `findFile nixPath "nixpkgs"`), and copying sources into the virtual store
 * (`path`, `filterSource`). All file access goes through the evaluator's FileSystem.
 */

import { bytesToByteString } from '../bytes';
import { callFunction } from '../eval/call';
import { evalError, isNixError } from '../errors/nix-error';
import { forceAttrs, forceBool, forceList, forceString, forceStringNoContext } from '../eval/force';
import { Scope } from '../eval/scope';
import type { EvalState } from '../eval/state';
import {
  Env,
  force,
  makeString,
  NixPath,
  NixString,
  type Lazy,
  type SourcePos,
  type Value,
} from '../eval/values';
import { absolutePath, baseName, canonicalPath } from '../syntax/paths';
import {
  fileSystemError,
  resolveSymlinks,
  type FileSystem,
  type FileSystemCode,
  type FileType,
} from '../vfs/types';
import { attrsFromEntries } from './attrs';
import { makeFixedOutputPath, parseHash } from '../store';
import { COREPKGS_DIR } from './corepkgs';
import type { BuiltinSet } from './registry';

/** coerceToPath, then what Nix does before reading: realise the context, check the store. */
export function realisePath(state: EvalState, x: Lazy, pos: SourcePos | null, frame: string): string {
  const context = new Set<string>();
  const path = coerceToPath(state, x, pos, frame, context);
  state.store.realiseContext(context, pos);
  state.store.checkReadable(path, pos);
  return path;
}

/** Nix's coerceToPath: a path, or a string holding an absolute path. */
export function coerceToPath(
  state: EvalState,
  x: Lazy,
  pos: SourcePos | null,
  frame: string,
  context = new Set<string>(),
): string {
  const value = force(x, pos);
  if (value instanceof NixPath) return value.path;
  const text = state.coercer.coerce(value, pos, { coerceMore: false, copyToStore: false }, context, frame);
  if (text === '' || text[0] !== '/') {
    throw evalError('path', `string '${text}' doesn't represent an absolute path`, null).addFrame(frame, pos);
  }
  return canonicalPath(text);
}

/** The strerror text Nix puts after "opening file '…': ". */
const REASONS: Record<Exclude<FileSystemCode, 'ELOOP' | 'ENAMETOOLONG' | 'EIO'>, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
};

/**
 * A file system error as Nix words it when reading. `requested` is the path the builtin was
 * given: Nix names it in a symlink loop found while reading (`import` names the looping ancestor
 * instead). Anything that is not a file system error passes through.
 */
function fileError(error: unknown, pos: SourcePos | null, requested?: string): never {
  if (!isNixError(error, 'file-system')) throw error;
  const { code, path } = error.detail;
  // A name too long, an I/O error: Nix's whole message already, without a position.
  if (code === 'ENAMETOOLONG' || code === 'EIO') throw error;
  if (code === 'ELOOP') {
    // A loop in the last component (resolveSymlinks) has Nix's message already; one further up
    // is reported by the OS.
    if (error.message.startsWith('too many symbolic links')) throw error;
    throw fileSystemError(code, path, `infinite symlink recursion in path '${requested ?? path}'`);
  }
  throw fileSystemError(code, path, `opening file '${path}': ${REASONS[code]}`).at(pos);
}

function typeName(type: FileType): string {
  return type;
}

export function register(set: BuiltinSet): void {
  const state = set.state;
  // The state's file system can be replaced between evaluations (EvalState.resetFiles): always
  // read it at call time.
  const fs: FileSystem = {
    stat: (path) => state.fs.stat(path),
    readFile: (path) => state.fs.readFile(path),
    readDirectory: (path) => state.fs.readDirectory(path),
    readLink: (path) => state.fs.readLink(path),
  };

  const requireExists = (path: string, pos: SourcePos | null) => {
    const resolved = (() => {
      try {
        return resolveSymlinks(fs, path);
      } catch (error) {
        return fileError(error, pos);
      }
    })();
    if (fs.stat(resolved) === null) throw evalError('path', `path '${path}' does not exist`, pos);
    return resolved;
  };

  set.fn('import', 1, ([x], call) => {
    const path = realisePath(
      state,
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.import',
    );
    requireExists(path, call.pos);
    return state.evalFile(path);
  });
  set.fn('scopedImport', 2, ([scopeArg, x], call) => {
    const scopeAttrs = forceAttrs(
      scopeArg,
      call.pos,
      'while evaluating the first argument passed to builtins.scopedImport',
    );
    const path = realisePath(
      state,
      x,
      call.pos,
      'while evaluating the second argument passed to builtins.scopedImport',
    );
    requireExists(path, call.pos);
    const file = state.parseFile(state.resolveImportPath(path));
    const names = [...scopeAttrs.map.keys()];
    const scope = Scope.fromNames(state.baseScope, names);
    const env = new Env(
      state.baseEnv,
      names.map((name) => scopeAttrs.map.get(name)!.value),
    );
    return state.evalParsed(file, scope, env);
  });
  set.fn('readFile', 1, ([x], call) => {
    const path = realisePath(
      state,
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.readFile',
    );
    try {
      return bytesToByteString(fs.readFile(path));
    } catch (error) {
      return fileError(error, call.pos, path);
    }
  });
  set.fn('readDir', 1, ([x], call) => {
    const path = realisePath(
      state,
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.readDir',
    );
    const resolved = requireExists(path, call.pos);
    let entries: Array<[string, FileType]>;
    try {
      entries = fs.readDirectory(resolved);
    } catch (error) {
      return fileError(error, call.pos, path);
    }
    return attrsFromEntries(entries.map(([name, type]): [string, Lazy] => [name, typeName(type)]));
  });
  set.fn('readFileType', 1, ([x], call) => {
    const path = realisePath(
      state,
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.readFileType',
    );
    const stat = fs.stat(path);
    if (stat === null) throw evalError('path', `path '${path}' does not exist`, null);
    return stat.type;
  });
  set.fn('pathExists', 1, ([x], call) => {
    // A trailing `/` or `/.` asks for a directory, following links all the way; otherwise only
    // the ancestors are resolved (the OS does that) and the last component is lstat'ed, so a
    // dangling symlink exists.
    const value = force(x, call.pos);
    const mustBeDirectory =
      (typeof value === 'string' || value instanceof NixString) &&
      /\/\.?$/.test(typeof value === 'string' ? value : value.value);
    const path = coerceToPath(
      state,
      value,
      call.pos,
      'while evaluating the first argument passed to builtins.pathExists',
    );
    try {
      if (!mustBeDirectory) return fs.stat(path) !== null;
      return fs.stat(resolveSymlinks(fs, path))?.type === 'directory';
    } catch (error) {
      // A name too long, a symlink loop: errors in Nix, not a missing path.
      if (isNixError(error, 'file-system') && error.detail.code === 'ENAMETOOLONG') throw error;
      if (isNixError(error, 'file-system') && error.detail.code === 'ELOOP')
        throw evalError('path', `infinite symlink recursion in path '${path}'`, null);
      return false;
    }
  });
  set.fn('toPath', 1, ([x], call) => {
    const context = new Set<string>();
    return makeString(
      coerceToPath(
        state,
        x,
        call.pos,
        'while evaluating the first argument passed to builtins.toPath',
        context,
      ),
      context,
    );
  });
  set.fn('findFile', 2, ([searchPathArg, nameArg], call) => {
    const entries = forceList(
      searchPathArg,
      call.pos,
      'while evaluating the first argument passed to builtins.findFile',
    );
    const name = forceStringNoContext(
      nameArg,
      call.pos,
      'while evaluating the second argument passed to builtins.findFile',
    );
    for (const entry of entries) {
      const attrs = forceAttrs(
        entry,
        call.pos,
        'while evaluating an element of the list passed to builtins.findFile',
      );
      const prefixAttr = attrs.map.get('prefix');
      const prefix = prefixAttr ? forceString(prefixAttr.value, call.pos) : '';
      const pathAttr = attrs.map.get('path');
      if (pathAttr === undefined) throw evalError('missing-attribute', "attribute 'path' missing", null);
      const base = state.coercer.coerce(
        pathAttr.value,
        call.pos,
        { coerceMore: false, copyToStore: false },
        new Set(),
        'while evaluating the `path` attribute of an element of the list passed to builtins.findFile',
      );
      let suffix: string;
      if (prefix === '') suffix = '/' + name;
      else if (name === prefix) suffix = '';
      else if (name.startsWith(prefix + '/')) suffix = name.slice(prefix.length);
      else continue;
      if (/^[a-z]+(\+[a-z]+)?:\/\//.test(base)) continue;
      const candidate = absolutePath(base + suffix, state.options.cwd ?? '/');
      if (fs.stat(candidate) !== null) return new NixPath(candidate);
    }
    // Nix's own files: `<nix/fetchurl.nix>`.
    if (name.startsWith('nix/')) {
      const candidate = `${COREPKGS_DIR}/${name.slice(4)}`;
      if (fs.stat(candidate) !== null) return new NixPath(candidate);
    }
    // Nix throws this as a ThrownError, so `tryEval <missing>` catches it.
    throw evalError(
      'throw',
      `file '${name}' was not found in the Nix search path (add it using $NIX_PATH or -I)`,
      null,
    );
  });
  set.fn('storePath', 1, ([x], call) => {
    const context = new Set<string>();
    const path = coerceToPath(
      state,
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.storePath',
      context,
    );
    if (!state.store.isInStore(path))
      throw evalError('store', `path '${path}' is not in the Nix store`, null);
    // The path itself is returned; its context is the store path it lies in.
    const storePath = path
      .split('/')
      .slice(0, state.storeDir.split('/').length + 1)
      .join('/');
    state.store.checkStorePath(storePath, null);
    return new NixString(path, new Set([...context, storePath]));
  });

  const copyFiltered = (
    path: string,
    name: string,
    filter: Value | null,
    recursive: boolean,
    pos: SourcePos | null,
  ): string => {
    requireExists(path, pos);
    const keep = (child: string, type: string) =>
      filter === null ||
      forceBool(
        callFunction(filter, [child, type], pos),
        pos,
        'while evaluating the return value of the path filter function',
      );
    const node = state.store.narTree(path, pos, keep, true);
    if (!recursive) {
      if (node.type !== 'regular')
        throw evalError(
          'path',
          `cannot import path '${path}' with recursive = false: it is not a regular file`,
          pos,
        );
      return state.store.makeFlatSource(name, node.contents, pos);
    }
    return state.store.makeSource(name, node, pos);
  };

  set.fn('path', 1, ([x], call) => {
    const args = forceAttrs(x, call.pos, 'while evaluating the argument passed to builtins.path');
    let path: string | null = null;
    let name: string | null = null;
    let filter: Value | null = null;
    let recursive = true;
    let expected: string | null = null;
    for (const [key, attr] of args.map) {
      if (key === 'path')
        path = coerceToPath(
          state,
          attr.value,
          attr.pos ?? call.pos,
          "while evaluating the 'path' attribute passed to 'builtins.path'",
        );
      else if (key === 'name')
        name = forceStringNoContext(
          attr.value,
          attr.pos ?? call.pos,
          'while evaluating the `name` attribute passed to builtins.path',
        );
      else if (key === 'filter') filter = force(attr.value, call.pos);
      else if (key === 'recursive')
        recursive = forceBool(
          attr.value,
          attr.pos ?? call.pos,
          'while evaluating the `recursive` attribute passed to builtins.path',
        );
      else if (key === 'sha256')
        expected = forceStringNoContext(
          attr.value,
          attr.pos ?? call.pos,
          'while evaluating the `sha256` attribute passed to builtins.path',
        );
      else
        throw evalError(
          'invalid-argument',
          `unsupported argument '${key}' to 'builtins.path'`,
          attr.pos ?? call.pos,
        );
    }
    if (path === null)
      throw evalError(
        'missing-attribute',
        "missing required 'path' attribute in the first argument to builtins.path",
        null,
      );
    const storePath = copyFiltered(path, name ?? baseName(path), filter, recursive, call.pos);
    if (expected !== null) {
      // The expected hash pins the contents: a fixed-output path with that hash must be this one.
      const { hash } = parseHash(expected, 'sha256');
      const wanted = recursive
        ? makeFixedOutputPath(name ?? baseName(path), 'recursive', 'sha256', hash, [], state.storeDir)
        : makeFixedOutputPath(name ?? baseName(path), 'flat', 'sha256', hash, [], state.storeDir);
      if (wanted !== storePath) {
        throw evalError(
          'store',
          `store path mismatch in (possibly filtered) path added from '${path}'`,
          null,
        );
      }
    }
    return new NixString(storePath, new Set([storePath]));
  });
  set.fn('filterSource', 2, ([f, x], call) => {
    const path = coerceToPath(
      state,
      x,
      call.pos,
      'while evaluating the second argument (the path to filter) passed to builtins.filterSource',
    );
    const filter = force(f, call.pos);
    const storePath = copyFiltered(path, baseName(path), filter, true, call.pos);
    return new NixString(storePath, new Set([storePath]));
  });
}
