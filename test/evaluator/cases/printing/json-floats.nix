# flags: --eval --strict --json
[ 0.1 1.0 1.0e20 1.0e-7 123456789.0 ]
