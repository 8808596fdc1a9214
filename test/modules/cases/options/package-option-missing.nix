# A package option whose default is missing from the package set fails when read.
lib:
(lib.evalModules {
  modules = [ { options.pkg = lib.mkPackageOption { } "absent" { }; } ];
}).config.pkg
