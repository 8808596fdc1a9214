import { describe, expect, it } from 'vitest';
import {
  checkDerivationName,
  checkOutputs,
  DerivationStore,
  fixedOutputSpec,
  parseOutputHashAlgo,
  parseOutputHashMode,
  parseHash,
  resolveContext,
  splitOutputs,
  storeClosure,
  type ContentAddressMethod,
} from '../../src/lib/nix/store';
import { add, mkInput, out } from './drv-helpers';
import { err, storeErrorOf } from './expected';

const SRI_EMPTY = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const fixed = { method: 'flat' as ContentAddressMethod, ...parseHash(SRI_EMPTY) };
const fails = (key: string, f: () => unknown): void => {
  expect(storeErrorOf(f), key).toBe(err(key));
};

describe('derivation errors (Nix 2.26 messages)', () => {
  const store = new DerivationStore();
  const drv =
    (attrs: Record<string, string>, extra = {}) =>
    () =>
      add(store, attrs, extra);

  it('names', () => {
    fails('err-name-space', drv({ name: 'x y' }));
    fails('err-name-empty', drv({ name: '' }));
    fails('err-name-dotdot', drv({ name: '..' }));
    fails('err-name-dotdash', drv({ name: '.-a' }));
    fails('err-name-long', drv({ name: 'a'.repeat(212) }));
    fails('err-name-drv-long', drv({ name: 'a'.repeat(208) }));
    fails('err-name-drv', drv({ name: 'x.drv' }));
    fails('err-name-space', () => checkDerivationName('x y'));
  });

  it('outputs', () => {
    fails('err-output-dup', drv({ name: 'x', outputs: 'out out' }));
    fails('err-output-empty', drv({ name: 'x', outputs: '' }));
    fails('err-output-drvpath', drv({ name: 'x', outputs: 'drvPath' }));
    fails('err-output-slash', drv({ name: 'x', outputs: 'a/b' }));
    fails('err-output-long', drv({ name: 'a'.repeat(208), outputs: 'out dev' }));
    fails('err-output-empty', () => checkOutputs(splitOutputs(' \t\n')));
  });

  it('builder and system', () => {
    fails('err-no-builder', drv({ name: 'x', builder: '' }));
    fails('err-no-system', drv({ name: 'x', system: '' }));
    fails('err-empty-builder', drv({ name: 'x', builder: '', system: '' }));
  });

  it('fixed outputs', () => {
    fails('err-fod-multi', drv({ name: 'x', outputs: 'out dev' }, { fixed }));
    fails('err-fod-dev', drv({ name: 'x', outputs: 'dev' }, { fixed }));
    fails('err-fod-mode', () => parseOutputHashMode('foo'));
    fails('err-fod-text', () => parseOutputHashMode('text'));
    fails('err-fod-git', () => parseOutputHashMode('git'));
    fails('err-fod-text', drv({ name: 'x' }, { fixed: { ...fixed, method: 'text' } }));
    fails('err-fod-empty-noalgo', () => fixedOutputSpec('', undefined, undefined));
    fails('err-fod-notype', () =>
      fixedOutputSpec('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', undefined, 'flat'),
    );
    fails('err-fod-wrongtype', () => fixedOutputSpec(SRI_EMPTY, parseOutputHashAlgo('sha1'), undefined));
    expect(parseOutputHashAlgo('foo')).toBeUndefined();
    expect(parseOutputHashMode('nar')).toBe('recursive');
  });

  it('experimental features', () => {
    fails('err-ca', drv({ name: 'x' }, { contentAddressed: true }));
  });
});

describe('string context → inputs', () => {
  it('maps opaque and built elements', () => {
    const store = new DerivationStore();
    const a = add(store, { name: 'a', outputs: 'out dev' });
    const f = store.addTextFile('f', 'x');
    const r = resolveContext(store, [
      { kind: 'opaque', path: f },
      { kind: 'built', drvPath: a.drvPath, output: 'dev' },
      { kind: 'built', drvPath: a.drvPath, output: 'out' },
    ]);
    expect(r.inputSrcs).toEqual(new Set([f]));
    expect(r.inputDrvs).toEqual(new Map([[a.drvPath, new Set(['dev', 'out'])]]));
  });

  it('expands a drvPath reference to its closure with all outputs', () => {
    const store = new DerivationStore();
    const f = store.addTextFile('f', 'x');
    const g = store.addTextFile('g', f, [f]);
    const a = add(store, { name: 'a', outputs: 'out dev', s: g }, { inputSrcs: [g] });
    const b = add(store, { name: 'b', s: out(a) }, { inputDrvs: { [a.drvPath]: ['out'] } });
    expect(storeClosure(store, [b.drvPath])).toEqual(new Set([b.drvPath, a.drvPath, g, f]));
    const r = resolveContext(store, [{ kind: 'drvDeep', drvPath: b.drvPath }]);
    expect(r.inputSrcs).toEqual(new Set([b.drvPath, a.drvPath, g, f]));
    expect(r.inputDrvs).toEqual(
      new Map([
        [b.drvPath, new Set(['out'])],
        [a.drvPath, new Set(['out', 'dev'])],
      ]),
    );
  });

  it('fails like the dummy store when asked to', () => {
    const store = new DerivationStore();
    const a = add(store, { name: 'a' });
    fails('err-drv-deep', () =>
      resolveContext(store, [{ kind: 'drvDeep', drvPath: a.drvPath }], { dummyStore: true }),
    );
    expect(() => resolveContext(store, [{ kind: 'drvDeep', drvPath: '/nix/store/x-unknown.drv' }])).toThrow(
      "path '/nix/store/x-unknown.drv' is not valid",
    );
  });

  it('needs input derivations to be registered', () => {
    const store = new DerivationStore();
    const input = mkInput(
      { name: 'b' },
      { inputDrvs: { '/nix/store/00000000000000000000000000000000-a.drv': ['out'] } },
    );
    expect(() => store.addDerivation(input)).toThrow('is not valid');
  });
});
