/**
 * What the page needs of share links before any is opened: whether a hash holds one, and the hash
 * made safe for SvelteKit's start-up. No decompression here (share.ts, loaded when a link is
 * opened or made, has it), so the page's first download does not carry fflate.
 */

export const SHARE_PARAMETER = 'project';

/**
 * The same hash, made safe for `decodeURIComponent` (which SvelteKit applies to the hash when the
 * page starts, for scrolling and focus): a `%` that does not begin valid percent-encoded UTF-8
 * is written `%25`, so decoding gives back exactly the text that was typed. Any other hash is
 * returned unchanged.
 */
export function wellFormedHash(hash: string): string {
  if (decoded(hash) !== null) return hash;
  return hash.replace(/(?:%[0-9A-Fa-f]{2})+|%/g, (run) =>
    run.length > 1 && decoded(run) !== null ? run : run.replace(/%/g, '%25'),
  );
}

/** The decoded text, or null. (Its result is used: a minifier drops a call it thinks is pure.) */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Whether a hash fragment (with or without `#`) carries a shared project at all. */
export function isShareHash(hash: string): boolean {
  return fragmentOf(hash).startsWith(`${SHARE_PARAMETER}=`);
}

/** The fragment without `#`; a link whose `=` was percent-encoded on the way is read as well. */
export function fragmentOf(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  return fragment.startsWith(`${SHARE_PARAMETER}%3D`) || fragment.startsWith(`${SHARE_PARAMETER}%3d`)
    ? `${SHARE_PARAMETER}=` + fragment.slice(SHARE_PARAMETER.length + 3)
    : fragment;
}
