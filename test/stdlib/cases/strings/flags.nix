# configure / CMake / Meson flag builders.
lib:
let
  t = e: (builtins.tryEval e).success;
in
{
  enableFeature = [ (lib.enableFeature true "foo") (lib.enableFeature false "foo") ];
  enableFeatureAs = [ (lib.enableFeatureAs true "foo" "bar") (lib.enableFeatureAs false "foo" "bar") ];
  withFeature = [ (lib.withFeature true "ssl") (lib.withFeature false "ssl") ];
  withFeatureAs = [ (lib.withFeatureAs true "ssl" "/usr") (lib.withFeatureAs false "ssl" "/usr") ];
  enableFeatureBad = t (lib.enableFeature "yes" "foo");
  cmakeBool = lib.cmakeBool "ENABLE_X" true;
  cmakeFeature = lib.cmakeFeature "PREFIX" "/usr";
  cmakeOptionType = lib.cmakeOptionType "filepath" "FILE" "/a";
  cmakeOptionTypeBad = t (lib.cmakeOptionType "weird" "FILE" "/a");
  mesonOption = lib.mesonOption "x" "y";
  mesonBool = [ (lib.mesonBool "a" true) (lib.mesonBool "a" false) ];
  mesonEnable = [ (lib.mesonEnable "a" true) (lib.mesonEnable "a" false) ];
}
