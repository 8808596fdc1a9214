# flags: --parse
''
    line
  ''${"x"}
''
