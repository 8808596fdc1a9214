{ name }: { pkg = "tool"; inherit name; }
