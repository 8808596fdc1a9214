{ boot.initrd.availableKernelModules = [ "nvme" ]; }
