# Third fresh gold (held-out) for AQUAINT APW19981205.0374 (AP, Warsaw, published Saturday
# 1998-12-05): all NATO members have approved the entry of Poland, Hungary and the Czech
# Republic; German defense minister Scharping ends a visit to Poland. Story group: NATO
# enlargement 1998-99. "Saturday" = 1998-12-05; "early this week" is bounded by the ISO week's
# Monday 1998-11-30 and the DCT; "in April" = 1999-04.
# Required: Scharping's statement and visit, the Dutch ratification, the completed approvals,
# the expected April accession and the April summit.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19981205.0374.tml"}
POL, HUN, CZE, DEU, NLD = "POL", "HUN", "CZE", "DEU", "NLD"
SAT = dict(value="1998-12-05", earliest="1998-12-05", latest="1998-12-05")
SAT_B = dict(earliest="1998-12-05", latest="1998-12-05")
APRIL = dict(value="1999-04", earliest="1999-04-01", latest="1999-04-30")
THREE_T = [("target", "Poland", POL), ("target", "Hungary", HUN), ("target", "Czech Republic", CZE)]
SCHARPING = ("source", "Rudolf Scharping", DEU)
EVENTS = [
 dict(id="said", summary="Scharping says the three can now take part in NATO strategy planning", cameo="010",
      cameo_any=["01"], modality="occurred", when=SAT, actors=[SCHARPING],
      mentions=[("German defense minister Rudolf Scharping said Saturday", "said")]),
 dict(id="participate", summary="The three can now participate in NATO strategy planning", cameo=None,
      cameo_any=["*"], modality="occurred", modality_any=["occurred", "hypothetical", "expected"],
      when=dict(earliest="1998-11-30"), required=False,
      mentions=[("can now participate in NATO strategy planning", "participate")]),
 dict(id="approved", summary="All NATO member states have approved the three countries joining", cameo="057",
      cameo_any=["05", "03"], modality="occurred", when=dict(latest="1998-12-05"),
      actors=[("source", "NATO member states", None)] + THREE_T,
      mentions=[("all NATO member states have approved their joining the alliance", "approved")]),
 dict(id="ratified", summary="The Netherlands is the last country to ratify NATO expansion", cameo="057",
      cameo_any=["05"], modality="occurred", when=dict(earliest="1998-11-30", latest="1998-12-05"),
      actors=[("source", "Netherlands", NLD)],
      mentions=[("early this week became the last country to ratify NATO expansion", "ratify")]),
 dict(id="join", summary="The three are expected to join NATO in April", cameo="057",
      cameo_any=["05", "06", "03"], modality="expected", modality_any=["expected", "proposed"], when=APRIL,
      actors=[("source", "Poland", POL), ("source", "Hungary", HUN), ("source", "Czech Republic", CZE)],
      mentions=[("The three are expected to join in April", "join")]),
 dict(id="summit", summary="NATO summit in April", cameo="043", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"], when=APRIL,
      mentions=[("planning for the NATO summit in April", "summit")]),
 dict(id="visit", summary="Scharping ends a two-day visit to Poland", cameo="042", cameo_any=["04"],
      modality="occurred", when=dict(earliest="1998-12-04", latest="1998-12-05"),
      actors=[SCHARPING, ("target", "Poland", POL)],
      mentions=[("ending a two-day  visit", "visit")]),
 dict(id="prepared", summary="Scharping says Poland is well prepared to join", cameo="010",
      cameo_any=["*"], modality="occurred", when=SAT_B, required=False,
      mentions=[("said Poland was well prepared to join the alliance", "said")]),
 dict(id="advocate", summary="Germany has advocated Poland's access to NATO", cameo="032",
      cameo_any=["*"], modality="occurred", when=dict(latest="1998-12-05"), required=False,
      mentions=[("Germany has been a strong advocate of Poland's access to NATO", "advocate")]),
]
LINKS = [
 ("ratified", "before", "said", False, ["before"]),
 ("approved", "causes", "participate", False, ["causes", "before"]),
 ("join", "before", "summit", False, ["before", "includes"]),
]
