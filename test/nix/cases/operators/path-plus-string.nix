./a + "/b.txt"
