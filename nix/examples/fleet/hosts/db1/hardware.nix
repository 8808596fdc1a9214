# db1 has more memory than the others: give PostgreSQL a bigger cache.
{
  boot.initrd.availableKernelModules = [ "nvme" ];
  services.postgresql.settings.shared_buffers = "8GB";
}
