# Of two missing arguments, Nix names the first in symbol order: `missingOrderA` (met first, in the let).
let missingOrderA = 1; f = { missingOrderB, missingOrderA }: 1; in f { }
