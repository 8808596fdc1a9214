# The loop itself exists (a link is there); a path below it is an error (pathExists-symlink-loop-below).
[
  (builtins.pathExists ../../fixtures/loop/self)
  (builtins.readFileType ../../fixtures/loop/self)
  (builtins.readDir ../../fixtures/loop)
]
