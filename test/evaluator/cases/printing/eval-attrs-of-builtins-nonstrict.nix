# flags: --eval
{ inherit (builtins) true null; }
