{
  alice = {
    description = "Alice (admin)";
    groups = [ "wheel" ];
    keys.age = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv"; # THROWAWAY test key
  };
}
