# flags: --eval --xml
./foo
