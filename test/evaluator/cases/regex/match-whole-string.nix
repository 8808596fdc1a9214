[ (builtins.match "abc" "abc") (builtins.match "ab" "abc") (builtins.match "bc" "abc") ]
