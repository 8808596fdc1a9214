if false then abort "no" else "yes"
