# flags: --eval --strict --json
[ "q\"" "b\\" "n\n" "t\t" "\u{7f}" "é" "/" ]
