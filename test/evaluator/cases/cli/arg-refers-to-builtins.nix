# flags: --eval --strict --arg x "builtins.length [ 1 2 ]"
{ x }: x
