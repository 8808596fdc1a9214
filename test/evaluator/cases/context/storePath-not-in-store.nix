builtins.storePath "/tmp/foo"
