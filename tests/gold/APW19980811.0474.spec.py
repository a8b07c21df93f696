# Gold timeline for AQUAINT APW19980811.0474 (AP, published Tuesday 1998-08-11): the Philippine
# president condemns the embassy bombings. Story group: embassy-bombings-1998.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980811.0474.tml"}
USA, PHL = "USA", "PHL"
TUE = dict(value="1998-08-11", earliest="1998-08-11", latest="1998-08-11")
LAST_WEEK = dict(earliest="1998-08-03", latest="1998-08-09")  # ISO week 1998-W32, before the DCT's
EVENTS = [
 dict(id="condemn", summary="Estrada condemns the bombings of the U.S. embassies", cameo="111",
      cameo_any=["11"], modality="occurred", when=TUE, actors=[("source", "Joseph Estrada", PHL)],
      mentions=[("Philippine President Joseph Estrada on Tuesday condemned the bombings", "condemned")]),
 dict(id="condolences", summary="Estrada offers condolences to the victims and their families", cameo="018",
      cameo_any=["018", "01"], modality="occurred", when=TUE, actors=[("source", "Joseph Estrada", PHL)],
      mentions=[("offered condolences to the victims", "offered condolences"),
                ("We extend our heartfelt sympathies", "extend our heartfelt sympathies"),
                ("Estrada said in a statement", "said in a statement")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18"], modality="occurred", when=LAST_WEEK, actors=[("target", "U.S. embassies", USA)],
      mentions=[("condemned the bombings of the U.S. embassies", "bombings"),
                ("the bombings in Kenya and Tanzania last week", "bombings")]),
 dict(id="killed", summary="At least 217 killed and nearly 5,000 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(earliest="1998-08-03", latest="1998-08-11"), required=False,
      mentions=[("claimed at least 217 lives", "claimed at least 217 lives")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "condemn", True, CAUSAL),
 ("bombings", "causes", "killed", False, CAUSAL),
]
