/**
 * Client hooks. `init` runs before SvelteKit hydrates the page and reads the URL: it makes the
 * hash safe to decode (share-hash.ts `wellFormedHash`), so a hand-typed or mangled hash such as
 * `#garbage%%%notalink` cannot throw `URIError: URI malformed` inside SvelteKit's start-up.
 */

import type { ClientInit } from '@sveltejs/kit';
import { wellFormedHash } from '$lib/ui/share-hash';

export const init: ClientInit = () => {
  const safe = wellFormedHash(location.hash);
  if (safe !== location.hash)
    history.replaceState(history.state, '', location.pathname + location.search + safe);
};
