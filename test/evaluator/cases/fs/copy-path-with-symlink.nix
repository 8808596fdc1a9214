"${../../fixtures/links}"
