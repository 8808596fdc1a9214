# importApply passes a static argument to a module file and keeps its file name for reports.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.motd = lib.mkOption { type = lib.types.str; }; }
      (lib.modules.importApply ./import-apply/motd.nix { site = "lab"; })
    ];
  };
in
{
  value = e.config.motd;
  files = map baseNameOf e.options.motd.files;
}
