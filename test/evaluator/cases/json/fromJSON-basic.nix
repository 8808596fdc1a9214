builtins.fromJSON ''{"a": 1, "b": [1, 2.5, "x", null, true, false], "c": {"d": {}}}''
