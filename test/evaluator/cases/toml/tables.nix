builtins.fromTOML ''
  [server]
  host = "localhost"
  port = 8080

  [server.tls]
  enabled = false

  [client]
  name = "c"
''
