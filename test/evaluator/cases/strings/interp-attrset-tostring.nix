"${{ __toString = s: "T"; }}"
