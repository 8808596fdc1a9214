with (throw "scope"); 5
