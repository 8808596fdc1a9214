/**
 * Path arithmetic on absolute, slash-separated paths, as Nix's `canonPath` and `absPath` do it:
 * purely textual (`..` removes the previous component; no symlinks are consulted), the root is
 * `/`, and the result never ends in a slash.
 */

export function canonicalPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export function absolutePath(path: string, baseDir: string): string {
  return canonicalPath(path.startsWith('/') ? path : baseDir + '/' + path);
}

/** `dirOf` on a path: everything before the last slash, `/` for top-level entries. */
export function parentDirectory(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return '/';
  return path.slice(0, slash);
}

export function baseName(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
