/**
 * The global scope: every builtin, reachable as `builtins.name`, as `__name`, and for a few
 * (`map`, `toString`, `import`, …) as a plain name. The list of names and which are global was
 * taken from Nix 2.26 (`builtins.attrNames builtins`, and which names parse unprefixed).
 */

import type { EvalState } from '../eval/state';
import { Attr, Attrs, Env, Thunk, type Lazy } from '../eval/values';
import { BuiltinSet, GLOBAL_NAMES } from './registry';
import * as arithmetic from './arithmetic';
import * as attrs from './attrs';
import * as context from './context';
import * as control from './control';
import * as derivations from './derivations';
import * as fetchers from './fetchers';
import * as files from './files';
import * as functions from './functions';
import * as hashes from './hashes';
import * as json from './json';
import * as lists from './lists';
import * as regex from './regex';
import * as strings from './strings';
import * as system from './system';
import * as toml from './toml';
import * as types from './types';
import * as versions from './versions';
import * as xml from './xml';

const FAMILIES = [
  arithmetic,
  attrs,
  context,
  control,
  derivations,
  fetchers,
  files,
  functions,
  hashes,
  json,
  lists,
  regex,
  strings,
  system,
  toml,
  types,
  versions,
  xml,
];

export function createBuiltins(state: EvalState): { scopeNames: string[]; values: Lazy[]; builtins: Attrs } {
  const set = new BuiltinSet(state);
  set.value('true', true);
  set.value('false', false);
  set.value('null', null);
  for (const family of FAMILIES) family.register(set);
  const map = new Map<string, Attr>();
  for (const [name, value] of set.entries) map.set(name, new Attr(value, null));
  // `builtins.builtins` is the set itself: a cell forced right after the set exists.
  const self = new Thunk(() => builtins, new Env(null, []));
  map.set('builtins', new Attr(self, null));
  const builtins = Attrs.fromMap(map);
  self.force();

  const scopeNames: string[] = [];
  const values: Lazy[] = [];
  const globals = new Set(GLOBAL_NAMES);
  for (const [name, attr] of map) {
    if (globals.has(name)) {
      scopeNames.push(name);
      values.push(attr.value);
    }
    if (!globals.has(name) || name === 'builtins') {
      // `__builtins` does not exist in Nix; every other non-global name does get a `__` alias.
      if (name === 'builtins' || name === 'true' || name === 'false' || name === 'null') continue;
      scopeNames.push('__' + name);
      values.push(attr.value);
    }
  }
  return { scopeNames, values, builtins };
}
