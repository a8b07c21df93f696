# Gold timeline for AQUAINT XIE19980808.0188 (Xinhua, dateline Havana Friday 1998-08-07):
# Cuba condemns the embassy bombings. Story group: embassy-bombings-1998.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980808.0188.tml"}
USA, CUB = "USA", "CUB"
FRI = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="condemn", summary="The Cuban government condemns the bomb explosions near U.S. embassies",
      cameo="111", cameo_any=["11"], modality="occurred", when=FRI,
      actors=[("source", "Cuban government", CUB)],
      mentions=[("The Cuban government Friday condemned", "condemned"),
                ("The Foreign Ministry said in a statement", "said in a statement")]),
 dict(id="condolences", summary="Cuba expresses condolences to the victims' families", cameo="018",
      cameo_any=["018", "01"], modality="occurred", when=dict(earliest="1998-08-07", latest="1998-08-07"),
      actors=[("source", "Cuban government", CUB)],
      mentions=[("also expressed its condolences", "expressed its condolences")]),
 dict(id="bombings", summary="Two bombs explode outside the U.S. embassies in Kenya and Tanzania",
      cameo="183", cameo_any=["18"], modality="occurred", when=FRI,
      actors=[("target", "U.S. embassies", USA)],
      mentions=[("the two bomb explosions near U.S. embassies", "bomb explosions"),
                ("Two bombs exploded outside U.S. embassies", "exploded")]),
 dict(id="killed", summary="At least 81 killed and more than 1,700 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=FRI, required=False,
      mentions=[("killing at least 81 people", "killing"),
                ("were killed in Nairobi", "were killed"),
                ("At least seven were reported dead", "reported dead")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "condemn", True, CAUSAL),
 ("bombings", "causes", "condolences", False, CAUSAL),
 ("bombings", "causes", "killed", False, CAUSAL),
]
