/** Placeholder: being written. */
import type { BuiltinSet } from './registry';

export function register(_set: BuiltinSet): void {}
