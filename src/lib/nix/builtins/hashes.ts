/** Hash builtins: `hashString`, `hashFile` and `convertHash`, on the bytes Nix hashes. */

import { byteStringToBytes } from '../bytes';
import { evalError, isNixError } from '../errors/nix-error';
import { forceAttrs, forceString, forceStringNoContext } from '../eval/force';
import {
  encodeBase16,
  formatHash,
  hashBytes,
  parseHash,
  parseHashAlgo,
  parseHashFormat,
  type HashAlgo,
} from '../store';
import { coerceToPath } from './files';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const state = set.state;
  set.fn('hashString', 2, ([algoArg, s], call) => {
    const algoName = forceStringNoContext(
      algoArg,
      call.pos,
      'while evaluating the first argument passed to builtins.hashString',
    );
    const algo = parseHashAlgo(algoName);
    const text = forceString(
      s,
      call.pos,
      'while evaluating the second argument passed to builtins.hashString',
    );
    return encodeBase16(hashBytes(algo, byteStringToBytes(text)));
  });
  set.fn('hashFile', 2, ([algoArg, p], call) => {
    const algoName = forceStringNoContext(
      algoArg,
      call.pos,
      'while evaluating the first argument passed to builtins.hashFile',
    );
    const algo = parseHashAlgo(algoName);
    const path = coerceToPath(
      state,
      p,
      call.pos,
      'while evaluating the second argument passed to builtins.hashFile',
    );
    let contents: Uint8Array;
    try {
      contents = state.fs.readFile(path);
    } catch (error) {
      // A symlink loop, a name too long, an I/O error: said as such, not as a missing file.
      if (isNixError(error, 'file-system') && ['ELOOP', 'ENAMETOOLONG', 'EIO'].includes(error.detail.code))
        throw error;
      throw evalError('path', `path '${path}' does not exist`, null);
    }
    return encodeBase16(hashBytes(algo, contents));
  });
  set.fn('convertHash', 1, ([args], call) => {
    const attrs = forceAttrs(
      args,
      call.pos,
      'while evaluating the first argument passed to builtins.convertHash',
    );
    const get = (name: string) => attrs.map.get(name);
    const hashAttr = get('hash');
    if (hashAttr === undefined) throw evalError('missing-attribute', "attribute 'hash' missing", null);
    const hash = forceStringNoContext(hashAttr.value, call.pos, "while evaluating the attribute 'hash'");
    const algoAttr = get('hashAlgo');
    const algo: HashAlgo | undefined = algoAttr
      ? parseHashAlgo(
          forceStringNoContext(algoAttr.value, call.pos, "while evaluating the attribute 'hashAlgo'"),
        )
      : undefined;
    const formatAttr = get('toHashFormat');
    if (formatAttr === undefined)
      throw evalError('missing-attribute', "attribute 'toHashFormat' missing", null);
    const format = parseHashFormat(
      forceStringNoContext(formatAttr.value, call.pos, "while evaluating the attribute 'toHashFormat'"),
    );
    const parsed = parseHash(hash, algo);
    return formatHash(parsed.hash, parsed.algo, format, format === 'sri');
  });
}
