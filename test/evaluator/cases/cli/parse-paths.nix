# flags: --parse
d: [ ./a /b ./c/${d} <nixpkgs> http://f.org ]
