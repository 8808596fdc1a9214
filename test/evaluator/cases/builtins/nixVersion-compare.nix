builtins.compareVersions builtins.nixVersion "2.18" >= 0
