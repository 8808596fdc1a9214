import ../../fixtures/dir
