/** Where the session API puts things in the evaluator's file system. */

/** The project's files: `/project/inventory/hosts.nix`. */
export const PROJECT_ROOT = '/project';
/** Arbor's Nix library (nix/lib, bundled): `/arbor/lib/eval.nix`. */
export const LIBRARY_ROOT = '/arbor/lib';
