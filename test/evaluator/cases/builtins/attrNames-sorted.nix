builtins.attrNames { z = 1; a = 2; m = 3; B = 4; "10" = 5; "9" = 6; }
