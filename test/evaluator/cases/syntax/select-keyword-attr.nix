let s = { "if" = 1; "let" = 2; }; in [ s."if" s."let" ]
