# fixtures/loop: a -> b -> a, and self -> self. Importing follows links up to a limit.
import ../../fixtures/loop/a
