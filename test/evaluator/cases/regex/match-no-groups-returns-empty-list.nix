builtins.match "a+" "aaa"
