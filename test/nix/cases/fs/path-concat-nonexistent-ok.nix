../../fixtures + "/does-not-exist"
