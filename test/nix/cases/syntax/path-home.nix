builtins.typeOf ~/foo
