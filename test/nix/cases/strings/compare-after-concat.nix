("ab" + "c") == "abc"
