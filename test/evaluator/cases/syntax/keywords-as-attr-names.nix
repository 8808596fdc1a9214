{ if = 1; then = 2; let = 3; inherit = 4; rec = 5; with = 6; }.let
