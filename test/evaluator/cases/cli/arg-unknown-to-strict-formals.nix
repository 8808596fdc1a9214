# flags: --eval --strict --arg other 5
{ x ? 1 }: x
