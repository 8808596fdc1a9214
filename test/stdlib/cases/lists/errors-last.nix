# The message of `last` on an empty list.
lib: lib.last [ ]
