# A package option rejects values that are not derivations.
lib:
(lib.evalModules {
  modules = [
    { options.pkg = lib.mkPackageOption { } "absent" { default = null; }; }
    { pkg = 42; }
  ];
}).config.pkg
