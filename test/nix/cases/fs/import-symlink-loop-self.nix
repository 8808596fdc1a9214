import ../../fixtures/loop/self
