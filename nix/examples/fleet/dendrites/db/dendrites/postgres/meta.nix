{
  description = "PostgreSQL with the databases listed in the host's facts";
  class = "nixos";
  requires = [ "server-base" ];
  facts."postgres.databases" = {
    type = "list";
    nonEmpty = true;
  };
}
