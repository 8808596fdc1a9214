builtins.filter builtins.isString (builtins.split "\n" "a\nb\n\nc")
