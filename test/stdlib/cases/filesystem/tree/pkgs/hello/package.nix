{ name }: { pkg = "hello"; inherit name; }
