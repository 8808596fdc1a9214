builtins.fromTOML ''
  odt = 1979-05-27T07:32:00Z
  ld = 1979-05-27
  lt = 07:32:00
''
