"str" 1
