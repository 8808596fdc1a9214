# flags: --eval --strict --argstr name world
{ name }: "hello ${name}"
