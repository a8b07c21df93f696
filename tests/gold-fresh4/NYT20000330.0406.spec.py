# Fourth fresh gold (held-out) for AQUAINT NYT20000330.0406 (New York Times, dateline Miami,
# DCT Thursday 2000-03-30): Cuban Americans' reactions in Little Havana to the news that Elian
# Gonzalez's father will come to the U.S.; Castro's announcement, the visa request and the
# State Department's answer. Story group: Elian Gonzalez (Cuba-U.S.) 2000.
# "Wednesday" = 2000-03-29, "Thursday" = 03-30, "Tuesday morning" = 04-04.
# Most of the article is street opinion (non-state people), which is not annotated. The INS and
# local officials' acts (postponement, threat to revoke the parole, statements of support,
# Gore's break) are domestic: non-required.
# Required: Castro's announcement, the father's expected visit, Craig's visa request, the State
# Department's answer and Castro's suggestion of the diplomat's residence.
DOC = {"id": "d1", "source": "New York Times", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/NYT20000330.0406.tml"}
USA, CUB = "USA", "CUB"
WED = dict(value="2000-03-29", earliest="2000-03-29", latest="2000-03-29")
THU = dict(value="2000-03-30", earliest="2000-03-30", latest="2000-03-30")
THU_B = dict(earliest="2000-03-30", latest="2000-03-30")
BEFORE = dict(latest="2000-03-30")
CASTRO = ("source", "Fidel Castro", CUB)
EVENTS = [
 dict(id="talks", summary="Talks between the relatives' lawyers and government officials end", cameo="040",
      cameo_any=["04"], modality="occurred", when=BEFORE, required=False,
      mentions=[("talks between lawyers for Elian's Miami relatives", "talks")]),
 dict(id="postponed", summary="The INS postpones until Tuesday any action on revoking the boy's parole", cameo=None,
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("U.S. Immigration officials postponed until Tuesday morning", "postponed")]),
 dict(id="wallis", summary="Wallis: the INS is monitoring the father's possible arrival", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("said Robert Wallis, INS director", "said")]),
 dict(id="threatened", summary="Officials had threatened to revoke the parole unless Lazaro Gonzalez signs", cameo="130",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Government officials had threatened to revoke the boy's parole", "threatened")]),
 dict(id="announced", summary="Castro announces the father is ready to travel to the U.S. to take his son home", cameo="030",
      cameo_any=["03", "01", "04"], modality="occurred", when=WED,
      actors=[CASTRO, ("target", "United States", USA)],
      mentions=[("after Castro announced Wednesday", "announced")]),
 dict(id="visit", summary="Juan Miguel Gonzalez's expected visit to the U.S.", cameo="042",
      cameo_any=["04", "03"], modality="expected", modality_any=["expected", "proposed", "hypothetical"],
      when=dict(earliest="2000-03-30"),
      actors=[("source", "Juan Miguel Gonzalez", CUB), ("target", "United States", USA)],
      mentions=[("is ready to travel to the United States to take his son home", "travel"),
                ("for his client for the expected visit", "visit"),
                ("Castro said Gonzalez would travel with his current wife", "travel")]),
 dict(id="asked_visa", summary="The father's lawyer Craig asks the State Department for a visa", cameo="020",
      cameo_any=["02", "10", "04"], modality="occurred", when=THU,
      actors=[("source", "Greg Craig", None), ("target", "State Department", USA)],
      mentions=[("Greg Craig, asked for a visa Thursday", "asked for")]),
 dict(id="told", summary="The State Department tells Craig the father must apply in Havana himself", cameo="010",
      cameo_any=["01", "10", "12", "02"], modality="occurred", when=THU_B,
      actors=[("source", "State Department", USA)],
      mentions=[("was told by U.S. State Department officials", "told")]),
 dict(id="craig_said", summary="Craig: Gonzalez is ready at a moment's notice", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("said Craig", "said")]),
 dict(id="list", summary="The Cuban government issues a list of 31 people including Alarcon", cameo=None,
      cameo_any=["*"], modality="occurred", when=THU, required=False,
      mentions=[("A list of 31 people issued by the Cuban government Thursday", "issued")]),
 dict(id="suggested", summary="Castro suggests Elian stay at the residence of Cuba's chief diplomat in Washington", cameo="030",
      cameo_any=["03", "02"], modality="occurred", when=BEFORE,
      actors=[CASTRO, ("target", "United States", USA)],
      mentions=[("Castro has suggested that Elian and his relatives stay", "suggested")]),
 dict(id="support", summary="Elected officials in Washington and Tallahassee issue statements of support for the relatives", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(earliest="2000-03-27", latest="2000-03-30"), required=False,
      mentions=[("have issued statement of support for Elian's Miami relatives", "issued")]),
 dict(id="estefan", summary="Estefan says she welcomes the father and urges him to decide in his son's interest", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("not that of the Cuban government,'' Estefan said", "said")]),
]
LINKS = [
 ("announced", "before", "asked_visa", False, ["before", "causes"]),
 ("asked_visa", "before", "told", True, ["before", "causes", "responds_to"]),
]
