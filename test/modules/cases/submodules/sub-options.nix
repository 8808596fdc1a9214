# A submodule type exposes its options for documentation through getSubOptions.
lib:
let
  t = lib.types.attrsOf (
    lib.types.submodule {
      options.port = lib.mkOption {
        type = lib.types.port;
        description = "The port.";
      };
    }
  );
  sub = t.getSubOptions [ "services" ];
in
{
  names = builtins.attrNames sub;
  loc = sub.port.loc;
  description = sub.port.description;
}
