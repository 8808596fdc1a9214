builtins.fromJSON (builtins.readFile ../../fixtures/files/data.json)
