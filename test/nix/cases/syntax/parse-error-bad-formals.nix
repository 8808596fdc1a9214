{ a, b c }: a
