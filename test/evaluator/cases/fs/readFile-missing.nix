builtins.readFile ./nope.txt
