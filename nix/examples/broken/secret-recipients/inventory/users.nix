{
  alice.keys.age = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv"; # THROWAWAY test key
  # bob was an admin until recently (THROWAWAY test key).
  bob.keys.age = "age1u83099hnkyxttzsd36mzy46l0pnqp62ua2mz3vfx64yhz2r6mvyqapss3r";
}
