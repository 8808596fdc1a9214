[ (builtins.match "[]a]+" "]a]") (builtins.match "[^a]+" "bcd") (builtins.match "[a-]+" "a-a") ]
