# Version components and comparison.
lib:
{
  splitVersion = lib.splitVersion "1.2.3-rc1";
  compareVersions = [ (lib.compareVersions "1.2" "1.10") (lib.compareVersions "2.0" "2.0") (lib.compareVersions "2.1" "2.0pre") ];
  major = lib.versions.major "3.12.4";
  minor = lib.versions.minor "3.12.4";
  patch = lib.versions.patch "3.12.4";
  majorMinor = lib.versions.majorMinor "3.12.4";
  majorMinorShort = lib.versions.majorMinor "3";
  pad = [ (lib.versions.pad 3 "1.2") (lib.versions.pad 2 "1.2.3.4") (lib.versions.pad 3 "1.2-rc1") (lib.versions.pad 1 "5") ];
}
