# Of two unexpected arguments, Nix names the first in symbol order: `unexpectedOrderB` (met first, in the let).
let unexpectedOrderB = 1; f = { a }: a; in f { a = 1; unexpectedOrderA = 1; unexpectedOrderB = 2; }
