[ (1 == 1) (1 == 2) ("a" == "a") (null == null) (true == true) (1 != 2) ]
