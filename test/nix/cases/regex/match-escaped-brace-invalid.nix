builtins.match "\\$\\{x\\}" "\${x}"
