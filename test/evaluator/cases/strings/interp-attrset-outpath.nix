"${{ outPath = "/p"; }}"
