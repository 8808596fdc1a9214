builtins.filterSource (path: type: 1) ../../fixtures/filter
