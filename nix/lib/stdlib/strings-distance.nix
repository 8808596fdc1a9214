# Edit distance between strings (used for "did you mean" suggestions): Levenshtein distance,
# a cheap bounded check, and common prefix/suffix lengths. Part of `lib.strings`.
{ lib }:
let
  b = builtins;
  inherit (b) stringLength substring;

  /**
    The smaller of two numbers.
  */
  min = x: y: if x < y then x else y;

  self = {
    /**
      Levenshtein distance (insertions, deletions and substitutions) between two strings.

      # Type

      ```
      levenshtein :: string -> string -> int
      ```
    */
    levenshtein =
      a: c:
      let
        la = stringLength a;
        lc = stringLength c;
        # Memoised table: row i, column j is the distance between the prefixes of length i, j.
        table = b.genList (i: b.genList (j: cell i j) (lc + 1)) (la + 1);
        at = i: j: b.elemAt (b.elemAt table i) j;
        cell =
          i: j:
          if i == 0 then
            j
          else if j == 0 then
            i
          else
            let
              cost = if substring (i - 1) 1 a == substring (j - 1) 1 c then 0 else 1;
            in
            min (min (at (i - 1) j + 1) (at i (j - 1) + 1)) (at (i - 1) (j - 1) + cost);
      in
      at la lc;

    /**
      Length of the longest common prefix.

      # Type

      ```
      commonPrefixLength :: string -> string -> int
      ```
    */
    commonPrefixLength =
      a: c:
      let
        m = min (stringLength a) (stringLength c);
        go = i: if i < m && substring i 1 a == substring i 1 c then go (i + 1) else i;
      in
      go 0;

    /**
      Length of the longest common suffix.

      # Type

      ```
      commonSuffixLength :: string -> string -> int
      ```
    */
    commonSuffixLength =
      a: c:
      let
        la = stringLength a;
        lc = stringLength c;
        m = min la lc;
        go = i: if i < m && substring (la - i - 1) 1 a == substring (lc - i - 1) 1 c then go (i + 1) else i;
      in
      go 0;

    /**
      `levenshteinAtMost k a b`: whether the distance is at most `k`; fast for `k` of 0, 1, 2.

      # Type

      ```
      levenshteinAtMost :: int -> string -> string -> bool
      ```
    */
    levenshteinAtMost =
      k:
      if k <= 0 then
        x: y: x == y
      else
        let
          # Both infixes differ in every position at their ends; decide distance <= 1 / <= 2.
          within1 = x: y: stringLength x <= 1 && stringLength y <= 1;
          within2 =
            x: y:
            let
              lx = stringLength x;
              ly = stringLength y;
              inner = s: substring 1 (stringLength s - 2) s;
              dropLast = s: substring 0 (stringLength s - 1) s;
              dropFirst = s: substring 1 (stringLength s - 1) s;
            in
            if lx - ly == 2 then
              inner x == y
            else if lx - ly == 1 then
              inner x == dropLast y || inner x == dropFirst y
            else
              inner x == inner y || dropLast x == dropFirst y || dropFirst x == dropLast y;
          check =
            x: y:
            let
              lx = stringLength x;
              ly = stringLength y;
              pre = self.commonPrefixLength x y;
              suf = self.commonSuffixLength x y;
              ix = substring pre (lx - pre - suf) x;
              iy = substring pre (ly - pre - suf) y;
            in
            if lx < ly then
              check y x
            else if lx - ly > k then
              false
            else if k == 1 then
              within1 ix iy
            else if k == 2 then
              within2 ix iy
            else
              self.levenshtein ix iy <= k;
        in
        check;
  };
in
self
