# flags: --eval --strict --expr '"long"'
