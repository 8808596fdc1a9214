true * 2
