# flags: --parse
{ a, b, c }: [ (a < b) (a > b) (a <= b) (a >= b) (a == b) (a != b) (!a) (-a) (a && b || c) (a -> b) (a // b) (a ++ b) (a ? b.c) (a.b or c) (a + b) ]
