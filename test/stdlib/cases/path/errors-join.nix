# The message for an invalid element of subpath.join.
lib: lib.path.subpath.join [ "ok" "also/ok" "/abs" ]
