let x = "world"; n = 5; in "hello ${x} ${toString n} ${"nested ${x}"}"
