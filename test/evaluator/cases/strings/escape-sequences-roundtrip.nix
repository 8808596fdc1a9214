builtins.stringLength "\n\t\r\\\""
