// Loads the TypeScript worker (scripts/fuzz/worker.ts) through tsx inside a worker thread.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
