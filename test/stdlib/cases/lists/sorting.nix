# Sorting: builtin sort, sortOn stability, naturalSort, compareLists, toposort.
lib:
{
  sort = lib.sort (a: b: a < b) [ 3 1 2 ];
  sortOn = lib.sortOn (x: x.k) [
    { k = 2; n = "a"; }
    { k = 1; n = "b"; }
    { k = 2; n = "c"; }
    { k = 0; n = "d"; }
  ];
  naturalSort = lib.naturalSort [ "disk11" "disk8" "disk100" "disk9" "a" "disk08" ];
  naturalSortVersions = lib.naturalSort [ "10.46.1" "10.5.0" "1.0" "9.0" ];
  compareLists = [
    (lib.compareLists lib.compare [ ] [ ])
    (lib.compareLists lib.compare [ 1 ] [ ])
    (lib.compareLists lib.compare [ ] [ 1 ])
    (lib.compareLists lib.compare [ 1 2 ] [ 1 3 ])
    (lib.compareLists lib.compare [ 2 ] [ 1 9 ])
  ];
  toposort = lib.toposort (a: b: lib.hasPrefix a b) [ "/a/b/c" "/a" "/a/b" "/x" ];
  toposortCycle = lib.toposort (a: b: a != b) [ 1 2 ];
  toposortOne = lib.toposort (a: b: true) [ 1 ];
  listDfs = lib.listDfs true (a: b: a < b) [ 3 1 2 ];
}
