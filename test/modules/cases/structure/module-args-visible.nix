# `config._module.args` is readable from the evaluation's result.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        _module.args = {
          x = 1;
          y = "two";
        };
      }
    ];
  };
in
{
  inherit (e._module.args) x y;
  hasExtend = e._module.args ? extendModules;
  hasModuleType = e._module.args ? moduleType;
}
