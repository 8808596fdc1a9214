# env: ARBOR_EMPTY=
builtins.getEnv "ARBOR_EMPTY"
