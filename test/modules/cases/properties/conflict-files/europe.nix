# One time zone.
{ timeZone = "Europe/Paris"; }
