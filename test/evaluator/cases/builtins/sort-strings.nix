builtins.sort (a: b: a < b) [ "banana" "apple" "Cherry" "apple2" ]
