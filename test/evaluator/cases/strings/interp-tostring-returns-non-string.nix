"${{ __toString = s: 42; }}"
