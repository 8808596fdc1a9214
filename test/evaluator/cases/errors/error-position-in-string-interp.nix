let x = { }; in "before ${x.missing} after"
