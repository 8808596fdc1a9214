builtins.splitVersion "1-2_3.4+5"
