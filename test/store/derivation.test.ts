import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DerivationStore,
  fixedOutputSpec,
  hashBytes,
  makeSourcePath,
  narHash,
  parseHash,
  parseOutputHashAlgo,
  parseOutputHashMode,
  type ContentAddressMethod,
} from '../../src/lib/nix/store';
import { add, mkInput, out, strict } from './drv-helpers';
import { FIXTURES, ok } from './expected';
import { readTree } from './trees';

type Strict = Record<string, string>;
const SRI_EMPTY = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

describe('input-addressed derivations', () => {
  const store = new DerivationStore();

  it('basic', () => {
    const r = add(store, { name: 'x' });
    expect(strict(r)).toEqual(ok('drv-basic'));
    expect(r.aterm).toBe(
      'Derive([("out","/nix/store/s668cfx1vrqfjryf96jj8wfhg7f67dhj-x","","")],[],[],"x86_64-linux","/bin/sh",[],' +
        '[("builder","/bin/sh"),("name","x"),("out","/nix/store/s668cfx1vrqfjryf96jj8wfhg7f67dhj-x"),("system","x86_64-linux")])',
    );
  });

  it('args with escapes', () => {
    const r = add(store, { name: 'x' }, { args: ['-c', 'echo "hi"\n\ttab\\ \r', ''] });
    expect(strict(r)).toEqual(ok('drv-args'));
    expect(r.aterm).toContain('["-c","echo \\"hi\\"\\n\\ttab\\\\ \\r",""]');
  });

  it('multiple outputs (order of the outputs attribute matters only via env)', () => {
    expect(strict(add(store, { name: 'multi', outputs: 'out dev lib' }))).toEqual(ok('drv-multi'));
    expect(strict(add(store, { name: 'multi', outputs: 'lib out dev' }))).toEqual(ok('drv-multi-order'));
    expect(strict(add(store, { name: 'x', outputs: '  a   b  ' }))).toEqual(ok('drv-outputs-string'));
  });

  it('escapes env keys and values, sorts keys bytewise', () => {
    const r = add(store, {
      name: 'esc',
      weird: 'q" b\\ n\n t\t r\r u é 日本 $',
      'key with space': 'v',
      '': 'empty key',
      ü: 'k',
    });
    expect(strict(r)).toEqual(ok('drv-escape'));
    expect(r.aterm).toContain('[("","empty key"),("builder"');
    expect(r.aterm).toContain('("weird","q\\" b\\\\ n\\n t\\t r\\r u é 日本 $"),("ü","k")])');
  });

  it('prints the system unescaped, the builder escaped', () => {
    const r = add(store, { name: 'x', system: 'x"y\\z\n', builder: '/bin/"sh\n' });
    expect(strict(r)).toEqual(ok('drv-system-escape'));
    expect(r.aterm).toContain('],"x"y\\z\n","/bin/\\"sh\\n",[]');
  });

  it('false __contentAddressed/__impure are ordinary (empty) env entries', () => {
    const r = add(store, { name: 'x', __contentAddressed: '', __impure: '' });
    expect(strict(r)).toEqual(ok('drv-ca-false'));
  });

  it('output attributes override same-named user attributes', () => {
    const r = add(store, { name: 'x', outputs: 'out dev', out: 'zzz', dev: 'y' });
    expect(strict(r)).toEqual(ok('drv-user-out'));
    expect(r.derivation.env.get('dev')).toBe(r.outputs.get('dev'));
  });

  it('ignoreNulls and coercions are the evaluator’s: env as strings', () => {
    expect(strict(add(store, { name: 'x', m: '1' }))).toEqual(ok('ignore-nulls'));
    const coerced = { name: 'x', i: '1', t: '1', f: '', n: '', l: 'a 1 b  1 c' };
    expect(strict(add(store, coerced))).toEqual(ok('coercions'));
  });
});

describe('dependencies', () => {
  it('on an output of another derivation', () => {
    const store = new DerivationStore();
    const a = add(store, { name: 'a' });
    const o = ok<{ a: string; b: Strict }>('drv-dep');
    expect(out(a)).toBe(o.a);
    const b = add(store, { name: 'b', src: out(a) }, { inputDrvs: { [a.drvPath]: ['out'] } });
    expect(strict(b)).toEqual(o.b);
    expect(b.aterm).toContain(`[("${a.drvPath}",["out"])],[]`);
  });

  it('on several outputs of a multi-output derivation', () => {
    const store = new DerivationStore();
    const o = ok<{ a: string; dev: string; b: Strict; c: Strict }>('drv-dep-multi');
    const a = add(store, { name: 'a', outputs: 'out dev' });
    const [aOut, aDev] = [out(a), a.outputs.get('dev') as string];
    expect([aOut, aDev]).toEqual([o.a, o.dev]);
    const b = add(store, { name: 'b', x: `${aDev} ${aOut}` }, { inputDrvs: { [a.drvPath]: ['dev', 'out'] } });
    expect(strict(b)).toEqual(o.b);
    expect(b.aterm).toContain('",["dev","out"])]');
    const c = add(store, { name: 'c', x: aDev }, { inputDrvs: { [a.drvPath]: ['dev'] } });
    expect(strict(c)).toEqual(o.c);
  });

  it('through a chain, with args contributing context', () => {
    const store = new DerivationStore();
    const o = ok<{ a: string; b: string; c: Strict }>('drv-chain');
    const a = add(store, { name: 'a' });
    const b = add(store, { name: 'b', s: out(a) }, { inputDrvs: { [a.drvPath]: ['out'] } });
    expect([out(a), out(b)]).toEqual([o.a, o.b]);
    const c = add(
      store,
      { name: 'c', s: out(b) },
      { args: [out(a)], inputDrvs: { [a.drvPath]: ['out'], [b.drvPath]: ['out'] } },
    );
    expect(strict(c)).toEqual(o.c);
  });

  it('on builtins.toFile results (inputSrcs)', () => {
    const store = new DerivationStore();
    const f = store.addTextFile('f', 'content');
    expect(strict(add(store, { name: 'x', src: f }, { inputSrcs: [f] }))).toEqual(ok('drv-tofile'));
    const g = store.addTextFile('g', `uses ${f}`, [f]);
    expect(strict(add(store, { name: 'x', src: g }, { inputSrcs: [g] }))).toEqual(ok('drv-tofile-refs'));
  });

  it('on copied sources', () => {
    const store = new DerivationStore();
    const tree = makeSourcePath('tree', narHash(readTree(join(FIXTURES, 'tree'))));
    const file = makeSourcePath('file.txt', narHash(readTree(join(FIXTURES, 'file.txt'))));
    const r = add(store, { name: 'x', src: tree, file }, { inputSrcs: [tree, file] });
    expect(strict(r)).toEqual(ok('drv-source'));
  });
});

describe('fixed-output derivations', () => {
  const fod = (key: string, attrs: Record<string, string>): void => {
    const store = new DerivationStore();
    const mode = attrs.outputHashMode;
    const algo = attrs.outputHashAlgo === undefined ? undefined : parseOutputHashAlgo(attrs.outputHashAlgo);
    const spec = fixedOutputSpec(
      attrs.outputHash,
      algo,
      mode === undefined ? undefined : parseOutputHashMode(mode),
    );
    const r = add(store, { name: 'f', ...attrs }, { fixed: spec });
    expect(strict(r), key).toEqual(ok(key));
  };

  it('accept every hash form, method and algorithm', () => {
    const hex = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const n32 = '0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73';
    fod('fod-flat-sha256-hex', { outputHashAlgo: 'sha256', outputHash: hex });
    fod('fod-flat-sha256-nix32', { outputHashAlgo: 'sha256', outputHash: n32 });
    fod('fod-flat-sha256-sri', { outputHash: SRI_EMPTY });
    fod('fod-flat-sha256-prefixed', { outputHash: 'sha256:' + n32 });
    fod('fod-flat-explicit', { outputHashMode: 'flat', outputHash: SRI_EMPTY });
    fod('fod-rec-sha256', { outputHashMode: 'recursive', outputHash: SRI_EMPTY });
    fod('fod-nar-sha256', { outputHashMode: 'nar', outputHash: SRI_EMPTY });
    fod('fod-flat-sha1', { outputHashAlgo: 'sha1', outputHash: 'a9993e364706816aba3e25717850c26c9cd0d89d' });
    fod('fod-rec-sha1', { outputHashMode: 'recursive', outputHash: 'sha1:kpcd173cq987hw957sx6m0868wv3x6d9' });
    fod('fod-rec-sha512', {
      outputHashMode: 'recursive',
      outputHash:
        'sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==',
    });
    fod('fod-flat-md5', { outputHash: 'md5-kAFQmDzST7DWlj99KOF/cg==' });
    fod('fod-empty-hash', { outputHashMode: 'recursive', outputHashAlgo: 'sha256', outputHash: '' });
    fod('fod-algo-ignored', { outputHashAlgo: 'foo', outputHash: SRI_EMPTY });
  });

  it('print the method and hash in the ATerm', () => {
    const store = new DerivationStore();
    const spec = { method: 'recursive' as ContentAddressMethod, ...parseHash(SRI_EMPTY) };
    const r = add(store, { name: 'f', outputHashMode: 'recursive', outputHash: SRI_EMPTY }, { fixed: spec });
    expect(r.aterm).toMatch(
      /^Derive\(\[\("out","\/nix\/store\/f66gffbbljx7hpk8xw2f4ylk355g52as-f","r:sha256","e3b0c442[0-9a-f]{56}"\)\]/,
    );
  });

  it('hide how they are built from dependents', () => {
    const store = new DerivationStore();
    const o = ok<{ f1: string; f2: string; b1: Strict; b2: Strict }>('fod-dep');
    const fixed = { method: 'flat' as ContentAddressMethod, ...parseHash(SRI_EMPTY) };
    const f1 = add(store, { name: 'f', outputHash: SRI_EMPTY }, { fixed });
    const f2 = add(store, { name: 'f', builder: '/bin/other', outputHash: SRI_EMPTY }, { fixed });
    expect([out(f1), out(f2)]).toEqual([o.f1, o.f2]);
    const b1 = add(store, { name: 'b', s: out(f1) }, { inputDrvs: { [f1.drvPath]: ['out'] } });
    const b2 = add(store, { name: 'b', s: out(f2) }, { inputDrvs: { [f2.drvPath]: ['out'] } });
    expect([strict(b1), strict(b2)]).toEqual([o.b1, o.b2]);
    expect(out(b1)).toBe(out(b2));
  });

  it('may themselves have inputs', () => {
    const store = new DerivationStore();
    const o = ok<{ a: string; f: string; b: Strict }>('fod-with-inputs');
    const a = add(store, { name: 'a' });
    const fixed = { method: 'recursive' as ContentAddressMethod, ...parseHash(SRI_EMPTY) };
    const f = add(
      store,
      { name: 'f', s: out(a), outputHashMode: 'recursive', outputHash: SRI_EMPTY },
      { fixed, inputDrvs: { [a.drvPath]: ['out'] } },
    );
    expect([out(a), out(f)]).toEqual([o.a, o.f]);
    expect(strict(add(store, { name: 'b', s: out(f) }, { inputDrvs: { [f.drvPath]: ['out'] } }))).toEqual(
      o.b,
    );
  });
});

describe('structured attrs', () => {
  it('put everything but args into __json; outputs still get env entries', () => {
    const store = new DerivationStore();
    const json =
      '{"bar":{"a":"x"},"builder":"/bin/sh","foo":[1,2,"x"],"n":null,"name":"s","outputs":["out","dev"],' +
      '"system":"x86_64-linux","t":true}';
    const r = add(store, { name: 's', outputs: 'out dev' }, { args: ['a'], env: { __json: json } });
    expect(strict(r)).toEqual(ok('structured'));
    const json2 = '{"builder":"/bin/sh","m":"1","name":"s","system":"x86_64-linux"}';
    expect(strict(add(store, { name: 's' }, { env: { __json: json2 } }))).toEqual(
      ok('structured-ignore-nulls'),
    );
  });
});

describe('experimental kinds', () => {
  const features = ['ca-derivations', 'dynamic-derivations'];

  it('floating content-addressed derivations use placeholders', () => {
    const store = new DerivationStore({ experimentalFeatures: features });
    // __contentAddressed = true is consumed, not put in the env
    const attrs = { name: 'ca', outputs: 'out dev' };
    expect(strict(add(store, attrs, { contentAddressed: true }))).toEqual(ok('ca-basic'));
    const flat = { name: 'ca', outputHashMode: 'flat', outputHashAlgo: 'sha512' };
    const r = add(store, flat, { contentAddressed: true, floating: { method: 'flat', algo: 'sha512' } });
    expect(strict(r)).toEqual(ok('ca-flat-sha512'));
    expect(r.aterm).toContain('("out","","sha512","")');
  });

  it('dependents of floating CA derivations are deferred', () => {
    const store = new DerivationStore({ experimentalFeatures: features });
    const o = ok<{ a: string; b: string; c: Strict }>('ca-dep');
    const a = add(store, { name: 'a' }, { contentAddressed: true });
    const b = add(store, { name: 'b', s: out(a) }, { inputDrvs: { [a.drvPath]: ['out'] } });
    expect([out(a), out(b)]).toEqual([o.a, o.b]);
    expect(b.aterm).toContain('("out","","","")');
    expect(strict(add(store, { name: 'c', s: out(b) }, { inputDrvs: { [b.drvPath]: ['out'] } }))).toEqual(
      o.c,
    );
  });

  it('__contentAddressed with outputHash is a plain fixed-output derivation', () => {
    const store = new DerivationStore({ experimentalFeatures: features });
    const fixed = { method: 'flat' as ContentAddressMethod, ...parseHash(SRI_EMPTY) };
    const r = add(store, { name: 'f', outputHash: SRI_EMPTY }, { fixed, contentAddressed: true });
    expect(strict(r)).toEqual(ok('ca-and-fixed'));
  });

  it('text-hashed fixed outputs (dynamic derivations), which may be named *.drv', () => {
    const store = new DerivationStore({ experimentalFeatures: features });
    const fixed = { method: parseOutputHashMode('text', new Set(features)), ...parseHash(SRI_EMPTY) };
    const attrs = { outputHashMode: 'text', outputHash: SRI_EMPTY };
    expect(strict(add(store, { name: 't', ...attrs }, { fixed }))).toEqual(ok('text-fod'));
    expect(strict(add(store, { name: 't.drv', ...attrs }, { fixed }))).toEqual(ok('text-fod-drv-name'));
  });
});

describe('mkInput sanity', () => {
  it('keeps inputs untouched', () => {
    const input = mkInput({ name: 'x' });
    new DerivationStore().addDerivation(input);
    expect(input.env.has('out')).toBe(false);
    expect(hashBytes('sha256', '').length).toBe(32);
  });
});
