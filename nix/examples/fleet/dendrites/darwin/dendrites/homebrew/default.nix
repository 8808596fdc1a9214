{
  homebrew = {
    enable = true;
    onActivation.cleanup = "zap";
    casks = [
      "firefox"
      "slack"
      "tailscale"
    ];
  };
}
