# Tries to set it.
{ stateVersion = "25.11"; }
