# Another time zone.
{ timeZone = "America/New_York"; }
