let a = "x"; in "${a}${"${a}${a}"}"
