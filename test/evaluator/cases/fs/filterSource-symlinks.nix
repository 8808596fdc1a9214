builtins.filterSource (path: type: true) ../../fixtures/links
