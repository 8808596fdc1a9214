{
  box = {
    dendrites = [ "postgres" ];
    keys.age = "age1zsyv2czrvxeepyxymx3r3wpx7naw7njqemn636363uq26g30t9lqq5tr8m"; # THROWAWAY test key
  };
}
