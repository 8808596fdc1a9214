# flags: --parse
a: y: { ${a} = 1; "b c" = 2; x.${y}.z = 3; }
