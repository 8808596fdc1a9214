# A stand-in for import-tree, for the offline template test: `inputs.import-tree ./dir` is a
# module importing every `.nix` file under `dir` (sorted, depth first), skipping paths whose
# component starts with `_`, as import-tree does.
{
  outputs = _: {
    __functor =
      _: root:
      let
        files =
          dir:
          let
            entries = builtins.readDir dir;
            visit =
              name:
              if builtins.substring 0 1 name == "_" then
                [ ]
              else if entries.${name} == "directory" then
                files (dir + "/${name}")
              else if builtins.match ".*\\.nix" name != null then
                [ (dir + "/${name}") ]
              else
                [ ];
          in
          builtins.concatMap visit (builtins.attrNames entries);
      in
      {
        imports = files root;
      };
  };
}
