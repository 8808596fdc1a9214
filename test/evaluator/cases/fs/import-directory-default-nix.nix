import ../../fixtures/importable
