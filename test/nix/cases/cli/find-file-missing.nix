# flags: --find-file nowhere
