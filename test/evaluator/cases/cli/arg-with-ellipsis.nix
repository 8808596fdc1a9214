# flags: --eval --strict --arg extra 5 --argstr s str
{ ... }@args: args
