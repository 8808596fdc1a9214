let s = { foo = 1; "a b" = 2; }; k = "foo"; in [ s.${k} s."a b" s.${"a" + " b"} ]
