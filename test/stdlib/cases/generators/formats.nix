# Plist, Dhall, Lua.
lib:
let
  g = lib.generators;
in
{
  toPlist = g.toPlist { escape = true; } { a = 1; b = [ true "x<y" ]; c = { d = 1.5; }; n = null; _module = 1; };
  toDhall = g.toDhall { } { a = 1; b = -2; c = [ true false ]; d = "s"; };
  toLua = g.toLua { } { a = 1; b = [ "x" null ]; c = { d = true; }; e = g.mkLuaInline "vim.fn.stdpath('data')"; f = [ ]; g = { }; };
  toLuaOneLine = g.toLua { multiline = false; } [ 1 { x = 2; } ];
  toLuaBindings = g.toLua { asBindings = true; } { a = 1; "b.c" = "x"; d = { e = [ 1 ]; }; };
  toLuaBadName = (builtins.tryEval (g.toLua { asBindings = true; } { "1x" = 1; })).success;
  mkLuaInline = lib.mkLuaInline "x";
}
