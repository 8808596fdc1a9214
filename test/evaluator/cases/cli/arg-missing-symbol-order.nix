# flags: --eval --arg x 1
# Auto-calling reports the first formal without a value in symbol order: `autoCallOrderA`, met first.
let autoCallOrderA = 1; in { autoCallOrderB, autoCallOrderA }: 1
