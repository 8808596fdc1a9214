rec { inherit a; }
