# line comment
/* block
   comment */ 1 + /* inline */ 2 # trailing
