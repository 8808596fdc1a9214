builtins.readFileType "${toString ../../fixtures/dir}"
