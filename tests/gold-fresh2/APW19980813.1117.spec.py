# Second fresh gold (held-out) for AQUAINT APW19980813.1117 (AP, United Nations, published
# Thursday 1998-08-13): the Security Council condemns the embassy bombings in a resolution.
# Story group: embassy-bombings-1998. Burleigh's remarks are reported at the Council that day
# (day bounds, no value).
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980813.1117.tml"}
USA, KEN, TZA = "USA", "KEN", "TZA"
THU = dict(value="1998-08-13", earliest="1998-08-13", latest="1998-08-13")
THU_B = dict(earliest="1998-08-13", latest="1998-08-13")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
UNSC = ("source", "Security Council", None)
EVENTS = [
 dict(id="condemned", summary="The Security Council condemns the bombing of the U.S. embassies", cameo="111",
      cameo_any=["11"], modality="occurred", when=THU, actors=[UNSC],
      mentions=[("The Security Council condemned the bombing", "condemned"),
                ("It strongly condemns the ``terrorist bomb attacks.''", "condemns")]),
 dict(id="called", summary="The Council calls on all states to cooperate in finding those responsible",
      cameo="020", cameo_any=["02", "10"], modality="occurred", when=THU, actors=[UNSC],
      mentions=[("called on all states to cooperate", "called on")]),
 dict(id="adopted", summary="The resolution co-sponsored by Kenya, Tanzania and the U.S. is adopted unanimously",
      cameo="057", cameo_any=["*"], modality="occurred", when=THU_B, required=False,
      mentions=[("and unanimously adopted", "adopted")]),
 dict(id="condolences", summary="The resolution expresses sorrow, sympathy and condolences to the victims' families",
      cameo="018", cameo_any=["01"], modality="occurred", when=THU_B, actors=[UNSC],
      mentions=[("``expresses its deep sorrow, sympathy and condolences", "expresses")]),
 dict(id="stresses", summary="The resolution stresses every nation's duty to refrain from terrorism",
      cameo="010", cameo_any=["*"], modality="occurred", when=THU_B, required=False,
      mentions=[("And it stresses that every nation", "stresses")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Nairobi and Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=AUG7, actors=[("target", "U.S. embassies", USA)],
      mentions=[("the bombing of the U.S. embassies in Kenya and Tanzania", "bombing"),
                ("The almost simultaneous attacks Aug. 7", "attacks")]),
 dict(id="killed", summary="257 killed and more than 5,500 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("killed 257 people and injured more than 5,500", "killed")]),
 dict(id="burleigh", summary="U.S. Deputy Ambassador Burleigh says terrorists know no boundaries", cameo="010",
      cameo_any=["01", "11"], modality="occurred", when=THU_B,
      actors=[("source", "Peter Burleigh", USA)],
      mentions=[("said the U.S. Deputy Ambassador Peter Burleigh", "said")]),
]
LINKS = [
 ("bombings", "before", "condemned", True, ["before", "causes", "responds_to"]),
]
