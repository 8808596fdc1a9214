# `roles` must be a list.
{
  box = {
    roles = "server";
    dendrites = [ "base" ];
  };
}
