[ (builtins.match "^abc$" "abc") (builtins.match "^a" "abc") ]
