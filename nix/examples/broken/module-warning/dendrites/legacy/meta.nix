{ description = "A dendrite that warns about itself"; }
