let k = "foo"; in { ${k} = 1; "${k}bar" = 2; }
