/** Comparing projects' files (the session's last model is reused, a shared link opens the copy it matches). */

import type { ProjectFiles } from './types';

/** Whether `a` and `b` hold the same files with the same text. */
export function sameFiles(a: ProjectFiles, b: ProjectFiles): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
