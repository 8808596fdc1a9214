/**
 * The `.drv` file format: a derivation printed as the ATerm
 *
 *   Derive([outputs],[inputDrvs],[inputSrcs],"system","builder",[args],[env])
 *
 * with outputs `("name","path","hashAlgo","hash")` sorted by name, input
 * derivations `("drvPath",["out",…])` sorted by path, input sources, args,
 * and env pairs `("key","value")` sorted by key. Output names, paths, hash
 * fields, input paths and — oddly, but as Nix does — the system are printed
 * quoted but unescaped; builder, args and env are escaped (`\"`, `\\`, `\n`,
 * `\r`, `\t`). With `maskOutputs`, output paths and the env entries named
 * after outputs are printed as "" (used while computing output paths).
 */
import { encodeBase16 } from './base32';
import type { HashAlgo } from './hash';
import { compareStrings, type ContentAddressMethod } from './store-path';

export type DerivationOutput =
  /** Path fixed by the derivation's modulo hash. */
  | { kind: 'inputAddressed'; path: string }
  /** Fixed-output: content hash known in advance. */
  | { kind: 'fixed'; method: ContentAddressMethod; algo: HashAlgo; hash: Uint8Array; path: string }
  /** Floating content-addressed (`__contentAddressed`): path known after the build. */
  | { kind: 'floating'; method: ContentAddressMethod; algo: HashAlgo }
  /** Input-addressed but depending on a floating CA derivation: path not yet known. */
  | { kind: 'deferred' };

export interface Derivation {
  name: string;
  outputs: Map<string, DerivationOutput>;
  inputDrvs: Map<string, Set<string>>;
  inputSrcs: Set<string>;
  system: string;
  builder: string;
  args: string[];
  env: Map<string, string>;
}

/** `r:` for NAR hashing, `text:` for text, nothing for flat. */
export function methodPrefix(method: ContentAddressMethod): string {
  return method === 'recursive' ? 'r:' : method === 'text' ? 'text:' : '';
}

/** Nix's `printMethodAlgo`, e.g. `r:sha256`. */
export function methodAlgo(method: ContentAddressMethod, algo: HashAlgo): string {
  return methodPrefix(method) + algo;
}

export function escapeATermString(s: string): string {
  let out = '"';
  for (const c of s) {
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else out += c;
  }
  return out + '"';
}

const q = (s: string): string => `"${s}"`;

function sortedKeys<T>(m: Map<string, T> | Set<string>): string[] {
  return [...m.keys()].sort(compareStrings);
}

function outputFields(out: DerivationOutput, mask: boolean): [string, string, string] {
  switch (out.kind) {
    case 'inputAddressed':
      return [mask ? '' : out.path, '', ''];
    case 'fixed':
      return [mask ? '' : out.path, methodAlgo(out.method, out.algo), encodeBase16(out.hash)];
    case 'floating':
      return ['', methodAlgo(out.method, out.algo), ''];
    case 'deferred':
      return ['', '', ''];
  }
}

/**
 * Print `drv` as ATerm. `inputDrvs` overrides the derivation's own input
 * derivations (hashDerivationModulo passes hex modulo hashes in their place).
 */
export function unparseDerivation(
  drv: Derivation,
  maskOutputs = false,
  inputDrvs: Map<string, Set<string>> = drv.inputDrvs,
): string {
  const outputs = sortedKeys(drv.outputs).map((name) => {
    const fields = outputFields(drv.outputs.get(name) as DerivationOutput, maskOutputs);
    return `(${[name, ...fields].map(q).join(',')})`;
  });
  const drvs = sortedKeys(inputDrvs).map((path) => {
    const outs = [...(inputDrvs.get(path) as Set<string>)].sort(compareStrings).map(q);
    return `(${q(path)},[${outs.join(',')}])`;
  });
  const srcs = sortedKeys(drv.inputSrcs).map(q);
  const args = drv.args.map(escapeATermString);
  const env = sortedKeys(drv.env).map((key) => {
    const value = maskOutputs && drv.outputs.has(key) ? '' : (drv.env.get(key) as string);
    return `(${escapeATermString(key)},${escapeATermString(value)})`;
  });
  return (
    `Derive([${outputs.join(',')}],[${drvs.join(',')}],[${srcs.join(',')}],` +
    `${q(drv.system)},${escapeATermString(drv.builder)},` +
    `[${args.join(',')}],[${env.join(',')}])`
  );
}
