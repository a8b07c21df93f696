# Third fresh gold (held-out) for AQUAINT XIE19980814.0294 (Xinhua, dateline Washington
# August 13, DCT Friday 1998-08-14): Clinton condemns the embassy bombings at the ceremony for
# the returned remains; he and Albright say the U.S. will not retreat from the world.
# Story group: embassy-bombings-1998. "Thursday" = the dateline's day 1998-08-13,
# "Wednesday" = 08-12. The article does not date the bombings: bound by Wednesday's meeting.
# Required: the condemnation, the bombings and the two policy statements. Clinton's orders to
# his aides, the budget assessments and the ceremony itself are domestic: non-required.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980814.0294.tml"}
USA = "USA"
THU = dict(value="1998-08-13", earliest="1998-08-13", latest="1998-08-13")
THU_B = dict(earliest="1998-08-13", latest="1998-08-13")
WED = dict(value="1998-08-12", earliest="1998-08-12", latest="1998-08-12")
CLINTON = ("source", "Bill Clinton", USA)
EVENTS = [
 dict(id="condemned", summary="Clinton condemns the terrorist bomb attacks at the U.S. embassies in Kenya and Tanzania",
      cameo="111", cameo_any=["11"], modality="occurred", when=THU, actors=[CLINTON],
      mentions=[("President Bill Clinton Thursday condemned terrorist bomb attacks", "condemned")]),
 dict(id="vowed", summary="Clinton vows to find the bombers and bring them to justice", cameo=None,
      cameo_any=["*"], modality="occurred", when=THU_B, required=False,
      mentions=[("vowed to find the bombers and bring them to justice", "vowed")]),
 dict(id="bombings", summary="Twin bomb attacks at the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=dict(latest="1998-08-12"),
      actors=[("target", "U.S. embassies", USA)],
      mentions=[("terrorist bomb attacks at U.S. embassies in Kenya and Tanzania", "bomb attacks"),
                ("the twin bombings at U.S. embassies in Kenya and Tanzania", "bombings")]),
 dict(id="must_find", summary="Clinton at the ceremony: we must find those responsible", cameo="010",
      cameo_any=["*"], modality="occurred", when=THU_B, required=False,
      mentions=[("Clinton said at the ceremony marking the return", "said")]),
 dict(id="not_retreat", summary="Clinton says the U.S. will not retreat from the world because of terrorism", cameo="010",
      cameo_any=["01"], modality="occurred", when=THU_B, actors=[CLINTON],
      mentions=[("Clinton said the United States will not retreat from the world", "said")]),
 dict(id="albright_present", summary="Albright says the U.S. will continue to be present around the world", cameo="010",
      cameo_any=["01"], modality="occurred", when=THU_B,
      actors=[("source", "Madeleine Albright", USA)],
      mentions=[("Albright, echoing the president, said", "said")]),
 dict(id="protect", summary="Albright: we will do all we can to protect our diplomatic and military peoples", cameo="010",
      cameo_any=["*"], modality="occurred", when=THU_B, required=False,
      mentions=[("around the world,\" she said", "said")]),
 dict(id="brought_back", summary="Albright brings back the remains of 10 of the 12 American victims", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(latest="1998-08-13"), required=False,
      mentions=[("were brought back by Secretary of State Madeleine Albright", "brought back")]),
 dict(id="aides", summary="Clinton meets his top aides at the White House to assess the situation", cameo="040",
      cameo_any=["*"], modality="occurred", when=WED, required=False,
      mentions=[("Clinton met with his top aides Wednesday", "met")]),
 dict(id="ordered", summary="Clinton orders an assessment of the cost of rebuilding the embassies", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(latest="1998-08-13"), required=False,
      mentions=[("Clinton ordered an assessment", "ordered")]),
 dict(id="asked", summary="Clinton asks for a list of priorities for improving security", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(latest="1998-08-13"), required=False,
      mentions=[("He also asked for a", "asked")]),
 dict(id="report", summary="The president will present the report to Congress for emergency funding", cameo=None,
      cameo_any=["*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="1998-08-13"), required=False,
      mentions=[("the president will present the report to Congress", "present")]),
]
LINKS = [
 ("bombings", "before", "condemned", True, ["before", "causes", "responds_to"]),
 ("bombings", "before", "aides", False, ["before", "causes", "responds_to"]),
]
