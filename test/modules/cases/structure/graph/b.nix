# Disabled.
{ }
