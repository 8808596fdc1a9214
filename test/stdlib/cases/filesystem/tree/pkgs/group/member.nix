{ name }: { pkg = "member"; inherit name; }
