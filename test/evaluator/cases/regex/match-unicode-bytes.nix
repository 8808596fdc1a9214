[ (builtins.match "h.llo" "héllo") (builtins.match "h..llo" "héllo") ]
