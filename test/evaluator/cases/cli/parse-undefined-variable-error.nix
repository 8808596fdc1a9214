# flags: --parse
undefinedThing + 1
