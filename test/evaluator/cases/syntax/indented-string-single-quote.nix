''it's a 'quote' ''
