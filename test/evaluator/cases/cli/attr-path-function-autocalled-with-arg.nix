# flags: --eval --strict -A g --arg y 21
import ../../fixtures/attrs.nix
