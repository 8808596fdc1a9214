map builtins.parseDrvName [ "python3.11-requests-2.31.0" "gtk+-3.24" "x86_64-unknown-linux-gnu-gcc-13.2.0" "font-1-2" ]
