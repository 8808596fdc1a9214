builtins.concatStringsSep ", " [ "only" ]
