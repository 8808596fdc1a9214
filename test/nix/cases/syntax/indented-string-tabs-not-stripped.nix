''
	tab
  space
''
