map builtins.stringLength [ "" "abc" "é" "🎉" ]
