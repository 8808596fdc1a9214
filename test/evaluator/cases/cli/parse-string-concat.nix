# flags: --parse
x: "a" + x + "b${x}c"
