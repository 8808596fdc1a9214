let sh = derivation { name = "sh"; system = "x"; builder = "/b"; }; in (derivation { name = "use"; system = "x"; builder = "${sh}/bin/sh"; }).drvPath
