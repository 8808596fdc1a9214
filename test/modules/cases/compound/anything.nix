# anything merges attribute sets recursively; equal leaves merge.
lib:
(lib.evalModules {
  modules = [
    { options.settings = lib.mkOption { type = lib.types.anything; }; }
    {
      settings = {
        a.b = 1;
        same = [ 1 ];
      };
    }
    {
      settings = {
        a.c = 2;
        same = [ 1 ];
        s = "x";
      };
    }
  ];
}).config.settings
