# flags: --eval --strict
{ x ? 1 }: x
