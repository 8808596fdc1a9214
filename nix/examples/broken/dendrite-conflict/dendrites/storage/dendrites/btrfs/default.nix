{ boot.supportedFilesystems = [ "btrfs" ]; }
