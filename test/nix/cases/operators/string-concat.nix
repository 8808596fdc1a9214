"foo" + "bar" + ""
