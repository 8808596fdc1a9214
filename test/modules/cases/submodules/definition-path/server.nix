# The server's settings, as a submodule definition.
{
  port = 443;
}
