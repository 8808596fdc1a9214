let r = { inherit ({ a = 1; }) missing; ok = 2; }; in r.ok
