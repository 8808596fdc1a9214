# lib.path on path values and subpath strings.
lib:
let
  p = lib.path;
  t = e: (builtins.tryEval e).success;
in
{
  append = p.append /foo "bar/baz";
  appendBad = [ (t (p.append "/foo" "bar")) (t (p.append /foo "../bar")) (t (p.append /foo "/abs")) (t (p.append /foo "")) ];
  hasPrefix = [ (p.hasPrefix /foo /foo/bar) (p.hasPrefix /foo /foo) (p.hasPrefix /foo/bar /foo) (p.hasPrefix /. /foo) ];
  removePrefix = [ (p.removePrefix /foo /foo/bar/baz) (p.removePrefix /foo /foo) (p.removePrefix /. /a) ];
  removePrefixBad = t (p.removePrefix /foo/bar /foo);
  splitRoot = p.splitRoot /foo/bar;
  splitRootRoot = p.splitRoot /.;
  hasStorePathPrefix = [
    (p.hasStorePathPrefix /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo)
    (p.hasStorePathPrefix /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo/bar)
    (p.hasStorePathPrefix /nix/store)
    (p.hasStorePathPrefix /home/user)
  ];
  isValid = map p.subpath.isValid [ "foo" "./foo" "foo/../bar" "" "/foo" 1 ".." "..." "foo/.." "a/./b" ];
  join = [ (p.subpath.join [ "foo" "./bar/" "baz/." ]) (p.subpath.join [ ]) (p.subpath.join [ "." "./." ]) ];
  joinBad = t (p.subpath.join [ "a" "/b" ]);
  components = [ (p.subpath.components "./foo//bar/./baz/") (p.subpath.components ".") ];
  normalise = map p.subpath.normalise [ "foo" "./foo/" "foo//bar" "./." "a/./b/." ".a/b" ];
  normaliseBad = t (p.subpath.normalise "../a");
}
