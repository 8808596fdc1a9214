abort 42
