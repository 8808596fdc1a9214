/**
 * Nix expressions whose results (from the real Nix 2.26 oracle) the store
 * tests compare against. gen-expected.ts evaluates each with
 * `nix-instantiate --eval --strict --json` and records `{ ok }` or
 * `{ error }` (the final `error:` line) in expected.json.
 * `@TREES@` is replaced by the directory holding SYNTHETIC_TREES.
 */
const SRI_EMPTY = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const PRE =
  'let B = { system = "x86_64-linux"; builder = "/bin/sh"; }; ' +
  'ds = a: builtins.derivationStrict (B // a); d = a: derivation (B // a); ' +
  'o = x: { inherit (x) drvPath outPath; }; in ';
const F = './fixtures';

export interface OracleCase {
  expr: string;
  features?: string[];
}

const c = (expr: string, features?: string[]): OracleCase => (features ? { expr, features } : { expr });
const drv = (expr: string, features?: string[]): OracleCase => c(PRE + expr, features);
const CA = ['ca-derivations', 'dynamic-derivations'];

export const CASES: Record<string, OracleCase> = {
  // hashes
  'hashString-abc': c('map (a: builtins.hashString a "abc") ["md5" "sha1" "sha256" "sha512"]'),
  'hashString-empty': c('map (a: builtins.hashString a "") ["md5" "sha1" "sha256" "sha512"]'),
  'hashString-unicode': c('builtins.hashString "sha256" "é日本\\n"'),
  'convert-all': c(
    'builtins.concatMap (a: let h = builtins.hashString a "abc"; in map (f: builtins.convertHash { hash = h; hashAlgo = a; toHashFormat = f; }) ["base16" "nix32" "base32" "base64" "sri"]) ["md5" "sha1" "sha256" "sha512"]',
  ),
  'hashFile-fixtures': c(`map (a: builtins.hashFile a ${F}/file.txt) ["md5" "sha1" "sha256" "sha512"]`),
  // store paths
  'toFile-basic': c('builtins.toFile "a" "b"'),
  'toFile-unicode': c('builtins.toFile "u" "é日本\\n"'),
  'toFile-refs': c('builtins.toFile "x" "${builtins.toFile "a" "b"} ${builtins.toFile "c" "b"}"'),
  'toFile-refs-dup': c('let a = builtins.toFile "a" "b"; in builtins.toFile "x" "${a}${a}"'),
  'toFile-names': c('map (n: builtins.toFile n "x") ["..." "...-" "-" "a-." "azAZ09+-._?=" "a.drv" ".a"]'),
  'toFile-drv-output': drv('builtins.toFile "x" "${d { name = "a"; }}"'),
  'path-fixtures': c(
    `map (p: builtins.path { path = p; }) [${F}/file.txt ${F}/script.sh ${F}/tree ${F}/link ${F}/tree/sub]`,
  ),
  'interp-fixtures': c(`map (p: "\${p}") [${F}/file.txt ${F}/script.sh ${F}/tree ${F}/link]`),
  'path-named': c(`builtins.path { path = ${F}/tree; name = "renamed"; }`),
  'path-flat': c(`map (p: builtins.path { path = p; recursive = false; }) [${F}/file.txt ${F}/script.sh]`),
  'path-synthetic': c(
    'map (n: builtins.path { path = @TREES@ + "/${n}"; }) [ "empty-dir" "dir-with-empty-dir" "sorted-names" "unicode-names" "padding-lengths" "dangling-link" "exec-only" ]',
  ),
  placeholders: c('map builtins.placeholder ["out" "dev" "bin"]'),
  // derivations
  'drv-basic': drv('ds { name = "x"; }'),
  'drv-args': drv('ds { name = "x"; args = [ "-c" "echo \\"hi\\"\\n\\ttab\\\\ \\r" "" ]; }'),
  'drv-multi': drv('ds { name = "multi"; outputs = [ "out" "dev" "lib" ]; }'),
  'drv-multi-order': drv('ds { name = "multi"; outputs = [ "lib" "out" "dev" ]; }'),
  'drv-outputs-string': drv('ds { name = "x"; outputs = "  a   b  "; }'),
  'drv-escape': drv(
    'ds { name = "esc"; weird = "q\\" b\\\\ n\\n t\\t r\\r u é 日本 $"; "key with space" = "v"; "" = "empty key"; "ü" = "k"; }',
  ),
  'drv-system-escape': drv('ds { name = "x"; system = "x\\"y\\\\z\\n"; builder = "/bin/\\"sh\\n"; }'),
  'drv-ca-false': drv('ds { name = "x"; __contentAddressed = false; __impure = false; }'),
  'drv-user-out': drv('ds { name = "x"; outputs = [ "out" "dev" ]; out = "zzz"; dev = "y"; }'),
  'drv-dep': drv('let a = d { name = "a"; }; in { a = o a; b = ds { name = "b"; src = a; }; }'),
  'drv-dep-multi': drv(
    'let a = d { name = "a"; outputs = [ "out" "dev" ]; }; in { a = o a; dev = a.dev.outPath; b = ds { name = "b"; x = "${a.dev} ${a.out}"; }; c = ds { name = "c"; x = a.dev; }; }',
  ),
  'drv-chain': drv(
    'let a = d { name = "a"; }; b = d { name = "b"; s = a; }; in { a = o a; b = o b; c = ds { name = "c"; s = b; args = [ "${a}" ]; }; }',
  ),
  'drv-tofile': drv('ds { name = "x"; src = builtins.toFile "f" "content"; }'),
  'drv-tofile-refs': drv(
    'let f = builtins.toFile "f" "content"; g = builtins.toFile "g" "uses ${f}"; in ds { name = "x"; src = g; }',
  ),
  'drv-source': drv(`ds { name = "x"; src = ${F}/tree; file = "\${${F}/file.txt}"; }`),
  'fod-flat-sha256-hex': drv(
    'ds { name = "f"; outputHashAlgo = "sha256"; outputHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; }',
  ),
  'fod-flat-sha256-nix32': drv(
    'ds { name = "f"; outputHashAlgo = "sha256"; outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; }',
  ),
  'fod-flat-sha256-sri': drv(`ds { name = "f"; outputHash = "${SRI_EMPTY}"; }`),
  'fod-flat-sha256-prefixed': drv(
    'ds { name = "f"; outputHash = "sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; }',
  ),
  'fod-flat-explicit': drv(`ds { name = "f"; outputHashMode = "flat"; outputHash = "${SRI_EMPTY}"; }`),
  'fod-rec-sha256': drv(`ds { name = "f"; outputHashMode = "recursive"; outputHash = "${SRI_EMPTY}"; }`),
  'fod-nar-sha256': drv(`ds { name = "f"; outputHashMode = "nar"; outputHash = "${SRI_EMPTY}"; }`),
  'fod-flat-sha1': drv(
    'ds { name = "f"; outputHashAlgo = "sha1"; outputHash = "a9993e364706816aba3e25717850c26c9cd0d89d"; }',
  ),
  'fod-rec-sha1': drv(
    'ds { name = "f"; outputHashMode = "recursive"; outputHash = "sha1:kpcd173cq987hw957sx6m0868wv3x6d9"; }',
  ),
  'fod-rec-sha512': drv(
    'ds { name = "f"; outputHashMode = "recursive"; outputHash = "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=="; }',
  ),
  'fod-flat-md5': drv('ds { name = "f"; outputHash = "md5-kAFQmDzST7DWlj99KOF/cg=="; }'),
  'fod-empty-hash': drv(
    'ds { name = "f"; outputHashMode = "recursive"; outputHashAlgo = "sha256"; outputHash = ""; }',
  ),
  'fod-algo-ignored': drv(`ds { name = "f"; outputHashAlgo = "foo"; outputHash = "${SRI_EMPTY}"; }`),
  'fod-dep': drv(
    `let f1 = d { name = "f"; outputHash = "${SRI_EMPTY}"; }; f2 = d { name = "f"; builder = "/bin/other"; outputHash = "${SRI_EMPTY}"; }; in { f1 = o f1; f2 = o f2; b1 = ds { name = "b"; s = f1; }; b2 = ds { name = "b"; s = f2; }; }`,
  ),
  'fod-with-inputs': drv(
    `let a = d { name = "a"; }; f = d { name = "f"; s = a; outputHashMode = "recursive"; outputHash = "${SRI_EMPTY}"; }; in { a = o a; f = o f; b = ds { name = "b"; s = f; }; }`,
  ),
  structured: drv(
    'ds { name = "s"; __structuredAttrs = true; foo = [ 1 2 "x" ]; bar = { a = "x"; }; args = [ "a" ]; outputs = [ "out" "dev" ]; n = null; t = true; }',
  ),
  'structured-ignore-nulls': drv(
    'ds { name = "s"; __structuredAttrs = true; __ignoreNulls = true; n = null; m = "1"; }',
  ),
  'ignore-nulls': drv('ds { name = "x"; __ignoreNulls = true; n = null; m = "1"; }'),
  coercions: drv(
    'ds { name = "x"; i = 1; t = true; f = false; n = null; l = [ "a" 1 "b" null true [ "c" ] ]; }',
  ),
  'ca-basic': drv('ds { name = "ca"; __contentAddressed = true; outputs = [ "out" "dev" ]; }', CA),
  'ca-flat-sha512': drv(
    'ds { name = "ca"; __contentAddressed = true; outputHashMode = "flat"; outputHashAlgo = "sha512"; }',
    CA,
  ),
  'ca-dep': drv(
    'let a = d { name = "a"; __contentAddressed = true; }; b = d { name = "b"; s = a; }; in { a = o a; b = o b; c = ds { name = "c"; s = b; }; }',
    CA,
  ),
  'ca-and-fixed': drv(`ds { name = "f"; __contentAddressed = true; outputHash = "${SRI_EMPTY}"; }`, CA),
  'text-fod': drv(`ds { name = "t"; outputHashMode = "text"; outputHash = "${SRI_EMPTY}"; }`, CA),
  'text-fod-drv-name': drv(
    `ds { name = "t.drv"; outputHashMode = "text"; outputHash = "${SRI_EMPTY}"; }`,
    CA,
  ),
  // errors
  'err-name-space': drv('ds { name = "x y"; }'),
  'err-name-empty': drv('ds { name = ""; }'),
  'err-name-dotdot': drv('ds { name = ".."; }'),
  'err-name-dotdash': drv('ds { name = ".-a"; }'),
  'err-name-long': drv(`ds { name = "${'a'.repeat(212)}"; }`),
  'err-name-drv-long': drv(`ds { name = "${'a'.repeat(208)}"; }`),
  'err-name-drv': drv('ds { name = "x.drv"; }'),
  'err-output-dup': drv('ds { name = "x"; outputs = [ "out" "out" ]; }'),
  'err-output-empty': drv('ds { name = "x"; outputs = [ ]; }'),
  'err-output-drvpath': drv('ds { name = "x"; outputs = [ "drvPath" ]; }'),
  'err-output-slash': drv('ds { name = "x"; outputs = [ "a/b" ]; }'),
  'err-output-long': drv(`ds { name = "${'a'.repeat(208)}"; outputs = [ "out" "dev" ]; }`),
  'err-no-builder': c('builtins.derivationStrict { name = "x"; system = "x"; }'),
  'err-no-system': c('builtins.derivationStrict { name = "x"; builder = "x"; }'),
  'err-empty-builder': c('builtins.derivationStrict { name = "x"; builder = ""; system = ""; }'),
  'err-fod-multi': drv(`ds { name = "x"; outputs = [ "out" "dev" ]; outputHash = "${SRI_EMPTY}"; }`),
  'err-fod-dev': drv(`ds { name = "x"; outputs = [ "dev" ]; outputHash = "${SRI_EMPTY}"; }`),
  'err-fod-mode': drv(`ds { name = "x"; outputHashMode = "foo"; outputHash = "${SRI_EMPTY}"; }`),
  'err-fod-text': drv(`ds { name = "x"; outputHashMode = "text"; outputHash = "${SRI_EMPTY}"; }`),
  'err-fod-git': drv(`ds { name = "x"; outputHashMode = "git"; outputHash = "${SRI_EMPTY}"; }`),
  'err-fod-empty-noalgo': drv('ds { name = "x"; outputHash = ""; }'),
  'err-fod-notype': drv('ds { name = "x"; outputHash = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }'),
  'err-fod-wrongtype': drv(`ds { name = "x"; outputHashAlgo = "sha1"; outputHash = "${SRI_EMPTY}"; }`),
  'err-ca': drv('ds { name = "x"; __contentAddressed = true; }'),
  'err-drv-deep': drv('let a = d { name = "a"; }; in ds { name = "b"; p = a.drvPath; }'),
  'err-toFile-space': c('builtins.toFile "a b" "x"'),
  'err-toFile-empty': c('builtins.toFile "" "x"'),
  'err-toFile-dotdot': c('builtins.toFile ".." "x"'),
  'err-toFile-dotdash': c('builtins.toFile "..-x" "x"'),
  'err-toFile-long': c(`builtins.toFile "${'a'.repeat(212)} " "x"`),
};

/** Hash strings Nix must reject, and the error each gives. */
export const BAD_HASHES: string[] = [
  'sha256:abc',
  'sha256:',
  'sha256:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  'sha256:2zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  'sha256:1zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzze',
  'md5:8zzzzzzzzzzzzzzzzzzzzzzzzz',
  'sha512:' + '4' + 'z'.repeat(102),
  'sha256:g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF',
  'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF!',
  'sha256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF==',
  'sha256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSu!U=',
  'md5-1B2M2Y8Asg Tp gAmY7PhCfg==',
  'foo:abc',
  'foo-abc',
  'SHA256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
];

/** Hash strings Nix accepts (converted to every format). */
export const GOOD_HASHES: string[] = [
  'sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
  'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU',
  'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=extra',
  'sha256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  'sha256:1zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  'sha1:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  'md5:7zzzzzzzzzzzzzzzzzzzzzzzzz',
  'md5-1B2M2Y8AsgTpgAmY7PhCfg=',
  'md5-1B2M2Y8AsgTpgAmY7PhCfg==',
  'sha512:' + '1' + 'z'.repeat(102),
  'sha512:' + '0' + 'z'.repeat(102),
  'sha512:' + '3' + 'z'.repeat(102),
];

for (const h of [...BAD_HASHES, ...GOOD_HASHES])
  CASES[`hash:${h}`] = c(
    `map (f: builtins.convertHash { hash = ${JSON.stringify(h)}; toHashFormat = f; }) [ "base16" "nix32" "base64" "sri" ]`,
  );
