let n = "b"; in /x${n}
