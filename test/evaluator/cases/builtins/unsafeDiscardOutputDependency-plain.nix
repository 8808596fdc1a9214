builtins.unsafeDiscardOutputDependency "no context"
