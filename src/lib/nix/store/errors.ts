/**
 * The error type thrown by the store module. Messages are Nix's own error
 * texts (without the "error: " prefix or positions), so the evaluator can
 * rethrow them as Nix evaluation errors verbatim.
 */
export class NixStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NixStoreError';
  }
}
