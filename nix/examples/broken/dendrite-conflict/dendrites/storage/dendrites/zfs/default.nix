{ boot.supportedFilesystems = [ "zfs" ]; }
