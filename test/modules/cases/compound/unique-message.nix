# unique rejects two definitions with its own message.
lib:
(lib.evalModules {
  modules = [
    {
      options.id = lib.mkOption {
        type = lib.types.unique { message = "Set the id in exactly one place."; } lib.types.int;
      };
    }
    { id = 1; }
    { id = 1; }
  ];
}).config.id
