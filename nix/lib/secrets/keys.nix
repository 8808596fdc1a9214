# Public keys in the inventory, and the age recipient each one stands for.
#
#   hosts.<h>.keys = { ssh = "ssh-ed25519 AAAA… [comment]"; age = "age1…"; }
#   users.<u>.keys.age = "age1…"        (else the user's first ssh-ed25519 key in `sshKeys`)
#
# An age recipient is checked the way age parses one: bech32 with the part "age", a valid
# checksum, 32 bytes. An ssh key must be `ssh-ed25519` followed by the base64 of the OpenSSH
# blob (the string "ssh-ed25519" and the 32 key bytes, each with its length), and the bytes must
# be a point of the curve; its recipient is what `ssh-to-age` prints for it (curve25519.nix),
# which is also the key sops-nix and agenix derive on the host from its ssh host key. Only
# ed25519 keys convert: ssh-to-age refuses RSA and ECDSA keys.
#
# `parse` never throws: it returns { recipient; problem; }, exactly one of them non-null.
let
  encodings = import ./encodings.nix;
  curve = import ./curve25519.nix;
  strings = import ../util/strings.nix;
  inherit (builtins)
    match
    elemAt
    genList
    length
    isString
    head
    filter
    ;

  # [0 0 0 11] "ssh-ed25519" [0 0 0 32]: the first 19 bytes of every ed25519 key blob.
  ed25519Header = [
    0
    0
    0
    11
    115
    115
    104
    45
    101
    100
    50
    53
    53
    49
    57
    0
    0
    0
    32
  ];

  /**
    A key that stands for `recipient`.
  */
  ok = recipient: {
    inherit recipient;
    problem = null;
  };

  /**
    A key that stands for no recipient, and why.
  */
  bad = problem: {
    recipient = null;
    inherit problem;
  };

  /**
    The age recipient of an `age1…` string, or the reason it is not one.

    # Type

    ```
    parseAge :: string -> { recipient :: string | null; problem :: string | null; }
    ```
  */
  parseAge =
    text:
    let
      bytes = encodings.bech32Decode "age" text;
    in
    if !(strings.hasPrefix "age1" text) then
      bad "an age recipient starts with \"age1\""
    else if bytes == null then
      bad "it is not valid bech32 (a mistyped character or a wrong checksum)"
    else if length bytes != 32 then
      bad "it holds ${toString (length bytes)} bytes, not the 32 of an X25519 key"
    else
      ok text;

  /**
    The age recipient of an OpenSSH public key line (`ssh-ed25519 <base64> [comment]`), as
    ssh-to-age converts it, or the reason there is none.

    # Type

    ```
    parseSsh :: string -> { recipient :: string | null; problem :: string | null; }
    ```
  */
  parseSsh =
    text:
    let
      fields = match "[[:space:]]*([^[:space:]]+)[[:space:]]+([^[:space:]]+)([[:space:]].*)?" text;
      type = elemAt fields 0;
      blob = encodings.base64Decode (elemAt fields 1);
      keyBytes = genList (i: elemAt blob (19 + i)) 32;
      montgomery = curve.edwardsToMontgomery keyBytes;
    in
    if fields == null then
      bad "an OpenSSH public key is \"ssh-ed25519 AAAA… comment\""
    else if type != "ssh-ed25519" then
      bad "it is a ${type} key; ssh-to-age (and so sops-nix and agenix with ssh host keys) only converts ssh-ed25519 keys"
    else if blob == null then
      bad "its key data is not base64"
    else if length blob != 51 || genList (elemAt blob) 19 != ed25519Header then
      bad "its key data is not an ed25519 key (${toString (length blob)} bytes, an ed25519 key blob has 51)"
    else if montgomery == null then
      bad "its 32 key bytes are not a point of the Ed25519 curve (a mistyped character?)"
    else
      ok (encodings.bech32Encode "age" montgomery);

  /**
    A host's `keys` (`{ ssh; age; }`, either or both), each field parsed once:
    { ssh; age; recipient; problem; source; } where `ssh`/`age` are the parses (null when the
    field is not set) and the recipient is `age`'s when given, else the converted `ssh` key;
    `source` names the field used ("age", "ssh"), null when there is no key at all.
  */
  fromKeys =
    keys:
    let
      ssh = if keys.ssh or null != null then parseSsh keys.ssh else null;
      age = if keys.age or null != null then parseAge keys.age else null;
      chosen =
        if age != null then
          age // { source = "age"; }
        else if ssh != null then
          ssh // { source = "ssh"; }
        else
          {
            recipient = null;
            problem = null;
            source = null;
          };
    in
    chosen // { inherit ssh age; };

  /**
    A user's recipient: `keys.age`, else the first ssh-ed25519 key of `sshKeys`.
  */
  ofUser =
    user:
    let
      ed25519 = filter (k: isString k && match "[[:space:]]*ssh-ed25519[[:space:]].*" k != null) user.sshKeys;
    in
    if user.keys.age or null != null then
      parseAge user.keys.age // { source = "keys.age"; }
    else if ed25519 != [ ] then
      parseSsh (head ed25519) // { source = "sshKeys"; }
    else
      {
        recipient = null;
        problem = null;
        source = null;
      };
in
{
  inherit
    parseAge
    parseSsh
    fromKeys
    ofUser
    ;
}
