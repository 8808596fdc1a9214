[ (builtins.compareVersions "1.0" "1.0") (builtins.compareVersions "1.01" "1.1") (builtins.compareVersions "1.0pre" "1.0") ]
