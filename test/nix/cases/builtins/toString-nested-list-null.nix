toString [ null [ null ] "" ]
