// One prerendered page per example, so /examples/<name> works on any static host.
import { exampleNames } from '$lib/ui/examples';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => exampleNames().map((name) => ({ name }));
