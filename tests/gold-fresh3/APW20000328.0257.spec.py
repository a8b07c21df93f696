# Third fresh gold (held-out) for AQUAINT APW20000328.0257 (AP, Havana, published Tuesday
# 2000-03-28): Castro says Cuba told the U.S. State Department it fears Miami exiles might take
# Elian Gonzalez to a third country. Story group: Elian Gonzalez / Cuba-U.S. 2000.
# "Tuesday" = 2000-03-28, "Sunday night" = 2000-03-26. Required: Castro's statement of Tuesday,
# the Cuban government's message to the U.S., and Castro's first raising of the worry on
# Sunday. The State Department officer's reply, the great-uncle's denial and the exiles' plan
# are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW20000328.0257.tml"}
CUB, USA = "CUB", "USA"
TUE = dict(value="2000-03-28", earliest="2000-03-28", latest="2000-03-28")
SUN = dict(value="2000-03-26", earliest="2000-03-26", latest="2000-03-26")
CASTRO = ("source", "Fidel Castro", CUB)
EVENTS = [
 dict(id="castro_said", summary="Castro says on TV his government told U.S. officials of its worries", cameo="010",
      cameo_any=["01"], modality="occurred", when=TUE, actors=[CASTRO],
      mentions=[("President Fidel Castro said Tuesday his government told", "said"),
                ("it was not until Tuesday that Castro revealed", "revealed")]),
 dict(id="told", summary="Cuba tells the U.S. State Department it fears the exiles may take Elian abroad or harm him",
      cameo="010", cameo_any=["01", "02", "04", "11"], modality="occurred", when=dict(latest="2000-03-28"),
      actors=[("source", "Cuba", CUB), ("target", "United States", USA)],
      mentions=[("his government told U.S. officials it is worried", "told"),
                ("his government had shared its concerns with the U.S. State Department", "shared"),
                ("those concerns had been shared directly with the U.S. government", "shared")]),
 dict(id="studying", summary="Miami exiles study taking Elian to a third nation", cameo=None,
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "proposed", "occurred"],
      when=dict(latest="2000-03-28"), required=False,
      mentions=[("was studying the possibility of taking Elian", "studying")]),
 dict(id="duty_officer", summary="A State Department duty officer says she has no information on a threat", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(earliest="2000-03-28", latest="2000-03-28"), required=False,
      mentions=[("A State Department duty officer said", "said")]),
 dict(id="denied", summary="The great-uncle denies he would send Elian out of the country", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(latest="2000-03-28"), required=False,
      mentions=[("Lazaro Gonzalez, denied that he would send Elian", "denied")]),
 dict(id="raised", summary="Castro first raises the worries in a TV speech to students on Sunday night", cameo="010",
      cameo_any=["01"], modality="occurred", when=SUN, actors=[CASTRO],
      mentions=[("The Cuban leader first raised those worries", "raised")]),
]
LINKS = [
 ("told", "before", "castro_said", True, ["before"]),
 ("raised", "before", "castro_said", False, ["before"]),
]
