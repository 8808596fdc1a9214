# flags: --eval --strict --json
{ __toString = self: "s"; a = 1; }
