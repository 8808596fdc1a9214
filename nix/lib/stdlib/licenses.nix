# Software licenses as `meta.license` values: the licenses host configurations and small
# packages name most (`lib.licenses.mit`, `gpl3Plus`, `unfree`, ...), shaped like nixpkgs'
# entries (shortName, spdxId, fullName, url, free, redistributable, deprecated). nixpkgs has
# several hundred; Arbor carries the common ones and adds more on demand.
{ lib }:
let
  /**
    A license record from its short name and attributes.
  */
  mk =
    shortName:
    {
      fullName,
      spdxId ? null,
      free ? true,
      redistributable ? free,
    }:
    {
      inherit
        shortName
        fullName
        free
        redistributable
        ;
      deprecated = false;
      licenseType = "simple";
    }
    // lib.attrsets.optionalAttrs (spdxId != null) {
      inherit spdxId;
      url = "https://spdx.org/licenses/${spdxId}.html";
    };

  table = {
    mit = {
      spdxId = "MIT";
      fullName = "MIT License";
    };
    mit0 = {
      spdxId = "MIT-0";
      fullName = "MIT No Attribution";
    };
    asl20 = {
      spdxId = "Apache-2.0";
      fullName = "Apache License 2.0";
    };
    bsd0 = {
      spdxId = "0BSD";
      fullName = "BSD Zero Clause License";
    };
    bsd2 = {
      spdxId = "BSD-2-Clause";
      fullName = ''BSD 2-clause "Simplified" License'';
    };
    bsd3 = {
      spdxId = "BSD-3-Clause";
      fullName = ''BSD 3-clause "New" or "Revised" License'';
    };
    isc = {
      spdxId = "ISC";
      fullName = "ISC License";
    };
    zlib = {
      spdxId = "Zlib";
      fullName = "zlib License";
    };
    mpl20 = {
      spdxId = "MPL-2.0";
      fullName = "Mozilla Public License 2.0";
    };
    gpl2Only = {
      spdxId = "GPL-2.0-only";
      fullName = "GNU General Public License v2.0 only";
    };
    gpl2Plus = {
      spdxId = "GPL-2.0-or-later";
      fullName = "GNU General Public License v2.0 or later";
    };
    gpl3Only = {
      spdxId = "GPL-3.0-only";
      fullName = "GNU General Public License v3.0 only";
    };
    gpl3Plus = {
      spdxId = "GPL-3.0-or-later";
      fullName = "GNU General Public License v3.0 or later";
    };
    lgpl21Only = {
      spdxId = "LGPL-2.1-only";
      fullName = "GNU Lesser General Public License v2.1 only";
    };
    lgpl21Plus = {
      spdxId = "LGPL-2.1-or-later";
      fullName = "GNU Lesser General Public License v2.1 or later";
    };
    lgpl3Only = {
      spdxId = "LGPL-3.0-only";
      fullName = "GNU Lesser General Public License v3.0 only";
    };
    lgpl3Plus = {
      spdxId = "LGPL-3.0-or-later";
      fullName = "GNU Lesser General Public License v3.0 or later";
    };
    agpl3Only = {
      spdxId = "AGPL-3.0-only";
      fullName = "GNU Affero General Public License v3.0 only";
    };
    agpl3Plus = {
      spdxId = "AGPL-3.0-or-later";
      fullName = "GNU Affero General Public License v3.0 or later";
    };
    unlicense = {
      spdxId = "Unlicense";
      fullName = "The Unlicense";
    };
    cc0 = {
      spdxId = "CC0-1.0";
      fullName = "Creative Commons Zero v1.0 Universal";
    };
    cc-by-40 = {
      spdxId = "CC-BY-4.0";
      fullName = "Creative Commons Attribution 4.0";
    };
    cc-by-sa-40 = {
      spdxId = "CC-BY-SA-4.0";
      fullName = "Creative Commons Attribution Share Alike 4.0";
    };
    psfl = {
      spdxId = "Python-2.0";
      fullName = "Python Software Foundation License version 2";
    };
    ofl = {
      spdxId = "OFL-1.1";
      fullName = "SIL Open Font License 1.1";
    };
    boost = {
      spdxId = "BSL-1.0";
      fullName = "Boost Software License 1.0";
    };
    artistic2 = {
      spdxId = "Artistic-2.0";
      fullName = "Artistic License 2.0";
    };
    epl20 = {
      spdxId = "EPL-2.0";
      fullName = "Eclipse Public License 2.0";
    };
    wtfpl = {
      spdxId = "WTFPL";
      fullName = "Do What The F*ck You Want To Public License";
    };
    postgresql = {
      spdxId = "PostgreSQL";
      fullName = "PostgreSQL License";
    };
    openssl = {
      spdxId = "OpenSSL";
      fullName = "OpenSSL License";
    };
    curl = {
      spdxId = "curl";
      fullName = "curl License";
    };
    vim = {
      spdxId = "Vim";
      fullName = "Vim License";
    };
    bsl11 = {
      spdxId = "BUSL-1.1";
      fullName = "Business Source License 1.1";
      free = false;
      redistributable = true;
    };
    sspl = {
      spdxId = "SSPL-1.0";
      fullName = "Server Side Public License";
      free = false;
      redistributable = true;
    };
    publicDomain.fullName = "Public Domain";
    free.fullName = "Unspecified free software license";
    unfree = {
      fullName = "Unfree";
      free = false;
    };
    unfreeRedistributable = {
      fullName = "Unfree redistributable";
      free = false;
      redistributable = true;
    };
    unfreeRedistributableFirmware.fullName = "Unfree redistributable firmware";
  };
in
builtins.mapAttrs mk table
