# flags: --eval --strict -A x.y -E '{ x.y = "sel"; }'
