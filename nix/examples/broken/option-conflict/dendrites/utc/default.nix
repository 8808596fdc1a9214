# Both this dendrite and `berlin` set the time zone, at the same priority.
{
  time.timeZone = "UTC";
}
