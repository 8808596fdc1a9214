# flags: --eval --strict --arg xs "[ 1 2 (1 + 2) ]"
{ xs }: builtins.length xs
