# flags: --eval --strict --arg x 5
42
