# flags: --eval
# A double-quoted string made of one interpolation is a concatenation (a thunk until forced); an
# indented string of one interpolated string literal is that literal itself; a literal is a constant.
{
  a = "${"s"}";
  b = ''${"s"}'';
  c = "s";
  d = "a${"b"}";
  e = ''
    x
  '';
}
