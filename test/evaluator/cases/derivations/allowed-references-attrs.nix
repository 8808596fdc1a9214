(derivation { name = "ar"; system = "x"; builder = "/b"; allowedReferences = [ ]; allowedRequisites = [ ]; disallowedReferences = [ "x" ]; }).drvPath
