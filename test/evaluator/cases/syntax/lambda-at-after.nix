(args@{ a, ... }: args.b + a) { a = 1; b = 2; }
