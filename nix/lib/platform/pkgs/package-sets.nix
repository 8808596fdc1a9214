# Package sets of the placeholder `pkgs`, and the members each one knows.
#
# A set maps a name to either a list of member names (each a placeholder
# derivation) or, for sets nested deeper, to another such set: so
# `pkgs.vscode-extensions.ms-python.python` and
# `pkgs.linuxPackages.nvidiaPackages.stable` work. `aliases` gives further
# names to the same members (`python312Packages` has what `python3Packages`
# has). As with names.nix, a member not listed fails with Nix's missing
# attribute error; add it here.
let
  pythonPackages = [
    "aiohttp"
    "black"
    "boto3"
    "click"
    "cryptography"
    "django"
    "fastapi"
    "flake8"
    "flask"
    "httpx"
    "ipython"
    "jinja2"
    "jupyter"
    "matplotlib"
    "mypy"
    "numpy"
    "pandas"
    "pillow"
    "pip"
    "poetry-core"
    "psycopg2"
    "pydantic"
    "pytest"
    "python-lsp-server"
    "pyyaml"
    "requests"
    "rich"
    "ruff"
    "scipy"
    "setuptools"
    "six"
    "sqlalchemy"
    "toml"
    "tomli"
    "typer"
    "urllib3"
    "uvicorn"
    "virtualenv"
    "wheel"
  ];

  kernelPackages = {
    members = [
      "acpi_call"
      "bbswitch"
      "broadcom_sta"
      "cpupower"
      "ddcci-driver"
      "evdi"
      "it87"
      "kernel"
      "nct6687d"
      "nvidia_x11"
      "nvidia_x11_legacy470"
      "perf"
      "r8125"
      "rtl8821ce"
      "rtl88x2bu"
      "system76"
      "tp_smapi"
      "turbostat"
      "v4l2loopback"
      "virtualbox"
      "vmware"
      "wireguard"
      "xone"
      "xpadneo"
      "zenpower"
      "zfs"
      "zfs_2_2"
      "zfs_2_3"
      "zfs_unstable"
    ];
    nvidiaPackages = [
      "beta"
      "dc"
      "latest"
      "legacy_390"
      "legacy_470"
      "legacy_535"
      "production"
      "stable"
      "vulkan_beta"
    ];
  };
in
{
  sets = {
    python3Packages = pythonPackages;

    linuxPackages = kernelPackages;

    nodePackages = [
      "eslint"
      "npm"
      "pnpm"
      "prettier"
      "typescript"
      "typescript-language-server"
      "yarn"
    ];

    haskellPackages = [
      "cabal-install"
      "ghc"
      "haskell-language-server"
      "hlint"
      "hoogle"
      "pandoc"
      "stack"
      "xmobar"
      "xmonad"
      "xmonad-contrib"
    ];

    vimPlugins = [
      "catppuccin-nvim"
      "comment-nvim"
      "fzf-vim"
      "gitsigns-nvim"
      "gruvbox-nvim"
      "lazy-nvim"
      "lualine-nvim"
      "nvim-cmp"
      "nvim-lspconfig"
      "nvim-tree-lua"
      "nvim-treesitter"
      "plenary-nvim"
      "telescope-nvim"
      "tokyonight-nvim"
      "vim-airline"
      "vim-fugitive"
      "vim-nix"
      "vim-surround"
      "which-key-nvim"
    ];

    gnome = [
      "adwaita-icon-theme"
      "gnome-keyring"
      "gnome-settings-daemon"
      "gvfs"
      "nautilus"
    ];

    gnomeExtensions = [
      "appindicator"
      "blur-my-shell"
      "caffeine"
      "clipboard-indicator"
      "dash-to-dock"
      "gsconnect"
      "vitals"
    ];

    kdePackages = [
      "ark"
      "dolphin"
      "elisa"
      "gwenview"
      "kate"
      "kcalc"
      "kdeconnect-kde"
      "kdenlive"
      "konsole"
      "okular"
      "plasma-browser-integration"
      "plasma-nm"
      "sddm-kcm"
      "spectacle"
    ];

    libsForQt5 = [
      "kdeconnect-kde"
      "qt5ct"
      "qtstyleplugins"
    ];

    qt6 = [
      "qtbase"
      "qtsvg"
      "qtwayland"
    ];

    xorg = [
      "xauth"
      "xev"
      "xhost"
      "xinit"
      "xkill"
      "xmodmap"
      "xrandr"
      "xrdb"
      "xset"
      "xf86videoamdgpu"
      "xf86inputlibinput"
    ];

    perlPackages = [
      "FileSlurp"
      "JSON"
      "LWP"
    ];

    luaPackages = [
      "luarocks"
      "luasocket"
    ];

    rubyPackages = [
      "rails"
      "rake"
    ];

    fishPlugins = [
      "done"
      "fzf-fish"
      "grc"
      "hydro"
      "pure"
      "tide"
      "z"
    ];

    tmuxPlugins = [
      "catppuccin"
      "continuum"
      "resurrect"
      "sensible"
      "vim-tmux-navigator"
      "yank"
    ];

    nerd-fonts = [
      "caskaydia-cove"
      "fira-code"
      "hack"
      "iosevka"
      "jetbrains-mono"
      "meslo-lg"
      "noto"
      "symbols-only"
      "ubuntu-mono"
    ];

    emacsPackages = [
      "evil"
      "magit"
      "nix-mode"
      "use-package"
      "vterm"
    ];

    jetbrains = [
      "clion"
      "datagrip"
      "goland"
      "idea-community"
      "idea-ultimate"
      "pycharm-community"
      "pycharm-professional"
      "rust-rover"
      "webstorm"
    ];

    vscode-extensions = {
      bbenoist = [ "nix" ];
      esbenp = [ "prettier-vscode" ];
      github = [ "copilot" ];
      jnoortheen = [ "nix-ide" ];
      mkhl = [ "direnv" ];
      ms-python = [ "python" ];
      ms-vscode-remote = [ "remote-ssh" ];
      rust-lang = [ "rust-analyzer" ];
      vscodevim = [ "vim" ];
    };

    nixVersions = [
      "git"
      "latest"
      "nix_2_24"
      "nix_2_28"
      "stable"
    ];

    unixtools = [
      "ifconfig"
      "netstat"
      "ping"
      "route"
      "top"
      "xxd"
    ];

    hunspellDicts = [
      "de_DE"
      "en_GB-ise"
      "en_US"
    ];

    aspellDicts = [
      "de"
      "en"
    ];

    texlive.combined = [
      "scheme-basic"
      "scheme-full"
      "scheme-medium"
      "scheme-small"
    ];

    gitAndTools = [
      "git-crypt"
      "gitFull"
      "hub"
    ];
  };

  aliases = {
    python311Packages = "python3Packages";
    python312Packages = "python3Packages";
    python313Packages = "python3Packages";
    linuxPackages_latest = "linuxPackages";
    linuxPackages_zen = "linuxPackages";
    linuxPackages_hardened = "linuxPackages";
    linuxPackages_xanmod_latest = "linuxPackages";
    linuxPackages_6_1 = "linuxPackages";
    linuxPackages_6_6 = "linuxPackages";
    linuxPackages_6_12 = "linuxPackages";
    linuxPackages_rpi4 = "linuxPackages";
    nodePackages_latest = "nodePackages";
    lua54Packages = "luaPackages";
  };

  # Members that are themselves interpreters with a package set: `python3.pkgs`
  # and `python3.withPackages (ps: [ ps.requests ])`.
  interpreters = {
    python3 = "python3Packages";
    python311 = "python3Packages";
    python312 = "python3Packages";
    python313 = "python3Packages";
    perl = "perlPackages";
    ruby = "rubyPackages";
    lua = "luaPackages";
  };
}
