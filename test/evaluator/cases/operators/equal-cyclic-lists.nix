let x = [ x ]; z = [ z ]; in x == z
