"${../../fixtures/dir}"
