"snowman ☃ and tab\t"
