{
  time.timeZone = "Europe/Berlin";
}
