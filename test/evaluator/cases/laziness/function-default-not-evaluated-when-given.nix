({ a ? throw "default" }: a) { a = 1; }
