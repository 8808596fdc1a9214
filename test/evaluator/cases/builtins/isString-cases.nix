map builtins.isString [ "" "s" ./p https://u.rl 1 ]
