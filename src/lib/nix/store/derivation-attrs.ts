/**
 * Checks and conversions Nix's `derivationStrict` applies to derivation
 * attributes before building the derivation, with Nix 2.26's messages:
 * the derivation name, the `outputs` list, `outputHashMode`,
 * `outputHashAlgo` and `outputHash`, and experimental-feature gates.
 */
import { storeError } from './errors';
import { parseHashAllowEmpty, parseHashAlgoOpt, type HashAlgo } from './hash';
import type { ContentAddressMethod } from './store-path';
import { storeNameError } from './store-path';

export type ExperimentalFeature =
  'ca-derivations' | 'impure-derivations' | 'dynamic-derivations' | 'git-hashing';

export function requireFeature(features: ReadonlySet<string>, feature: ExperimentalFeature): void {
  if (!features.has(feature))
    throw storeError(
      `experimental Nix feature '${feature}' is disabled; add '--extra-experimental-features ${feature}' to enable it`,
    );
}

/** Nix's `checkDerivationName`. */
export function checkDerivationName(name: string): void {
  const err = storeNameError(name);
  if (err !== null) throw storeError(`invalid derivation name: ${err}. Please pass a different 'name'.`);
}

/**
 * Without `__structuredAttrs`, `outputs` is coerced to a string and split on
 * whitespace (space, tab, newline, CR); so `[ "a b" ]` means two outputs.
 */
export function splitOutputs(s: string): string[] {
  return s.split(/[ \t\n\r]+/).filter((t) => t !== '');
}

/** Validate the output names (duplicates, `drvPath`, empty list). */
export function checkOutputs(outputs: readonly string[]): void {
  const seen = new Set<string>();
  for (const o of outputs) {
    if (seen.has(o)) throw storeError(`duplicate derivation output '${o}'`);
    if (o === 'drvPath') throw storeError("invalid derivation output name 'drvPath'");
    seen.add(o);
  }
  if (seen.size === 0) throw storeError('derivation cannot have an empty set of outputs');
}

/**
 * Parse `outputHashMode`: `flat`, `recursive` or `nar` (same thing), `text`
 * (needs dynamic-derivations), `git` (needs git-hashing; unsupported here).
 */
export function parseOutputHashMode(
  s: string,
  features: ReadonlySet<string> = new Set(),
): ContentAddressMethod {
  switch (s) {
    case 'flat':
      return 'flat';
    case 'recursive':
    case 'nar':
      return 'recursive';
    case 'text':
      requireFeature(features, 'dynamic-derivations');
      return 'text';
    case 'git':
      requireFeature(features, 'git-hashing');
      throw storeError("content address method 'git' is not supported by Arbor");
    default:
      throw storeError(`invalid value '${s}' for 'outputHashMode' attribute`);
  }
}

/**
 * `outputHashAlgo`: an unknown name is silently ignored (Nix uses
 * `parseHashAlgoOpt`), e.g. `outputHashAlgo = "foo"` with an SRI hash works.
 */
export function parseOutputHashAlgo(s: string): HashAlgo | undefined {
  return parseHashAlgoOpt(s);
}

export interface FixedOutputSpec {
  method: ContentAddressMethod;
  algo: HashAlgo;
  hash: Uint8Array;
  /** Nix prints this warning (for `outputHash = ""`). */
  warning?: string;
}

/**
 * The fixed-output spec from the raw attributes (after the attribute loop,
 * after the builder/system/name checks): `outputHash` in any form
 * `parseHash` accepts (or "" for an all-zero hash when the algo is known),
 * method defaulting to flat.
 */
export function fixedOutputSpec(
  outputHash: string,
  outputHashAlgo: HashAlgo | undefined,
  method: ContentAddressMethod | undefined,
): FixedOutputSpec {
  const { algo, hash, warning } = parseHashAllowEmpty(outputHash, outputHashAlgo);
  const spec: FixedOutputSpec = { method: method ?? 'flat', algo, hash };
  if (warning !== undefined) spec.warning = warning;
  return spec;
}
