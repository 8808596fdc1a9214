/**
 * Share links: the whole project in the URL's hash, so a link opens exactly the same files and
 * nothing is ever uploaded anywhere. The hash is `#project=<version>.<payload>`, where the payload
 * is the project as JSON, gzipped (fflate) and base64url-encoded. The version lets a later format
 * read old links. A link that was cut short, mangled or is of an unknown version throws a
 * `ShareError` whose message says what is wrong, so the page can refuse it and keep the work open;
 * nothing else is ever thrown. A hash that is not a share link at all is left alone
 * (share-hash.ts `wellFormedHash` only makes sure SvelteKit can decode it).
 */

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { ProjectFiles } from '$lib/arbor/types';
import { fragmentOf, isShareHash, SHARE_PARAMETER } from './share-hash';

// Recognising a link needs no decompression: share-hash.ts, which the page loads at once (this
// module and fflate load when a link is opened or made).
export { isShareHash, SHARE_PARAMETER, wellFormedHash } from './share-hash';

const VERSION = '1';

export class ShareError extends Error {}

export interface SharedProject {
  name: string | null;
  files: ProjectFiles;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new ShareError('This share link is damaged: it contains characters a share link never has.');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The hash fragment (without `#`) for a project. */
export function encodeShare(project: SharedProject): string {
  const json = JSON.stringify({ name: project.name, files: project.files });
  return `${SHARE_PARAMETER}=${VERSION}.${toBase64Url(gzipSync(strToU8(json), { level: 9, mtime: 0 }))}`;
}

function isProjectFiles(value: unknown): value is ProjectFiles {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([path, text]) =>
      typeof text === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').includes('..'),
  );
}

export function decodeShare(hash: string): SharedProject {
  const fragment = fragmentOf(hash);
  if (!isShareHash(fragment)) throw new ShareError('This link does not contain a shared project.');
  const value = fragment.slice(SHARE_PARAMETER.length + 1);
  const dot = value.indexOf('.');
  const version = dot < 0 ? '' : value.slice(0, dot);
  if (version !== VERSION) {
    throw new ShareError(
      `This share link has format version "${version}", which this playground cannot read.`,
    );
  }
  const bytes = fromBase64Url(value.slice(dot + 1));
  if (bytes.length === 0) throw new ShareError('This share link is truncated: it holds no project.');
  let json: string;
  try {
    json = strFromU8(gunzipSync(bytes));
  } catch {
    throw new ShareError('This share link is truncated or damaged: its project could not be decompressed.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ShareError('This share link is truncated or damaged: its project is incomplete.');
  }
  const record = parsed as { name?: unknown; files?: unknown };
  if (!isProjectFiles(record?.files))
    throw new ShareError('This share link is damaged: it does not hold a valid project.');
  return { name: typeof record.name === 'string' ? record.name : null, files: record.files };
}
