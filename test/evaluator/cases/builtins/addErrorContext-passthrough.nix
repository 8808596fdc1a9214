builtins.addErrorContext "some context" 42
