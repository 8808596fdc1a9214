# flags: --eval --strict -E 'builtins.unsafeGetAttrPos "a" { a = 1; }'
