{
  description = "A reverse proxy (needs the web server: a cycle)";
  requires = [ "web" ];
}
