throw "storage facts are not written yet"
