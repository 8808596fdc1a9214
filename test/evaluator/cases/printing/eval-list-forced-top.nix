# flags: --eval
[ 1 2 ]
