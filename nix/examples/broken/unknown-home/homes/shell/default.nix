{ programs.bash.enable = true; }
