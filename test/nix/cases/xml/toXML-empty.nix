builtins.toXML [ { } [ ] "" ]
