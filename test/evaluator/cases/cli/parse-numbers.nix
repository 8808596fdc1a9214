# flags: --parse
[ 1 1.5 0.1 1.0e10 (-1) ]
