/**
 * Derivations: `derivationStrict` (attributes → a store derivation with Nix's exact `drvPath` and
 * output paths, computed in the virtual store), `derivation` (the Nix-level wrapper that adds
 * `outPath`, `drvPath`, `type`, `all`, one attribute set per output, …), `placeholder` and
 * `toFile`.
 *
 * Attributes are processed in sorted order, each coerced like a string interpolation with
 * `toString`'s extras (so `true` is "1"); `args` supplies the builder's arguments; the string
 * context of everything becomes the derivation's inputs.
 */

import { byteStringToBytes, fromByteString, toByteString } from '../bytes';
import { evalError, withFrame } from '../errors/nix-error';
import { forceAttrs, forceBool, forceList, forceStringNoContext, forceStringValue } from '../eval/force';
import { decodeContext } from '../eval/store-state';
import { Attr, Attrs, Env, NixString, Thunk, force, type Value } from '../eval/values';
import {
  fixedOutputSpec,
  hashPlaceholder,
  parseOutputHashAlgo,
  parseOutputHashMode,
  resolveContext,
  splitOutputs,
  storeError,
  type ContentAddressMethod,
  type DerivationInput,
  type HashAlgo,
} from '../store';
import type { BuiltinSet } from './registry';

/**
 * Our own `derivation` wrapper. Its shape is observable, and so are the positions of its code
 * (errors inside it are reported there), so both are the same as Nix's.
 */
const DERIVATION_NIX = `
# Arbor's \`derivation\`: the Nix-level wrapper around \`derivationStrict\`.
#
# \`derivationStrict\` turns the attributes into a store derivation and returns
# its \`drvPath\` and one path per output. This wrapper builds what users see:
# the original attributes (\`drvAttrs\`), plus, for every output, an attribute
# set with \`outPath\`, \`drvPath\`, \`outputName\` and \`type = "derivation"\`, all
# of them reachable from each other (\`out\`, \`dev\`, …, and \`all\`).
#
# The shape is observable (printing, \`builtins.attrNames\`, equality), so it is
# the same as Nix's own wrapper. So are the lines and columns of its code:
# errors raised inside it are reported at positions in
# <nix/derivation-internal.nix>, and those must be the positions Nix reports.
# That is why this comment is exactly as long as it is.
#
# Laziness matters here too: \`derivationStrict\` runs only when \`outPath\` or
# \`drvPath\` of some output is needed, never when just the name or the
# attributes are inspected.
#
# The result is the first output's attribute set (usually \`out\`).
#
#
#
#
#
#
#
#
#
drvAttrs@{
  outputs ? [ "out" ],
  ...
}:

let

  strict = derivationStrict drvAttrs;

  commonAttrs =
    drvAttrs
    // (builtins.listToAttrs outputsList)
    // {
      all = map (x: x.value) outputsList;
      inherit drvAttrs;
    };

  outputToAttrListElement = outputName: {
    name = outputName;
    value = commonAttrs // {
      outPath = builtins.getAttr outputName strict;
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };

  outputsList = map outputToAttrListElement outputs;

in
(builtins.head outputsList).value
`;

export function register(set: BuiltinSet): void {
  const state = set.state;
  const store = () => state.store.derivations;

  set.fn('derivationStrict', 1, ([x], call) => {
    const attrs = forceAttrs(
      x,
      call.pos,
      'while evaluating the argument passed to builtins.derivationStrict',
    );
    const nameAttr = attrs.map.get('name');
    if (nameAttr === undefined) {
      throw evalError('missing-attribute', "attribute 'name' missing", null).addFrame(
        'in the attrset passed as argument to builtins.derivationStrict',
        null,
      );
    }
    const drvName = forceStringNoContext(
      nameAttr.value,
      call.pos,
      'while evaluating the `name` attribute passed to builtins.derivationStrict',
    );
    const structuredAttr = attrs.map.get('__structuredAttrs');
    const structured =
      structuredAttr !== undefined &&
      forceBool(
        structuredAttr.value,
        call.pos,
        'while evaluating the `__structuredAttrs` attribute passed to builtins.derivationStrict',
      );
    const ignoreNullsAttr = attrs.map.get('__ignoreNulls');
    const ignoreNulls =
      ignoreNullsAttr !== undefined &&
      forceBool(
        ignoreNullsAttr.value,
        call.pos,
        'while evaluating the `__ignoreNulls` attribute passed to builtins.derivationStrict',
      );

    const context = new Set<string>();
    const env = new Map<string, string>();
    const args: string[] = [];
    const json: Array<[string, string]> = [];
    let builder = '';
    let system = '';
    let outputHash: string | null = null;
    let outputHashAlgo: HashAlgo | undefined;
    let outputHashMode: ContentAddressMethod | undefined;
    let outputs: string[] = ['out'];
    let contentAddressed = false;
    const coerce = (v: Value, frame: string) =>
      state.coercer.coerce(v, null, { coerceMore: true, copyToStore: true }, context, frame);
    const setOutputs = (names: string[]) => {
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name)) throw evalError('derivation', `duplicate derivation output '${name}'`, null);
        if (name === 'drvPath')
          throw evalError('derivation', "invalid derivation output name 'drvPath'", null);
        seen.add(name);
      }
      if (seen.size === 0)
        throw evalError('derivation', 'derivation cannot have an empty set of outputs', null);
      outputs = [...seen];
    };
    const hashMode = (s: string) => {
      outputHashMode = parseOutputHashMode(s, store().experimentalFeatures);
    };

    for (const key of attrs.names()) {
      if (key === '__ignoreNulls') continue;
      const attr = attrs.map.get(key)!;
      withFrame(`while evaluating attribute '${key}' of derivation '${drvName}'`, attr.pos, () => {
        const value = force(attr.value, attr.pos);
        if (ignoreNulls && value === null) return;
        if (key === '__contentAddressed' && forceBool(value, null)) {
          contentAddressed = true;
          if (!store().experimentalFeatures.has('ca-derivations')) {
            throw evalError(
              'not-available',
              "experimental Nix feature 'ca-derivations' is disabled; add '--extra-experimental-features ca-derivations' to enable it",
              null,
            );
          }
        } else if (key === '__impure' && forceBool(value, null)) {
          throw evalError(
            'not-available',
            "experimental Nix feature 'impure-derivations' is disabled; add '--extra-experimental-features impure-derivations' to enable it",
            null,
          );
        } else if (key === 'args') {
          for (const item of forceList(value, null))
            args.push(coerce(force(item), 'while evaluating an element of the argument list'));
        } else if (structured) {
          if (key === '__structuredAttrs') return;
          json.push([key, state.valueToJson(value, context)]);
          const str = () => forceStringNoContext(value, null);
          if (key === 'builder') {
            const b = forceStringValue(value, null);
            builder = typeof b === 'string' ? b : b.value;
            if (b instanceof NixString) for (const c of b.context) context.add(c);
          } else if (key === 'system') system = str();
          else if (key === 'outputHash') outputHash = str();
          else if (key === 'outputHashAlgo') outputHashAlgo = parseOutputHashAlgo(str());
          else if (key === 'outputHashMode') hashMode(str());
          else if (key === 'outputs')
            setOutputs(forceList(value, null).map((o) => forceStringNoContext(o, null)));
        } else {
          const s = coerce(value, '');
          env.set(key, s);
          if (key === 'builder') builder = s;
          else if (key === 'system') system = s;
          else if (key === 'outputHash') outputHash = s;
          else if (key === 'outputHashAlgo') outputHashAlgo = parseOutputHashAlgo(s);
          else if (key === 'outputHashMode') hashMode(s);
          else if (key === 'outputs') setOutputs(splitOutputs(s));
        }
      });
    }
    if (structured) {
      json.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      env.set(
        '__json',
        '{' + json.map(([k, v]) => `${state.valueToJson(k, new Set())}:${v}`).join(',') + '}',
      );
    }

    const { inputDrvs, inputSrcs } = resolveContext(store(), [...context].map(decodeContext), {
      dummyStore: true,
    });
    const unicodeEnv = new Map<string, string>();
    for (const [k, v] of env) unicodeEnv.set(fromByteString(k), fromByteString(v));
    const input: DerivationInput = {
      name: fromByteString(drvName),
      system: fromByteString(system),
      builder: fromByteString(builder),
      args: args.map(fromByteString),
      env: unicodeEnv,
      outputs,
      inputDrvs,
      inputSrcs,
    };
    if (contentAddressed) input.contentAddressed = true;
    if (outputHash !== null) {
      if (builder === '') throw storeError("required attribute 'builder' missing");
      if (system === '') throw storeError("required attribute 'system' missing");
      const spec = fixedOutputSpec(outputHash, outputHashAlgo, outputHashMode);
      if (spec.warning) state.trace(`warning: ${spec.warning}`);
      input.fixed = { method: spec.method, algo: spec.algo, hash: spec.hash };
    } else if (outputHashMode !== undefined || outputHashAlgo !== undefined) {
      input.floating = { method: outputHashMode, algo: outputHashAlgo };
    }
    const result = store().addDerivation(input);
    state.store.checkWritable(null);
    const map = new Map<string, Attr>();
    map.set('drvPath', new Attr(new NixString(result.drvPath, new Set(['=' + result.drvPath])), null));
    for (const [output, path] of result.outputs) {
      map.set(
        toByteString(output),
        new Attr(new NixString(toByteString(path), new Set([`!${output}!${result.drvPath}`])), null),
      );
    }
    return Attrs.fromMap(map);
  });

  set.value(
    'derivation',
    new Thunk(
      () => state.evalParsed(state.parseText(DERIVATION_NIX, '<nix/derivation-internal.nix>', '/')),
      new Env(null, []),
    ),
  );

  set.fn('placeholder', 1, ([x], call) => {
    const output = forceStringNoContext(
      x,
      call.pos,
      'while evaluating the first argument passed to builtins.placeholder',
    );
    return hashPlaceholder(fromByteString(output));
  });

  set.fn('toFile', 2, ([nameArg, contentsArg], call) => {
    const name = forceStringNoContext(
      nameArg,
      call.pos,
      'while evaluating the first argument passed to builtins.toFile',
    );
    const contents = forceStringValue(
      contentsArg,
      call.pos,
      'while evaluating the second argument passed to builtins.toFile',
    );
    const text = typeof contents === 'string' ? contents : contents.value;
    state.store.checkWritable(null);
    const references: string[] = [];
    if (contents instanceof NixString) {
      for (const element of contents.context) {
        const decoded = decodeContext(element);
        if (decoded.kind !== 'opaque') {
          throw evalError(
            'derivation',
            `files created by builtins.toFile may not reference derivations, but ${fromByteString(name)} references ${element}`,
            null,
          );
        }
        references.push(decoded.path);
      }
    }
    const bytes = byteStringToBytes(text);
    const path = store().addTextFile(fromByteString(name), bytes, references);
    state.store.add(path, { type: 'regular', contents: bytes, executable: false });
    return new NixString(path, new Set([path]));
  });
}
