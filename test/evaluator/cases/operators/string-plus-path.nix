"/prefix" + ./foo.txt
