null null
