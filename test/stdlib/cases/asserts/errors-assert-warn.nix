# checkAssertWarn's message lists the failed assertions.
lib: lib.asserts.checkAssertWarn [ { assertion = false; message = "first"; } { assertion = true; message = "ok"; } { assertion = false; message = "second"; } ] [ ] null
