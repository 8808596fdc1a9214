/**
 * Nix files that Nix ships inside its binary and makes reachable as `<nix/…>`: today only
 * `<nix/fetchurl.nix>`, the fixed-output derivation behind `import <nix/fetchurl.nix>`. Ours is
 * written to the same interface (the same arguments and defaults, a `builtin:fetchurl` builder);
 * building it needs a real Nix, but evaluating it and computing its paths works here.
 */

export const COREPKGS_DIR = '/__corepkgs__';

const FETCHURL_NIX = `{ system ? "", # unused; kept for old callers
  url,
  hash ? "", # SRI hash
  md5 ? "",
  sha1 ? "",
  sha256 ? "",
  sha512 ? "",
  outputHash ? (
    if hash != "" then hash
    else if sha512 != "" then sha512
    else if sha1 != "" then sha1
    else if md5 != "" then md5
    else sha256
  ),
  outputHashAlgo ? (
    if hash != "" then ""
    else if sha512 != "" then "sha512"
    else if sha1 != "" then "sha1"
    else if md5 != "" then "md5"
    else "sha256"
  ),
  executable ? false,
  unpack ? false,
  name ? baseNameOf (toString url),
  impure ? false
}:

derivation ({
  builder = "builtin:fetchurl";
  outputHashMode = if unpack || executable then "recursive" else "flat";
  inherit name url executable unpack;
  system = "builtin";
  preferLocalBuild = true;
  impureEnvVars = [ "http_proxy" "https_proxy" "ftp_proxy" "all_proxy" "no_proxy" ];
  urls = [ url ];
} // (if impure then { __impure = true; } else { inherit outputHashAlgo outputHash; }))
`;

export const COREPKGS: ReadonlyMap<string, Uint8Array> = new Map([
  [`${COREPKGS_DIR}/fetchurl.nix`, new TextEncoder().encode(FETCHURL_NIX)],
]);
