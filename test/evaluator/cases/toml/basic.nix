builtins.fromTOML ''
  title = "TOML"
  number = 42
  float = 3.5
  bool = true
  list = [ 1, 2, 3 ]
''
