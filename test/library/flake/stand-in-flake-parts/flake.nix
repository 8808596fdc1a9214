# A stand-in for flake-parts, just enough to evaluate Arbor's template flake offline in CI (the
# real flake-parts cannot be fetched there): `lib.mkFlake` follows the modules' `imports`, calls
# each module with `{ lib, config, inputs, ... }`, merges what they define into one `config`
# (sets recursively, lists concatenated) and returns `config.flake` plus `checks.<system>` from
# `perSystem`. Options are accepted and ignored. Every output is marked, so a test can tell the
# stand-in ran.
{
  outputs = _: {
    lib.mkFlake =
      { inputs, ... }:
      rootModule:
      let
        lib = {
          mkOption = option: option;
          types = {
            lazyAttrsOf = _: "lazyAttrsOf";
            raw = "raw";
            path = "path";
          };
          literalExpression = text: text;
          genAttrs =
            names: f:
            builtins.listToAttrs (
              map (name: {
                inherit name;
                value = f name;
              }) names
            );
          optional = condition: value: if condition then [ value ] else [ ];
          optionalAttrs = condition: attrs: if condition then attrs else { };
        };
        args = {
          inherit lib inputs config;
          self = { };
        };
        load =
          module:
          let
            value = if builtins.isPath module || builtins.isString module then import module else module;
            called = if builtins.isFunction value then value args else value;
          in
          [ called ] ++ builtins.concatMap load (called.imports or [ ]);
        modules = load rootModule;
        definitions =
          module:
          if module ? config || module ? options then
            module.config or { }
          else
            removeAttrs module [
              "imports"
              "_class"
              "_file"
              "key"
            ];
        merge =
          a: b:
          a
          // builtins.mapAttrs (
            name: value:
            if a ? ${name} && builtins.isAttrs value && builtins.isAttrs a.${name} then
              merge a.${name} value
            else if a ? ${name} && builtins.isList value then
              a.${name} ++ value
            else
              value
          ) b;
        config = builtins.foldl' merge { } (map definitions modules);
        perSystem = config.perSystem or (_: { });
      in
      config.flake
      // {
        checks = lib.genAttrs (config.systems or [ ]) (system: (perSystem { inherit system; }).checks or { });
        standInFlakeParts = true;
      };
  };
}
