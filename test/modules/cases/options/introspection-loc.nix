# `loc` is the option's path; the option prints as its dotted name.
lib:
let
  e = lib.evalModules {
    modules = [ { options.services."my.service".port = lib.mkOption { default = 1; }; } ];
  };
  o = e.options.services."my.service".port;
in
{
  inherit (o) loc _type;
  shown = "${o}";
  showOption = lib.showOption o.loc;
  value = o.value;
}
