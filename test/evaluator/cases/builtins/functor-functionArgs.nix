builtins.functionArgs { __functor = self: { a }: a; }
