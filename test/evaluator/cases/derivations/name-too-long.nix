(derivation { name = builtins.concatStringsSep "" (builtins.genList (i: "a") 212); system = "x"; builder = "/b"; }).drvPath
