# flags: --eval --strict -E 'builtins.typeOf builtins.currentTime'
