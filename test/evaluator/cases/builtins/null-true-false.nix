[ builtins.null builtins.true builtins.false ]
