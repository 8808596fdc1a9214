# flags: --eval --strict --argstr unrelated u
{ x ? 1 }: x
