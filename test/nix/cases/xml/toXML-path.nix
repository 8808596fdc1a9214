builtins.toXML ./some/path
