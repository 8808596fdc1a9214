# flags: --eval --strict --arg x 5
x: x
