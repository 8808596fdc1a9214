# flags: --eval
{ name }: name
