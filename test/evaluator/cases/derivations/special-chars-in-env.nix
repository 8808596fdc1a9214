(derivation { name = "esc"; system = "x"; builder = "/b"; s = "quote\" backslash\\ nl\n tab\t"; }).drvPath
