builtins.fromTOML (builtins.readFile ../../fixtures/files/data.toml)
