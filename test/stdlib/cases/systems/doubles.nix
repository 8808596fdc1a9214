# System lists.
lib:
{
  doubles = lib.systems.doubles;
  platforms = lib.platforms.linux == lib.systems.doubles.linux;
  flakeExposed = lib.systems.flakeExposed;
  fromAttrs = (lib.systems.elaborate { system = "aarch64-linux"; }).isAarch64;
  equals = lib.systems.equals (lib.systems.elaborate "x86_64-linux") (lib.systems.elaborate { system = "x86_64-linux"; });
  canExecute = [
    ((lib.systems.elaborate "x86_64-linux").canExecute (lib.systems.elaborate "i686-linux"))
    ((lib.systems.elaborate "x86_64-linux").canExecute (lib.systems.elaborate "aarch64-linux"))
    ((lib.systems.elaborate "aarch64-darwin").canExecute (lib.systems.elaborate "aarch64-linux"))
  ];
}
