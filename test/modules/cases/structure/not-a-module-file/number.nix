# Not a module.
42
