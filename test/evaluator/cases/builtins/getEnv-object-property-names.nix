# Names that every JavaScript object has are ordinary, unset variables.
map builtins.getEnv [ "toString" "constructor" "__proto__" "hasOwnProperty" ]
