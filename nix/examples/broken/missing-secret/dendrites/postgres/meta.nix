{
  description = "PostgreSQL with a password for the application role";
  secrets."postgres/app-password" = {
    owner = "postgres";
    description = "Password of the application's database role";
  };
}
