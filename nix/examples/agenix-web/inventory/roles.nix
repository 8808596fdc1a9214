{
  server.dendrites = [ "base" ];
}
