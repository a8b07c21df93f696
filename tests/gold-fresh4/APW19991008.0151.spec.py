# Fourth fresh gold (held-out) for AQUAINT APW19991008.0151 (AP, dateline New York, published
# Friday 1999-10-08): the FBI arrests Khalfan Khamis Mohamed, a Tanzanian, in Cape Town and
# brings him to the U.S. for trial over the 1998 embassy bombings. Story group:
# embassy-bombings-1998 (the prosecution a year later). "Thursday" = 1999-10-07, "today" = 10-08.
# Required: the arrest by the FBI in South Africa and the transfer to the United States. The
# court appearance, the statements, the indictments, the deportation that was about to happen,
# the search for accomplices, the reward, the accusation of bin Laden and the bombings are
# non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19991008.0151.tml"}
USA, TZA, ZAF = "USA", "TZA", "ZAF"
THU = dict(value="1999-10-07", earliest="1999-10-07", latest="1999-10-07")
TODAY = dict(value="1999-10-08", earliest="1999-10-08", latest="1999-10-08")
BEFORE = dict(latest="1999-10-08")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="arrested", summary="The FBI arrests Khalfan Khamis Mohamed at Cape Town airport", cameo="173",
      cameo_any=["17"], modality="occurred", when=THU,
      actors=[("source", "FBI", USA), ("target", "Khalfan Khamis Mohamed", TZA)],
      mentions=[("was arrested in connection with last year's", "arrested"),
                ("the FBI arrested Mohamed at the city's airport", "arrested"),
                ("The latest arrest brought to nine", "arrest")]),
 dict(id="brought", summary="Mohamed is brought to the United States for trial", cameo="174",
      cameo_any=["17", "06", "08"], modality="occurred", when=dict(earliest="1999-10-07", latest="1999-10-08"),
      actors=[("source", "United States", USA)],
      mentions=[("was brought to the United States for trial", "brought")]),
 dict(id="appear", summary="Mohamed is to appear before a magistrate judge in Manhattan", cameo="173",
      cameo_any=["*"], modality="expected", modality_any=["expected", "occurred"], when=TODAY, required=False,
      mentions=[("was scheduled to appear before a U.S. magistrate judge", "appear")]),
 dict(id="white", summary="U.S. Attorney White's statement", cameo="010",
      cameo_any=["*"], modality="occurred", when=TODAY, required=False,
      mentions=[("according to a statement today by U.S. Attorney Mary Jo White", "statement")]),
 dict(id="bombings", summary="The Aug. 7, 1998 embassy bombings kill 224", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=AUG7, required=False,
      mentions=[("last year's deadly U.S. Embassy blasts", "blasts"),
                ("prosecuting the bombings which killed 224 people", "bombings"),
                ("The bombs went off almost simultaneously", "went off")]),
 dict(id="rented", summary="Mohamed allegedly rented the house used as a bomb factory", cameo=None,
      cameo_any=["*"], modality="alleged", modality_any=["alleged", "occurred"], when=BEFORE, required=False,
      mentions=[("allegedly rented a house in his native Tanzania", "rented")]),
 dict(id="beer", summary="The Cape Town police spokesman says the FBI arrested Mohamed", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("police spokesman Capt. Rod Beer said", "said")]),
 dict(id="deported", summary="Mohamed was about to be deported from South Africa", cameo="174",
      cameo_any=["*"], modality="expected", modality_any=["expected", "hypothetical", "proposed"],
      when=dict(earliest="1999-10-07"), required=False,
      mentions=[("as he was about to be deported", "deported")]),
 dict(id="search", summary="A search is launched for accomplices in the region", cameo="091",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("a search has been launched for accomplices", "search")]),
 dict(id="no_comment", summary="The U.S. Embassy in Pretoria has no comment", cameo="011",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("had no comment", "comment")]),
 dict(id="indicted", summary="Seventeen people have been indicted in the case", cameo="173",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Seventeen people have been indicted", "indicted")]),
 dict(id="accused", summary="Bin Laden is accused of masterminding the attack", cameo="112",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Bin Laden is accused of masterminding the attack", "accused")]),
 dict(id="reward", summary="A $5 million reward is offered for bin Laden's capture", cameo=None,
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("A $5 million reward has been offered", "reward")]),
]
LINKS = [
 ("arrested", "before", "brought", True, ["before"]),
 ("bombings", "before", "arrested", False, ["before", "causes", "responds_to"]),
]
