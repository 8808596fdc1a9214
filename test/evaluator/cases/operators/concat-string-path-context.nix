builtins.typeOf ("a" + ./x)
