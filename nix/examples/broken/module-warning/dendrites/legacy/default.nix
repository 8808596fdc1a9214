{
  warnings = [ "the legacy dendrite is deprecated: use base instead" ];
}
