{
  description = "PostgreSQL; the application role's password comes from agenix";
  class = "nixos";
  secrets."postgres/app-password" = {
    owner = "postgres";
    description = "Password of the application's database role";
  };
}
