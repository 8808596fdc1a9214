builtins.fromJSON ''"a\nb\tc\"d\\e\/f"''
