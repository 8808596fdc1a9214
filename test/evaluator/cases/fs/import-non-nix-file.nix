import ../../fixtures/files/data.json
