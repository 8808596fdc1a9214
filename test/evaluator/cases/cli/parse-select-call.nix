# flags: --parse
{ f, a, c, d, e, g }: f a.b (c d) e.${f} or g
