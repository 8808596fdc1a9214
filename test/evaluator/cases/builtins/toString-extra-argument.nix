# `toString 1 2` applies the string "1" to 2: an error about calling a string, not a crash.
toString 1 2
