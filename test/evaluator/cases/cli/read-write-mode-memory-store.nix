# flags: --eval --strict --read-write-mode --store 'local?root=/tmp/arbor-oracle-store' --option build-users-group ''
# With a store that can be written, what --read-write-mode adds can be read back: a toFile result
# imported, a copied directory listed, and a path coerced to a string in JSON.
let
  file = builtins.toFile "module.nix" "{ a = 1; }";
  dir = builtins.path { path = ../../fixtures/files; name = "files"; };
in
{
  imported = import file;
  read = builtins.readFile file;
  listed = builtins.attrNames (builtins.readDir dir);
  copied = builtins.readFile "${../../fixtures/files/hello.txt}";
  json = builtins.toJSON ./read-write-mode-memory-store.nix;
}
