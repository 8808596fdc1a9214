let myFunc = { x }: x; in myFunc { y = 1; }
