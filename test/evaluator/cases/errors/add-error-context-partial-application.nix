let f = builtins.addErrorContext "partial"; in f (abort "gone")
