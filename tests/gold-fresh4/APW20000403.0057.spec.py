# Fourth fresh gold (held-out) for AQUAINT APW20000403.0057 (AP, dateline Havana, published
# Monday 2000-04-03): Castro reads the father's letter offering to travel alone for Elian; the
# group's visa applications and planned trip; Cuba's offer to renounce the immunity of its
# diplomat's residence. Story group: Elian Gonzalez (Cuba-U.S.) 2000.
# "Sunday" = 2000-04-02 (Castro's television address), "today" = 04-03, "Tuesday" = 04-04.
# Castro's Sunday address holds several "said"/"read" mentions: one statement event. The offer,
# the visas and the trip are Cuban moves toward the U.S.; the immunity offer is told with
# "announced" and no day, bounded by the DCT.
# Required: Castro's statement, the father's offer, the visa applications, the group trip, the
# White House's statement and the immunity offer. The Miami relatives' and the lawyers' acts,
# the INS deadline (domestic), the rescue and the shipwreck, and Castro's visit to the
# first-graders are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW20000403.0057.tml"}
USA, CUB = "USA", "CUB"
SUN = dict(value="2000-04-02", earliest="2000-04-02", latest="2000-04-02")
TODAY = dict(value="2000-04-03", earliest="2000-04-03", latest="2000-04-03")
BEFORE = dict(latest="2000-04-03")
CASTRO = ("source", "Fidel Castro", CUB)
JMG = ("source", "Juan Miguel Gonzalez", CUB)
EVENTS = [
 dict(id="castro_said", summary="Castro reads the father's letter on television and speaks of the trip", cameo="010",
      cameo_any=["01", "03"], modality="occurred", when=SUN, actors=[CASTRO],
      mentions=[("President Fidel Castro said the boy's father has offered", "said"),
                ("right away, Castro said Sunday", "said"),
                ("Castro read from a letter signed by Gonzalez", "read"),
                ("which Castro read on a state television station broadcast", "read"),
                ("as soon as Tuesday, Castro said", "said")]),
 dict(id="offered", summary="The father offers to travel alone to pick up his son if the U.S. hands him over at once", cameo="036",
      cameo_any=["03", "04", "02"], modality="occurred", when=dict(latest="2000-04-02"),
      actors=[JMG, ("target", "United States", USA)],
      mentions=[("the boy's father has offered to travel alone", "offered"),
                ("Gonzalez said he would go get his son alone", "said")]),
 dict(id="solo", summary="A solo trip by the father to the U.S.", cameo="042",
      cameo_any=["04"], modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=dict(earliest="2000-04-03"), required=False,
      mentions=[("more likely than a solo trip by his father", "trip")]),
 dict(id="visas", summary="The father and the group apply for U.S. visas at the Interests Section in Havana", cameo="020",
      cameo_any=["02", "10", "04"], modality="expected", modality_any=["expected", "proposed", "occurred"], when=TODAY,
      actors=[JMG, ("target", "U.S. Interests Section", USA)],
      mentions=[("planned to apply for American visas today", "apply")]),
 dict(id="group_trip", summary="The father's group trip to the United States", cameo="042",
      cameo_any=["04"], modality="expected", modality_any=["expected", "proposed", "hypothetical"],
      when=dict(earliest="2000-04-04"),
      actors=[JMG, ("target", "United States", USA)],
      mentions=[("a group trip with the boy's relatives and classmates", "trip"),
                ("would be ready to leave for the United States as soon as Tuesday", "leave"),
                ("their planned trip to Washington", "trip")]),
 dict(id="refused_requests", summary="The father refused for months the relatives' requests to come", cameo="120",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Gonzalez for months refused requests", "refused")]),
 dict(id="unfit", summary="The relatives' lawyers say they might argue the father is unfit", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("the lawyers for the boy's relatives in Miami said they might try", "said")]),
 dict(id="white_house", summary="The White House says there is no evidence of unfitness", cameo="010",
      cameo_any=["01", "05", "12"], modality="occurred", when=BEFORE,
      actors=[("source", "White House", USA)],
      mentions=[("The White House has said there is no evidence", "said")]),
 dict(id="craig", summary="Craig calls the allegations outrageous", cameo="111",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Gregory Craig, said the ''outrageous'' allegations", "said")]),
 dict(id="give_visas", summary="Whether the U.S. will give the Cubans the 28 visas they have proposed", cameo="081",
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=dict(earliest="2000-04-03"), required=False,
      mentions=[("would give the Cubans the 28 visas", "give")]),
 dict(id="appeal", summary="The relatives' federal court appeal", cameo="115",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("a federal court appeal by Elian's Miami relatives", "appeal")]),
 dict(id="immunity", summary="Castro: the chief of the Cuban Interests Section is willing to renounce the residence's immunity", cameo="030",
      cameo_any=["03", "08", "01"], modality="occurred", when=BEFORE,
      actors=[CASTRO, ("target", "United States", USA)],
      mentions=[("Castro announced that the chief of the Cuban Interests Section", "announced"),
                ("was willing to revoke the diplomatic immunity", "revoke"),
                ("our Interests Section is willing to renounce diplomatic immunity", "renounce")]),
 dict(id="proposed_stay", summary="Cuba has proposed the father stay with Elian at the residence", cameo="030",
      cameo_any=["03", "02"], modality="occurred", when=BEFORE, required=False,
      mentions=[("where Cuba has proposed Gonzalez stay with Elian", "proposed")]),
 dict(id="rescued", summary="Elian is rescued off Florida in late November", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(earliest="1999-11-01", latest="1999-11-30"), required=False,
      mentions=[("since he was rescued off the coast of Florida", "rescued")]),
 dict(id="died", summary="Elian's mother and 10 others die when their boat sinks", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(earliest="1999-11-01", latest="1999-11-30"), required=False,
      mentions=[("11 people who died after they boat sank", "died")]),
 dict(id="demanded", summary="The father has demanded his rights as sole surviving parent", cameo="1043",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Gonzalez has demanded his rights", "demanded")]),
 dict(id="deadline", summary="The INS gives the relatives until 9 a.m. Tuesday to sign", cameo="139",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("has given the Miami relatives until 9 a.m. Tuesday", "given")]),
 dict(id="relatives_refused", summary="The relatives refuse to sign the document", cameo="120",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("The Miami relatives thus far have refused to sign", "refused")]),
 dict(id="assured", summary="Castro assures the first-graders their trip is an important mission", cameo="010",
      cameo_any=["*"], modality="occurred", when=SUN, required=False,
      mentions=[("assuring them that their planned trip", "assuring"),
                ("Castro assured them that they formed", "assured")]),
]
LINKS = [
 ("visas", "before", "group_trip", False, ["before"]),
 ("offered", "before", "castro_said", False, ["before", "simultaneous", "includes"]),
]
