# flags: --eval --raw -E '"raw\noutput"'
