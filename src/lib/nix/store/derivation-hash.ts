/**
 * `hashDerivationModulo`: the hash that input-addressed output paths are made
 * from. It is the SHA-256 of the derivation's ATerm in which every input
 * derivation path is replaced by (the hex of) that input's own modulo hash,
 * so output paths depend on what inputs *build*, not on their .drv paths.
 * A fixed-output derivation's modulo hash is instead, per output,
 * SHA-256(`fixed:out:<method+algo>:<hex hash>:<out path>`): changing how a
 * fixed output is fetched does not change anything downstream.
 * The result is "deferred" when a floating content-addressed derivation is
 * involved, in which case output paths cannot be known at evaluation time.
 * Also here: output placeholders (`builtins.placeholder`) and the downstream
 * placeholders that stand for not-yet-known CA outputs.
 */
import { encodeBase16, encodeNix32 } from './base32';
import { unparseDerivation, methodAlgo, type Derivation } from './aterm';
import { storeError } from './errors';
import { hashBytes } from './hash';
import { outputPathName, storePathName } from './store-path';

export interface DrvHash {
  /** Per-output modulo hash (all equal unless the derivation is fixed-output). */
  hashes: Map<string, Uint8Array>;
  /** True when the derivation (transitively) depends on floating CA outputs. */
  deferred: boolean;
}

/** Look up the modulo hash of an input derivation (by .drv path). */
export type DrvHashLookup = (drvPath: string) => DrvHash;

/** A derivation whose outputs are all fixed-output (only `out`, in practice). */
export function isFixedOutput(drv: Derivation): boolean {
  if (drv.outputs.size === 0) return false;
  for (const o of drv.outputs.values()) if (o.kind !== 'fixed') return false;
  return true;
}

export function hashDerivationModulo(drv: Derivation, maskOutputs: boolean, lookup: DrvHashLookup): DrvHash {
  if (isFixedOutput(drv)) {
    const hashes = new Map<string, Uint8Array>();
    for (const [name, o] of drv.outputs) {
      if (o.kind !== 'fixed') continue;
      const clear = `fixed:out:${methodAlgo(o.method, o.algo)}:${encodeBase16(o.hash)}:${o.path}`;
      hashes.set(name, hashBytes('sha256', clear));
    }
    return { hashes, deferred: false };
  }
  let deferred = [...drv.outputs.values()].some((o) => o.kind === 'floating');
  const inputs = new Map<string, Set<string>>();
  for (const [drvPath, wanted] of drv.inputDrvs) {
    const res = lookup(drvPath);
    if (res.deferred) deferred = true;
    for (const output of wanted) {
      const h = res.hashes.get(output);
      if (!h) throw storeError(`no hash for output '${output}' of derivation '${drv.name}'`);
      const key = encodeBase16(h);
      const set = inputs.get(key) ?? new Set<string>();
      set.add(output);
      inputs.set(key, set);
    }
  }
  const hash = hashBytes('sha256', unparseDerivation(drv, maskOutputs, inputs));
  const hashes = new Map<string, Uint8Array>();
  for (const name of drv.outputs.keys()) hashes.set(name, hash);
  return { hashes, deferred };
}

/** `builtins.placeholder output`: `/` + nix32(SHA-256("nix-output:<output>")). */
export function hashPlaceholder(output: string): string {
  return '/' + encodeNix32(hashBytes('sha256', 'nix-output:' + output));
}

/**
 * The string standing for output `output` of a floating CA derivation
 * `drvPath` (Nix's `DownstreamPlaceholder::unknownCaOutput`); it is the
 * `outPath` such a derivation returns.
 */
export function downstreamPlaceholder(drvPath: string, output: string, storeDir?: string): string {
  const base = drvPath.slice(drvPath.lastIndexOf('/') + 1);
  const hashPart = base.slice(0, 32);
  const drvName = storePathName(drvPath, storeDir).replace(/\.drv$/, '');
  const clear = `nix-upstream-output:${hashPart}:${outputPathName(drvName, output)}`;
  return '/' + encodeNix32(hashBytes('sha256', clear));
}
