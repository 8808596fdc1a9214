/**
 * Fetchers need the network and a store, which this evaluator does not have (it runs offline, in
 * a browser too). Each one validates its argument exactly as Nix does — so a wrong argument gives
 * Nix's error — and then stops with a clear error naming the builtin and what to do instead.
 *
 * `<nix/fetchurl.nix>` (Nix's built-in fetchurl expression) is provided by corepkgs.ts.
 */

import { evalError } from '../errors/nix-error';
import { forceStringNoContext } from '../eval/force';
import { Attrs, force, NixPath, type CallSite, type Lazy } from '../eval/values';
import { parseHashAllowEmpty, storeNameError } from '../store';
import type { BuiltinSet } from './registry';

function notAvailable(name: string): never {
  throw evalError(
    'not-available',
    `'builtins.${name}' is not available in Arbor's evaluator: it needs the network and a Nix store. ` +
      'Evaluate this with the real Nix, or vendor the source into the project.',
    null,
  );
}

/** fetchurl and fetchTarball: a URL string, or `{ url; sha256 ?; name ?; }`. */
function validateUrlFetch(set: BuiltinSet, who: string, [x]: Lazy[], call: CallSite): void {
  const value = force(x, call.pos);
  let url: string | null = null;
  let name = '';
  let nameGiven = false;
  const isAttrs = value instanceof Attrs;
  if (value instanceof Attrs) {
    for (const [key, attr] of value.map) {
      if (key === 'url')
        url = forceStringNoContext(attr.value, attr.pos, 'while evaluating the url we should fetch');
      else if (key === 'sha256') {
        parseHashAllowEmpty(
          forceStringNoContext(
            attr.value,
            attr.pos,
            'while evaluating the sha256 of the content we should fetch',
          ),
          'sha256',
        );
      } else if (key === 'name') {
        nameGiven = true;
        name = forceStringNoContext(
          attr.value,
          attr.pos,
          'while evaluating the name of the content we should fetch',
        );
      } else throw evalError('invalid-argument', `unsupported argument '${key}' to '${who}'`, null);
    }
    if (url === null) throw evalError('invalid-argument', "'url' argument required", null);
  } else url = forceStringNoContext(value, call.pos, 'while evaluating the url we should fetch');
  if (name === '') name = url.slice(url.replace(/\/+$/, '').lastIndexOf('/') + 1).replace(/\/+$/, '');
  const problem = storeNameError(name);
  if (problem !== null) {
    const resolution = nameGiven
      ? `Please change the value for the 'name' attribute passed to '${who}', so that it can create a valid store path.`
      : isAttrs
        ? `Please add a valid 'name' attribute to the argument for '${who}', so that it can create a valid store path.`
        : `Please pass an attribute set with 'url' and 'name' attributes to '${who}',  so that it can create a valid store path.`;
    throw evalError(
      'store',
      `invalid store path name when fetching URL '${url}': ${problem}. ${resolution}`,
      null,
    );
  }
  void set;
}

const GIT_ATTRIBUTES = new Set([
  'url',
  'ref',
  'rev',
  'shallow',
  'submodules',
  'lfs',
  'exportIgnore',
  'allRefs',
  'name',
  'narHash',
  'lastModified',
  'revCount',
  'dirtyRev',
  'dirtyShortRev',
  'verifyCommit',
  'keytype',
  'publicKey',
  'publicKeys',
]);

function validateGit(set: BuiltinSet, [x]: Lazy[], call: CallSite): void {
  const value = force(x, call.pos);
  if (!(value instanceof Attrs)) {
    set.state.coercer.coerce(
      value,
      call.pos,
      { coerceMore: false, copyToStore: false },
      new Set(),
      'while evaluating the first argument passed to the fetcher',
    );
    return;
  }
  for (const [key, attr] of value.map) {
    const v = force(attr.value, attr.pos);
    if (key === 'type') throw evalError('invalid-argument', "unexpected attribute 'type'", null);
    if (
      !(
        typeof v === 'string' ||
        typeof v === 'boolean' ||
        typeof v === 'number' ||
        typeof v === 'bigint' ||
        v instanceof NixPath
      ) &&
      typeof v !== 'object'
    ) {
      continue;
    }
    if (!GIT_ATTRIBUTES.has(key))
      throw evalError('invalid-argument', `input attribute '${key}' not supported by scheme 'git'`, null);
    if (key === 'rev' && typeof v === 'string') parseHashAllowEmpty(v, 'sha1');
  }
  if (!value.map.has('url')) throw evalError('invalid-argument', "input attribute 'url' is missing", null);
}

export function register(set: BuiltinSet): void {
  set.fn('fetchurl', 1, (args, call) => {
    validateUrlFetch(set, 'fetchurl', args, call);
    return notAvailable('fetchurl');
  });
  set.fn('fetchTarball', 1, (args, call) => {
    validateUrlFetch(set, 'fetchTarball', args, call);
    return notAvailable('fetchTarball');
  });
  set.fn('fetchGit', 1, (args, call) => {
    validateGit(set, args, call);
    return notAvailable('fetchGit');
  });
  set.fn('fetchMercurial', 1, ([x], call) => {
    const value = force(x, call.pos);
    if (value instanceof Attrs && !value.map.has('url'))
      throw evalError('invalid-argument', "'url' argument required", null);
    return notAvailable('fetchMercurial');
  });
}
