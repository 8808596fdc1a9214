/**
 * The evaluator's Node adapter: the real file system. The only module of `src/lib/nix/` that
 * may import Node's own modules (through `./vfs/node`), so that everything else runs in a
 * browser worker unchanged; `test/architecture.test.ts` enforces it.
 */

export { NodeFileSystem } from './vfs/node';
