map builtins.isPath [ ./x "/x" (./x + "/y") (toString ./x) /abs ]
