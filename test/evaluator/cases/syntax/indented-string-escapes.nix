''
  dollar: ''${x}
  quotes: '''
  newline: ''\n tab: ''\t backslash: ''\\
  literal \n stays
''
