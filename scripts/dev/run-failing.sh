#!/bin/sh
# Lists failing differential cases with a large stack (see scripts/dev/failing-cases.ts).
ulimit -s unlimited 2>/dev/null || ulimit -s 65536
exec node --stack-size=200000 --import tsx "$(dirname "$0")/failing-cases.ts" "$@"
