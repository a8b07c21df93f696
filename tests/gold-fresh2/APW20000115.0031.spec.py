# Second fresh gold (held-out) for AQUAINT APW20000115.0031 (AP, Havana, published Saturday
# 2000-01-15): Cuba's point man on U.S. relations, Alarcon, criticises Washington over Elian
# Gonzalez; Cuban women march to the U.S. mission. Story group: Elian Gonzalez / Cuba-U.S. 2000.
# Required: the Cuba-U.S. exchanges and the state-backed march on the U.S. mission. U.S.
# domestic legal steps (INS ruling, Reno's deadline, court order) and family statements are
# non-required. "This week" gets the ISO week of the DCT (2000-W02).
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW20000115.0031.tml"}
CUB, USA = "CUB", "USA"
FRI = dict(value="2000-01-14", earliest="2000-01-14", latest="2000-01-14")
BEFORE = dict(latest="2000-01-15")
ALARCON = ("source", "Ricardo Alarcon", CUB)
EVENTS = [
 dict(id="impatience", summary="Alarcon expresses impatience at Washington's failure to enforce the repatriation order",
      cameo="111", cameo_any=["11", "01", "10"], modality="occurred", when=BEFORE,
      actors=[ALARCON, ("target", "United States", USA)],
      mentions=[("expressed impatience at Washington's failure", "expressed impatience"),
                ("Cuban authorities are frustrated by Reno's failure", "frustrated")]),
 dict(id="march", summary="Tens of thousands of Cuban women march to the U.S. mission demanding Elian's return",
      cameo="141", cameo_any=["14", "10"], modality="occurred", when=FRI,
      actors=[("source", "Cuban women", CUB), ("target", "U.S. mission", USA)],
      mentions=[("In a massive demonstration demanding Elian's return", "demonstration"),
                ("marched along Havana's seaside boulevard on Friday", "marched"),
                ("The protest marked a return", "protest")]),
 dict(id="december", summary="Larger demonstrations of early December", cameo="141", cameo_any=["*"],
      modality="occurred", when=dict(value="1999-12", earliest="1999-12-01", latest="1999-12-31"), required=False,
      mentions=[("when hundreds of thousands of people rallied", "rallied")]),
 dict(id="found", summary="Elian is found clinging to an inner tube off Florida", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="1999-11-25", earliest="1999-11-25", latest="1999-11-25"), required=False,
      mentions=[("was found clinging to an inner tube Nov. 25", "found")]),
 dict(id="ruled", summary="The INS rules Elian must be returned to his father and sets Friday as the deadline",
      cameo="084", cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Naturalization Service had ruled that Elian must be returned", "ruled")]),
 dict(id="lifted", summary="Reno lifts the repatriation deadline this week", cameo="080", cameo_any=["*"],
      modality="occurred", when=dict(value="2000-W02", earliest="2000-01-10", latest="2000-01-15"), required=False,
      mentions=[("Attorney General Janet Reno lifted the deadline", "lifted")]),
 dict(id="dismissed", summary="Alarcon dismisses U.S. suggestions that Elian's father travel to Miami", cameo="120",
      cameo_any=["12", "11"], modality="occurred", when=BEFORE,
      actors=[ALARCON, ("target", "U.S. politicians", USA)],
      mentions=[("dismissed suggestions by some U.S. politicians", "dismissed")]),
 dict(id="counseled", summary="U.S. officials have privately advised Cuba against the father going to the U.S.",
      cameo="020", cameo_any=["02", "01", "04", "10", "11"], modality="occurred", when=BEFORE,
      actors=[("source", "U.S. officials", USA), ("target", "Cuba", CUB)],
      mentions=[("even American officials -- have counseled against it", "counseled"),
                ("We have gotten the same message from U.S. officials", "message")]),
 dict(id="not_prohibited", summary="Cuba has not prohibited Gonzalez from going to Miami", cameo=None,
      cameo_any=["*"], modality="negated", modality_any=["negated", "occurred"], when=BEFORE, required=False,
      mentions=[("Cuba has not prohibited Gonzalez", "prohibited")]),
 dict(id="grandmother", summary="Elian's grandmother says she is willing to go to Miami", cameo=None,
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "expected", "proposed", "occurred"], when=dict(earliest="2000-01-15"), required=False,
      mentions=[("she was willing to go to Miami to retrieve her grandson", "go")]),
 dict(id="rejecting", summary="Reno rejects a Florida state court order", cameo="120", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("after rejecting a Florida state court order", "rejecting")]),
]
LINKS = [
 ("lifted", "causes", "impatience", False, ["causes", "responds_to", "before"]),
]
