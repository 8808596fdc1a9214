builtins.fromTOML (builtins.concatStringsSep "\n" [
  "basic = \"tab\\there \\u00e9 quote\\\" end\""
  "literal = 'C:\\path\\no-escape'"
  "multi = \"\"\""
  "line1"
  "line2\"\"\""
  "multilit = '''"
  "raw\\n'''"
  ""
])
