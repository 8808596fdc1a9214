builtins.filterSource (path: type: type == "directory" || builtins.match ".*\\.txt" path != null) ../../fixtures/filter
