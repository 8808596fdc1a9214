builtins.fetchTree { type = "path"; path = "/x"; }
