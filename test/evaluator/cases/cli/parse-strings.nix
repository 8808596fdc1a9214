# flags: --parse
x: y: [ "plain" "with ${x} interp" ''
  indented ${y}
'' "esc\n\t\"\\\${" ]
