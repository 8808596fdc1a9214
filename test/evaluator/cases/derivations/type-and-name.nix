let d = derivation { name = "n"; system = "x"; builder = "/b"; }; in [ d.type d.name d.outputName (builtins.isAttrs d.drvAttrs) ]
