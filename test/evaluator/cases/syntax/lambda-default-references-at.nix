(args@{ a ? args.b, b }: a) { b = 7; }
