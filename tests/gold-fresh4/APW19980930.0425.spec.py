# Fourth fresh gold (held-out) for AQUAINT APW19980930.0425 (AP, dateline Nairobi, published
# Wednesday 1998-09-30): the U.S. Surgeon General leads a medical team to Kenya and Tanzania to
# help the bombing victims; U.S. aid requested and given. Story group: embassy-bombings-1998
# (aftermath). "Wednesday" = 1998-09-30, "Thursday" = 10-01, "Friday" = 10-02.
# Required: the team's mission, Satcher's statement, the disaster-centre proposal, Clinton's
# request for $50 million and the $3.2 million already given. The bombings, Oklahoma City, the
# team's next leg, the report to Congress and Kenya's payment of death claims are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980930.0425.tml"}
USA, TZA, KEN = "USA", "TZA", "KEN"
WED = dict(value="1998-09-30", earliest="1998-09-30", latest="1998-09-30")
BEFORE = dict(latest="1998-09-30")
SAT = ("source", "David Satcher", USA)
EVENTS = [
 dict(id="led", summary="Satcher leads a U.S. medical team to Kenya to help the bombing victims", cameo="073",
      cameo_any=["07", "04", "03"], modality="occurred", when=WED,
      actors=[SAT, ("target", "Kenya", KEN)],
      mentions=[("David Satcher on Wednesday led a team of medical specialists", "led")]),
 dict(id="satcher_said", summary="Satcher: we want to build on the partnership and help Kenya", cameo="030",
      cameo_any=["03", "01", "05"], modality="occurred", when=BEFORE,
      actors=[SAT, ("target", "Kenya", KEN)],
      mentions=[("Satcher said at a news conference", "said")]),
 dict(id="bombings", summary="The Aug. 7 bombings kill 259 and injure more than 5,500", cameo="183",
      cameo_any=["18", "19"], modality="occurred",
      when=dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07"), required=False,
      mentions=[("The bombings on Aug. 7 killed 259 people", "bombings")]),
 dict(id="oklahoma", summary="The 1995 Oklahoma City bombing", cameo="183",
      cameo_any=["*"], modality="occurred", when=dict(value="1995", earliest="1995-01-01", latest="1995-12-31"),
      required=False, mentions=[("where 168 people were killed in a bombing in 1995", "bombing")]),
 dict(id="next_leg", summary="The team plans to leave Nairobi on Thursday for Dar es Salaam", cameo="042",
      cameo_any=["*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="1998-10-01", earliest="1998-10-01", latest="1998-10-01"), required=False,
      mentions=[("The team planned to leave Nairobi on Thursday", "leave")]),
 dict(id="center", summary="The U.S. will consider helping set up a disaster response center in Kenya", cameo="033",
      cameo_any=["03", "07"], modality="proposed", modality_any=["proposed", "expected", "hypothetical"],
      when=dict(earliest="1998-09-30"),
      actors=[("source", "United States", USA), ("target", "Kenya", KEN)],
      mentions=[("the United States will consider helping set up a disaster response center", "consider")]),
 dict(id="report", summary="Satcher will report to Congress on additional needs", cameo=None,
      cameo_any=["*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="1998-09-30"), required=False,
      mentions=[("Satcher said he will report to Congress", "report")]),
 dict(id="requested", summary="Clinton requests $50 million in emergency aid for Tanzania and Kenya from Congress", cameo="033",
      cameo_any=["03", "07", "02"], modality="occurred", when=BEFORE,
      actors=[("source", "Bill Clinton", USA), ("target", "Tanzania", TZA), ("target", "Kenya", KEN)],
      mentions=[("Bill Clinton has requested dlrs 50 million", "requested")]),
 dict(id="contributed", summary="The U.S. has contributed $3.2 million in assistance to the two countries", cameo="070",
      cameo_any=["07"], modality="occurred", when=BEFORE,
      actors=[("source", "United States", USA), ("target", "Tanzania", TZA), ("target", "Kenya", KEN)],
      mentions=[("The U.S. government already has contributed dlrs 3.2 million", "contributed")]),
 dict(id="claims", summary="Kenya plans to pay the first 32 death claims on Friday", cameo=None,
      cameo_any=["*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="1998-10-02", earliest="1998-10-02", latest="1998-10-02"), required=False,
      mentions=[("the Kenyan government planned to pay the first 32 death claims", "pay")]),
]
LINKS = [
 ("bombings", "before", "led", False, ["before", "causes", "responds_to"]),
 ("led", "before", "next_leg", False, ["before"]),
]
