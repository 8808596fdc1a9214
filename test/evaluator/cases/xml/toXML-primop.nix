builtins.toXML builtins.add
