# A web server and its database, with agenix secrets. The keys are THROWAWAY
# keys made for Arbor's tests (test/secrets/throwaway-keys/): never use them.
{
  web1 = {
    roles = [ "server" ];
    dendrites = [ "nginx" ];
    # agenix decrypts with the host's OpenSSH key (age.identityPaths).
    keys.ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEv2I96m6HXCxIx2nIrcNPNND7I+dQnHp6mdMrkIHaNB";
    deploy.targetHost = "web1.example.org";
  };
  db1 = {
    roles = [ "server" ];
    dendrites = [ "postgres" ];
    # An age identity in /var/lib/agenix/key.txt.
    keys.age = "age1fu9lupzjddthn6qlvdyvh3260afpllrshuc3vxradqj59s0n2fksy9az2l";
    deploy.targetHost = "db1.example.org";
  };
}
