let p = import ../../fixtures/pkgs.nix { }; in [ p.dep.drvPath p.app.drvPath p.app.outPath p.nested.tool.outPath ]
