let s = with { x = 1; }; 5; in s
