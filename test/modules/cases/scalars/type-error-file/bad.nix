# A value of the wrong type.
{ cores = "four"; }
