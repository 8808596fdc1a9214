# Common licenses.
lib:
{
  inherit (lib.licenses)
    mit
    asl20
    bsd2
    bsd3
    gpl2Only
    gpl2Plus
    gpl3Only
    gpl3Plus
    lgpl21Plus
    agpl3Only
    mpl20
    isc
    unfree
    unfreeRedistributable
    unfreeRedistributableFirmware
    publicDomain
    cc0
    free
    ;
  sourceTypes = lib.sourceTypes;
}
