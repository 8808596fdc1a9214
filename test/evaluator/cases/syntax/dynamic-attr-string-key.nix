{ "a.b" = 1; "with space" = 2; "" = 3; }
