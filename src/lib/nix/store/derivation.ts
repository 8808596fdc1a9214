/**
 * Turning evaluated derivation attributes into a store derivation, as Nix's
 * `derivationStrict` does: choose each output's kind (fixed, floating CA,
 * input-addressed), compute input-addressed output paths from the masked
 * derivation's modulo hash (outputs blanked in both the output list and the
 * env), fill the output paths into the env, print the ATerm and place it at a
 * text path named `<name>.drv` referencing all input sources and input
 * derivations. `DerivationStore` keeps every derivation (and every text file
 * with references) created during an evaluation, so later derivations can
 * look up their inputs' modulo hashes and closures.
 */
import { unparseDerivation, type Derivation, type DerivationOutput } from './aterm';
import { checkDerivationName, checkOutputs, requireFeature } from './derivation-attrs';
import {
  downstreamPlaceholder,
  hashDerivationModulo,
  hashPlaceholder,
  type DrvHash,
} from './derivation-hash';
import { storeError } from './errors';
import type { HashAlgo } from './hash';
import {
  DEFAULT_STORE_DIR,
  isDerivationPath,
  makeFixedOutputPath,
  makeOutputPath,
  makeTextPath,
  type ContentAddressMethod,
} from './store-path';

export interface DerivationInput {
  /** The `name` attribute (validated again here). */
  name: string;
  system: string;
  builder: string;
  args: string[];
  /**
   * Every attribute except `args` (and `__ignoreNulls`, and nulls when it is
   * set) coerced to a string; with `__structuredAttrs` just `__json`.
   * Output entries are overwritten here.
   */
  env: Map<string, string>;
  /** Default `['out']`. */
  outputs: string[];
  inputDrvs: Map<string, Set<string>>;
  inputSrcs: Set<string>;
  fixed?: { method: ContentAddressMethod; algo: HashAlgo; hash: Uint8Array };
  /** `__contentAddressed = true` (needs ca-derivations). */
  contentAddressed?: boolean;
  /** Hash settings for floating CA outputs (default recursive sha256). */
  floating?: { method?: ContentAddressMethod; algo?: HashAlgo };
}

export interface DerivationResult {
  drvPath: string;
  /** Output name → path (a downstream placeholder for floating CA outputs). */
  outputs: Map<string, string>;
  aterm: string;
  derivation: Derivation;
}

interface StoredDerivation {
  derivation: Derivation;
  aterm: string;
  hash: DrvHash;
}

export interface DerivationStoreOptions {
  storeDir?: string;
  /** Enabled experimental features, e.g. `ca-derivations`. */
  experimentalFeatures?: Iterable<string>;
}

export class DerivationStore {
  readonly storeDir: string;
  readonly experimentalFeatures: ReadonlySet<string>;
  private readonly derivations = new Map<string, StoredDerivation>();
  private readonly references = new Map<string, ReadonlySet<string>>();

  constructor(options: DerivationStoreOptions = {}) {
    this.storeDir = options.storeDir ?? DEFAULT_STORE_DIR;
    this.experimentalFeatures = new Set(options.experimentalFeatures ?? []);
  }

  /** Register a text file (`builtins.toFile`) and return its path. */
  addTextFile(name: string, text: string | Uint8Array, references: Iterable<string> = []): string {
    const refs = new Set(references);
    const path = makeTextPath(name, text, refs, this.storeDir);
    this.references.set(path, refs);
    return path;
  }

  /** Record a store path's references (paths never registered have none). */
  setReferences(path: string, references: Iterable<string>): void {
    this.references.set(path, new Set(references));
  }

  getDerivation(drvPath: string): Derivation | undefined {
    return this.derivations.get(drvPath)?.derivation;
  }

  getATerm(drvPath: string): string | undefined {
    return this.derivations.get(drvPath)?.aterm;
  }

  /** References of a store path: a .drv's inputs, a text file's refs. */
  referencesOf(path: string): ReadonlySet<string> {
    const drv = this.derivations.get(path)?.derivation;
    if (drv) return new Set([...drv.inputSrcs, ...drv.inputDrvs.keys()]);
    if (isDerivationPath(path) && !this.references.has(path)) throw storeError(`path '${path}' is not valid`);
    return this.references.get(path) ?? new Set();
  }

  /** The modulo hash of a derivation created in this store (for its dependents). */
  hashModulo(drvPath: string): DrvHash {
    const stored = this.derivations.get(drvPath);
    if (!stored) throw storeError(`path '${drvPath}' is not valid`);
    return stored.hash;
  }

  /** Build, register and return the derivation for `input`. */
  addDerivation(input: DerivationInput): DerivationResult {
    const result = computeDerivation(input, this);
    const hash = hashDerivationModulo(result.derivation, false, (p) => this.hashModulo(p));
    this.derivations.set(result.drvPath, { derivation: result.derivation, aterm: result.aterm, hash });
    return result;
  }
}

/** Compute a derivation without registering it (`store` supplies inputs' hashes). */
export function computeDerivation(input: DerivationInput, store: DerivationStore): DerivationResult {
  const { name, fixed } = input;
  const features = store.experimentalFeatures;
  checkDerivationName(name);
  checkOutputs(input.outputs);
  if (input.contentAddressed) requireFeature(features, 'ca-derivations');
  if (input.builder === '') throw storeError("required attribute 'builder' missing");
  if (input.system === '') throw storeError("required attribute 'system' missing");
  const singleOut = input.outputs.length === 1 && input.outputs[0] === 'out';
  if (name.endsWith('.drv') && !(fixed?.method === 'text' && singleOut))
    throw storeError(
      "derivation names are allowed to end in '.drv' only if they produce a single derivation file",
    );

  const env = new Map(input.env);
  const outputs = new Map<string, DerivationOutput>();
  const drv: Derivation = {
    name,
    outputs,
    inputDrvs: new Map([...input.inputDrvs].map(([p, outs]) => [p, new Set(outs)])),
    inputSrcs: new Set(input.inputSrcs),
    system: input.system,
    builder: input.builder,
    args: [...input.args],
    env,
  };

  if (fixed) {
    if (!singleOut) throw storeError('multiple outputs are not supported in fixed-output derivations');
    if (fixed.method === 'text') requireFeature(features, 'dynamic-derivations');
    const path = makeFixedOutputPath(name, fixed.method, fixed.algo, fixed.hash, [], store.storeDir);
    outputs.set('out', { kind: 'fixed', method: fixed.method, algo: fixed.algo, hash: fixed.hash, path });
    env.set('out', path);
  } else if (input.contentAddressed) {
    const method = input.floating?.method ?? 'recursive';
    const algo = input.floating?.algo ?? 'sha256';
    for (const o of input.outputs) {
      env.set(o, hashPlaceholder(o));
      outputs.set(o, { kind: 'floating', method, algo });
    }
  } else {
    for (const o of input.outputs) {
      env.set(o, '');
      outputs.set(o, { kind: 'deferred' });
    }
    const modulo = hashDerivationModulo(drv, true, (p) => store.hashModulo(p));
    if (!modulo.deferred) {
      for (const o of input.outputs) {
        const path = makeOutputPath(o, modulo.hashes.get(o) as Uint8Array, name, store.storeDir);
        env.set(o, path);
        outputs.set(o, { kind: 'inputAddressed', path });
      }
    }
  }

  const aterm = unparseDerivation(drv);
  const refs = [...drv.inputSrcs, ...drv.inputDrvs.keys()];
  const drvPath = makeTextPath(name + '.drv', aterm, refs, store.storeDir);
  return { drvPath, outputs: outputPaths(drv, drvPath, store.storeDir), aterm, derivation: drv };
}

function outputPaths(drv: Derivation, drvPath: string, storeDir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const [o, out] of drv.outputs) {
    if (out.kind === 'inputAddressed' || out.kind === 'fixed') result.set(o, out.path);
    else result.set(o, downstreamPlaceholder(drvPath, o, storeDir));
  }
  return result;
}
