{
  box = {
    dendrites = [
      "base"
      "monitoring"
    ];
  };
}
