# Second fresh gold (held-out) for AQUAINT APW19980826.0389 (AP, Nairobi, published Wednesday
# 1998-08-26): U.S. Ambassador Bushnell and Kenya's trade minister finish the talks the Aug. 7
# bombing interrupted. Story group: embassy-bombings-1998. The article is about the Nairobi
# blast, so the Nairobi bombing is the required attack; the Dar es Salaam blast is non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980826.0389.tml"}
USA, KEN = "USA", "KEN"
WED = dict(value="1998-08-26", earliest="1998-08-26", latest="1998-08-26")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="met", summary="Bushnell meets Kenya's trade minister Kimotho to finish their talks", cameo="040",
      cameo_any=["04"], modality="occurred", when=WED,
      actors=[("participant", "Prudence Bushnell", USA), ("participant", "Joseph Kimotho", KEN)],
      mentions=[("meeting with Kenya's trade minister", "meeting"),
                ("Bushnell and Kimotho met again", "met")]),
 dict(id="talks_aug7", summary="Bushnell and Kimotho were talking on Aug. 7 when the bomb went off", cameo="040",
      cameo_any=["04"], modality="occurred", when=AUG7,
      actors=[("participant", "Prudence Bushnell", USA), ("participant", "Joseph Kimotho", KEN)],
      mentions=[("to finish talks that were interrupted", "talks"),
                ("They were talking when the bomb went off", "talking")]),
 dict(id="conference", summary="They had just ended a news conference", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("had just ended a news conference", "news conference")]),
 dict(id="bombing", summary="Car bombing of the U.S. embassy in Nairobi", cameo="183", cameo_any=["18"],
      modality="occurred", when=AUG7, actors=[("target", "U.S. embassy", USA)],
      mentions=[("interrupted by the car bombing of the embassy", "bombing"),
                ("The blast in Nairobi occurred", "blast")]),
 dict(id="killed", summary="247 killed and more than 5,000 wounded", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("killing 247 people", "killing")]),
 dict(id="dar", summary="An explosion rips through the American Embassy in Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=AUG7, required=False,
      mentions=[("an explosion ripped through the American Embassy", "explosion")]),
 dict(id="daley", summary="U.S. Commerce Secretary Daley's visit to Kenya slated for September", cameo="042",
      cameo_any=["04"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="1998-09", earliest="1998-09-01", latest="1998-09-30"),
      actors=[("source", "William Daley", USA), ("target", "Kenya", KEN)],
      mentions=[("the slated visit of U.S. Commerce Secretary", "visit"),
                ("His trip is still on", "trip")]),
 dict(id="toll", summary="The Tanzania death toll rises to 12", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="1998-08-26"), required=False,
      mentions=[("has risen to 12", "risen")]),
]
LINKS = [
 ("talks_aug7", "before", "met", True, ["before"]),
 ("bombing", "before", "met", False, ["before", "causes"]),
]
