# An unknown SPDX id warns.
lib: lib.getLicenseFromSpdxId "Totally-Unknown"
