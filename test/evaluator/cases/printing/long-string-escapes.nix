# A long string with every character Nix escapes when printing (", \, newline, CR, tab, ${).
builtins.concatStringsSep "" (builtins.genList (i: "a\"b\\c\nd\re\tf$${x}g$$h${"$"}{i$") 300)
