# `equalErrorB` is compared (and throws) before `equalErrorA` would abort.
{ equalErrorB = throw "b"; equalErrorA = abort "a"; } == { equalErrorB = throw "b"; equalErrorA = abort "a"; }
