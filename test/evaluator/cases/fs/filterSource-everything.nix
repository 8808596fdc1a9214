builtins.filterSource (path: type: true) ../../fixtures/filter
