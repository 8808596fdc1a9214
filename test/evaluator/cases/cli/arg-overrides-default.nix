# flags: --eval --strict --arg x 5
{ x ? 1 }: x * 2
