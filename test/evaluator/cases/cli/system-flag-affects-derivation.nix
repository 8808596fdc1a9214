# flags: --eval --strict --system riscv64-linux
builtins.currentSystem
