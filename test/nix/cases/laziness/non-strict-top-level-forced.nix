# flags: --eval
throw "top"
