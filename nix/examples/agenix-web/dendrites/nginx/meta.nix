{
  description = "nginx with the host's TLS key from agenix";
  class = "nixos";
  secrets."tls/key" = {
    owner = "nginx";
    group = "nginx";
    mode = "0440";
    description = "The private key of the host's TLS certificate";
  };
}
