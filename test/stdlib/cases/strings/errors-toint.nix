# The message for a zero-padded number.
lib: lib.toInt "010"
