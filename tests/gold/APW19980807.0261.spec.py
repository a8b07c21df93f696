# Gold timeline for AQUAINT APW19980807.0261 (AP, published Friday 1998-08-07): first report
# of the embassy bombings in Nairobi and Dar es Salaam. Story group: embassy-bombings-1998.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980807.0261.tml"}
USA = "USA"
DAY = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="bombings", summary="Bombs explode outside the U.S. embassies in Nairobi and Dar es Salaam",
      cameo="183", cameo_any=["18"], modality="occurred", when=DAY,
      actors=[("target", "U.S. embassies", USA)],
      mentions=[("Suspected bombs exploded outside the U.S. embassies", "exploded"),
                ("a bomb went off at the embassy in Tanzania at the same time", "went off")]),
 dict(id="killed", summary="Dozens of people killed", cameo=None, cameo_any=["*"], modality="occurred",
      when=DAY, required=False, mentions=[("killing dozens of people", "killing")]),
 dict(id="injured", summary="The U.S. ambassador to Kenya among hundreds injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=DAY, required=False,
      mentions=[("The American ambassador to Kenya was among hundreds injured", "injured")]),
 dict(id="nocomment", summary="A U.S. embassy official refuses to identify himself", cameo="011", cameo_any=["*"],
      modality="occurred", when=DAY, required=False,
      mentions=[("who refused to identify himself", "refused to identify himself")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "killed", False, CAUSAL),
 ("bombings", "causes", "injured", False, CAUSAL),
]
