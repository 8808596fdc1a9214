[ 1 (throw "elem") ]
