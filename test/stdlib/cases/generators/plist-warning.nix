# toPlist without escape is deprecated and warns.
lib: lib.generators.toPlist { } { a = "b"; }
