# `imports` items may not be lists themselves.
lib:
(lib.evalModules {
  modules = [
    {
      imports = [ [ { } ] ];
    }
  ];
}).config
