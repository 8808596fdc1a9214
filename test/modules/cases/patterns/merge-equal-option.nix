# mergeEqualOption and mergeOneOption, as custom types use them.
lib:
{
  equal = lib.mergeEqualOption [ "x" ] [
    {
      file = "a";
      value = 1;
    }
    {
      file = "b";
      value = 1;
    }
  ];
  one = lib.mergeOneOption [ "x" ] [
    {
      file = "a";
      value = "v";
    }
  ];
  values = lib.getValues [
    {
      file = "a";
      value = 1;
    }
    {
      file = "b";
      value = 2;
    }
  ];
  files = lib.getFiles [
    {
      file = "a";
      value = 1;
    }
  ];
}
