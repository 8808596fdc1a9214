/**
 * The store's errors: `store` errors of the one union (errors/nix-error.ts). Messages are Nix's
 * own texts (without the "error: " prefix or a position); the builtin that called the store
 * gives the position where it knows one (`at`).
 */

import { NixError } from '../errors/nix-error';

export type StoreError = NixError<'store'>;

export function storeError(message: string): StoreError {
  return new NixError('store', message, null);
}
