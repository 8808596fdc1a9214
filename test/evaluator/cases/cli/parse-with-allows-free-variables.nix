# flags: --parse
with {}; freeVar
