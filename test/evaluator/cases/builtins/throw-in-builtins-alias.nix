builtins.throw "via builtins"
