{
  description = "Prometheus and Grafana scraping every member of the mesh";
  class = "nixos";
  requires = [ "monitoring/exporter" ];
}
