# The message for an invalid subpath.
lib: lib.path.append /foo "../bar"
