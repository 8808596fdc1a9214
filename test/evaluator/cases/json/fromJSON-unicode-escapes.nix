builtins.fromJSON ''"caf\u00e9 \u263a \ud83c\udf89"''
