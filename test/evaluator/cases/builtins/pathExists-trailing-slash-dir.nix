[ (builtins.pathExists "${toString ../../fixtures/dir}/") (builtins.pathExists "${toString ../../fixtures/files/hello.txt}/") ]
