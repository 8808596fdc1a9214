# callPackageWith names the missing argument and suggests close names from the scope.
lib: (lib.callPackageWith { fooBar = 1; fooBaz = 2; other = 3; } ({ fooBat }: fooBat) { }).x
