# flags: --parse
{ a = ; }
