let mkThing = { name, size }: name; in mkThing { name = "x"; }
