# env: ARBOR_TEST_VAR=hello from env
builtins.getEnv "ARBOR_TEST_VAR"
