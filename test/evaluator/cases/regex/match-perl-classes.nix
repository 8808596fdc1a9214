[ (builtins.match "\\w+" "abc_1") (builtins.match "\\d+" "123") (builtins.match "\\s" " ") ]
