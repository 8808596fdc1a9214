builtins.concatLists { }
