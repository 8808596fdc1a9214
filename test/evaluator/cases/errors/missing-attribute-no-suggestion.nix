{ a = 1; }.zzzzzz
