builtins.isAttrs builtins.builtins
