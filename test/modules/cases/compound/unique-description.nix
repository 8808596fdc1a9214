# uniq and unique keep the inner type's description.
lib:
{
  uniq = (lib.types.uniq lib.types.int).description;
  unique = (lib.types.unique { message = ""; } (lib.types.listOf lib.types.str)).description;
  name = (lib.types.uniq lib.types.int).name;
}
