# A valid value.
{ cores = 4; }
