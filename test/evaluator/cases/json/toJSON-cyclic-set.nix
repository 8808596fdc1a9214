# A set that contains itself never ends as JSON: Nix overflows its stack (at once, in Arbor too).
let x = { inherit x; }; in builtins.toJSON x
