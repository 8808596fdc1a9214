assert 1; "ok"
