# "alcie" is a typo for "alice".
{
  box = {
    users = [ "alcie" ];
    dendrites = [ "base" ];
  };
}
