{ a = 1; b = throw "b"; }.a
