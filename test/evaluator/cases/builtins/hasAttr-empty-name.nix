[ (builtins.hasAttr "" { "" = 1; }) (builtins.hasAttr "" { }) ]
