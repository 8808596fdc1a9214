"${./this-does-not-exist}"
