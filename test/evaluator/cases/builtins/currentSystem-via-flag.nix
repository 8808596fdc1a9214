# flags: --eval --strict --system aarch64-linux
builtins.currentSystem
