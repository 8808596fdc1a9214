[ ./foo /abs/path ]
