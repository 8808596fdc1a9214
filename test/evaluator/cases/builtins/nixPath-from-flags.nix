# flags: --eval --strict -I foo=/some/where -I /plain/dir
builtins.nixPath
