builtins.fromTOML ''
  [[item]]
  name = "a"
  [[item]]
  name = "b"
  [item.sub]
  x = 1
''
