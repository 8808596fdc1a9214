/**
 * Builds DerivationInputs the way the evaluator will, for attribute sets whose
 * values are already strings: env = every attribute except `args`, outputs
 * from the whitespace-split `outputs` attribute (default `out`).
 */
import {
  DerivationStore,
  splitOutputs,
  type ContentAddressMethod,
  type DerivationInput,
  type DerivationResult,
  type HashAlgo,
} from '../../src/lib/nix/store';

export const BASE = { system: 'x86_64-linux', builder: '/bin/sh' };

export interface Extra {
  args?: string[];
  inputDrvs?: Record<string, string[]>;
  inputSrcs?: string[];
  fixed?: { method: ContentAddressMethod; algo: HashAlgo; hash: Uint8Array };
  contentAddressed?: boolean;
  floating?: { method?: ContentAddressMethod; algo?: HashAlgo };
  /** Replace the env entirely (structured attrs). */
  env?: Record<string, string>;
}

export function mkInput(attrs: Record<string, string>, extra: Extra = {}): DerivationInput {
  const all: Record<string, string> = { ...BASE, ...attrs };
  const input: DerivationInput = {
    name: all.name,
    system: all.system,
    builder: all.builder,
    args: extra.args ?? [],
    env: new Map(Object.entries(extra.env ?? all)),
    outputs: all.outputs !== undefined ? splitOutputs(all.outputs) : ['out'],
    inputDrvs: new Map(Object.entries(extra.inputDrvs ?? {}).map(([k, v]) => [k, new Set(v)])),
    inputSrcs: new Set(extra.inputSrcs ?? []),
  };
  if (extra.fixed) input.fixed = extra.fixed;
  if (extra.contentAddressed) input.contentAddressed = true;
  if (extra.floating) input.floating = extra.floating;
  return input;
}

/** `derivationStrict`'s result as the oracle prints it: drvPath + outputs. */
export function strict(r: DerivationResult): Record<string, string> {
  return { drvPath: r.drvPath, ...Object.fromEntries(r.outputs) };
}

export function add(store: DerivationStore, attrs: Record<string, string>, extra?: Extra): DerivationResult {
  return store.addDerivation(mkInput(attrs, extra));
}

export const out = (r: DerivationResult): string => r.outputs.get('out') as string;
