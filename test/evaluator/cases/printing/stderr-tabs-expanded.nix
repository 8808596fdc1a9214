# Tabs in logged messages become spaces up to the next multiple of 8 columns, counted from the
# start of the message ("trace: " included, newlines counting zero) with wide characters as two.
builtins.trace "x\ty\nab\tc" (builtins.trace "日本\tx é\té" (builtins.trace "e\u0301\tz" 1))
