(args@{ a ? 1, b }: [ a (args ? a) b ]) { b = 2; }
