# Reading a renamed option by its old name gives the new option's value and traces a notice.
lib:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { default = 1; }; }
  ];
}).config.old
