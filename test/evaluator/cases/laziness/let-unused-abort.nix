let x = abort "never"; in 2
