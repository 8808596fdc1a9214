(derivation { name = "tf"; system = "x"; builder = "/b"; script = builtins.toFile "s.sh" "echo hi"; }).drvPath
