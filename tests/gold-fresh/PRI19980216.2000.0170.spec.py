# Fresh gold (held-out) for TimeBank PRI19980216.2000.0170 (PRI, published Monday 1998-02-16):
# Britain calls for Sinn Fein's expulsion from the Northern Ireland talks; Sinn Fein will fight it.
DOC = {"id": "d1", "source": "PRI", "path": "../../../shared/corpus/tempeval3-train/TimeBank/PRI19980216.2000.0170.tml"}
GBR, IRL = "GBR", "IRL"
SAME_DAY = dict(earliest="1998-02-16", latest="1998-02-16")
LAST_WEEK = dict(earliest="1998-02-09", latest="1998-02-15")
EVENTS = [
 dict(id="call", summary="The British government formally calls for Sinn Fein's expulsion from the peace talks",
      cameo="100", cameo_any=["10", "02", "16", "12"], modality="occurred", when=dict(latest="1998-02-16"),
      actors=[("source", "British government", GBR), ("target", "Sinn Fein", None)],
      mentions=[("The British government has formally called for Sinn Fein", "called for")]),
 dict(id="expelled", summary="Sinn Fein's expulsion from the talks", cameo="160", cameo_any=["*"],
      modality="proposed", modality_any=["proposed", "hypothetical", "expected"], when=dict(), required=False,
      mentions=[("to be expelled from the multiparty peace talks", "expelled")]),
 dict(id="police", summary="Northern Ireland police say they believe the IRA was behind two killings",
      cameo="112", cameo_any=["11", "01"], modality="occurred", when=dict(latest="1998-02-16"),
      actors=[("source", "Northern Ireland police", GBR), ("target", "IRA", None)],
      mentions=[("northern Ireland police said they believe the IRA was behind", "police said")]),
 dict(id="killings", summary="Two killings in Belfast last week", cameo="186", cameo_any=["18", "19"],
      modality="occurred", modality_any=["occurred", "alleged"], when=LAST_WEEK,
      actors=[("source", "IRA", None)],
      mentions=[("two killings in Belfast last week", "killings")]),
 dict(id="challenge", summary="Sinn Fein's McLaughlin says the party will challenge the move by legal means",
      cameo="110", cameo_any=["11", "13", "01"], modality="occurred",
      modality_any=["occurred", "expected", "hypothetical"], when=SAME_DAY,
      actors=[("source", "Mitchell McLaughlin", None)],
      mentions=[("Mitchell McLaughlin says the party will challenge the move", "says")]),
 dict(id="challenged", summary="Sinn Fein has already challenged the terms", cameo="110", cameo_any=["11"],
      modality="occurred", when=dict(latest="1998-02-16"), required=False,
      mentions=[("we've already challenged", "challenged")]),
 dict(id="joint", summary="Any decision to expel Sinn Fein must be agreed by Britain and Ireland", cameo="160",
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=dict(), required=False,
      mentions=[("Any decision to expel Sinn Fein must be agreed jointly", "decision")]),
]
CAUSAL = ["causes", "responds_to"]
LINKS = [
 ("police", "causes", "call", True, CAUSAL),
 ("call", "causes", "challenge", True, CAUSAL),
 ("killings", "before", "police", False, ["before", "causes"]),
]
