builtins.elemAt (builtins.genList (i: if i == 2 then throw "two" else i) 5) 3
