# flags: --eval
[ 1 (1 + 1) "s" null true ]
