# flags: --eval --strict --json
# --json (and toJSON, toXML, attrValues) go by name.
let jsonOrderZ = 0; in {
  jsonOrderB = builtins.trace "jsonOrderB" 1;
  jsonOrderA = builtins.trace "jsonOrderA" 2;
  jsonOrderZ = builtins.trace "jsonOrderZ" (builtins.toXML { q = builtins.trace "q" 1; p = builtins.trace "p" 2; });
}
