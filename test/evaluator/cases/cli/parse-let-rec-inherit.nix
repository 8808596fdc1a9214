# flags: --parse
x: d: let a = 1; inherit (x) b c; inherit d; in rec { e = a; f.g = 1; inherit a; }
