builtins.filterSource (path: type: false) ../../fixtures/filter
