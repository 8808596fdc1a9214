// One prerendered page per document in docs/ (and /docs itself, the first of them).
import { DOCS } from '$lib/ui/docs';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [{ slug: '' }, ...DOCS.map((doc) => ({ slug: doc.slug }))];
