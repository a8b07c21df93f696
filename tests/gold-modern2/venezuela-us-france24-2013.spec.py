# Second modern gold (written by us in France 24 style; small HTML page with
# article:published_time, published Tuesday 2013-10-01): the US expels three Venezuelan
# diplomats a day after Maduro expelled the US charge d'affaires and two colleagues.
# "Tuesday" = 2013-10-01, "Monday" = 09-30, "in June" = 2013-06, "the April election" = 2013-04,
# "later this month" = 2013-10 (from the publication day).
# Required: both expulsions, Maduro's accusation and his claim of evidence, Harf's rejection,
# Keiderling's denial, the Kerry-Jaua meeting in June and the agreement to work towards
# ambassadors, Jaua's statement.
# Non-required: the State Department's "said", "told supporters", the alleged plot and
# meetings, the promise to present evidence, Keiderling's departure, the absence of ambassadors
# since 2010, the repeated accusations since June, the election, Capriles' reaction, the
# conditional new envoy, the expected China trip.
DOC = {"id": "d1", "title": "US expels three Venezuelan diplomats in tit-for-tat move - France 24",
       "published": "2013-10-01", "source": "France 24", "path": "venezuela-us-france24-2013.html"}
USA, VEN, GTM, CHN = "USA", "VEN", "GTM", "CHN"
TUE = dict(value="2013-10-01", earliest="2013-10-01", latest="2013-10-01")
MON = dict(value="2013-09-30", earliest="2013-09-30", latest="2013-09-30")
JUNE = dict(value="2013-06", earliest="2013-06-01", latest="2013-06-30")
BEFORE = dict(latest="2013-10-01")
MADURO = ("source", "Nicolas Maduro", VEN)
USA_T = ("target", "United States", USA)
VEN_T = ("target", "Venezuela", VEN)
EVENTS = [
 dict(id="us_expel", summary="The US orders three Venezuelan diplomats, including charge d'affaires Calixto Ortega, to leave",
      cameo="166", cameo_any=["16", "174"], modality="occurred", when=TUE,
      actors=[("source", "United States", USA), VEN_T],
      mentions=[("US expels three Venezuelan diplomats in tit-for-tat move", "expels three Venezuelan diplomats", 2),
                ("Washington on Tuesday ordered three Venezuelan diplomats to leave the United States", "ordered three Venezuelan diplomats to leave"),
                ("two other officials had 48 hours to leave the country", "had 48 hours to leave")]),
 dict(id="state_said", summary="The State Department calls the measure reciprocal", cameo="010", cameo_any=["01"],
      modality="occurred", when=TUE, required=False,
      mentions=[("The State Department said Venezuela's charge d'affaires", "said")]),
 dict(id="reject", summary="The State Department rejects the allegations of a US conspiracy", cameo="016",
      cameo_any=["016", "01", "12"], modality="occurred", when=TUE,
      actors=[("source", "Marie Harf", USA), ("target", "Venezuela", VEN)],
      mentions=[("We completely reject the Venezuelan government's allegations", "reject"),
                ("Marie Harf told reporters in Washington", "told reporters")]),
 dict(id="maduro_expel", summary="Maduro expels US charge d'affaires Kelly Keiderling and two other US diplomats",
      cameo="166", cameo_any=["16", "174"], modality="occurred", when=MON, actors=[MADURO, USA_T],
      mentions=[("a day after President Nicolas Maduro expelled the top US envoy in Caracas", "expelled"),
                ("Maduro announced the expulsion of charge d'affaires Kelly Keiderling", "announced the expulsion"),
                ("giving the three diplomats 48 hours to leave", "48 hours to leave")]),
 dict(id="accuse", summary="Maduro accuses the US diplomats of meeting the opposition and financing sabotage", cameo="112",
      cameo_any=["11"], modality="occurred", when=MON, actors=[MADURO, USA_T],
      mentions=[("accusing them of meeting opposition figures", "accusing")]),
 dict(id="plot", summary="The US diplomats allegedly plot to sabotage Venezuela's economy and power grid", cameo=None,
      cameo_any=["*"], modality="alleged", when=BEFORE, required=False,
      mentions=[("allegedly plotting to sabotage the country's economy", "plotting to sabotage"),
                ("financing \"acts of sabotage\"", "financing")]),
 dict(id="yankee", summary="Maduro tells supporters \"Yankee, go home!\"", cameo="010", cameo_any=["01", "11"],
      modality="occurred", when=MON, required=False,
      mentions=[("he told supporters, giving", "told supporters")]),
 dict(id="evidence", summary="Maduro says his government has evidence of US meetings with the far right in Bolivar",
      cameo="112", cameo_any=["11", "01"], modality="occurred", when=MON, actors=[MADURO, USA_T],
      mentions=[("The Venezuelan leader said his government had evidence", "said")]),
 dict(id="meetings", summary="The Americans allegedly meet members of the far right in Bolivar", cameo=None, cameo_any=["*"],
      modality="alleged", when=BEFORE, required=False,
      mentions=[("the Americans had held meetings with members of the far right", "held meetings")]),
 dict(id="present", summary="Maduro will present the evidence in the coming days", cameo=None, cameo_any=["*"],
      modality="expected", modality_any=["expected", "proposed"], when=dict(earliest="2013-09-30"), required=False,
      mentions=[("he would present it in the coming days", "present")]),
 dict(id="left", summary="Keiderling leaves Caracas for Miami", cameo=None, cameo_any=["*"], modality="occurred",
      when=TUE, required=False, mentions=[("Keiderling, who left Caracas for Miami", "left Caracas")]),
 dict(id="keiderling_deny", summary="Keiderling denies any involvement in sabotage", cameo="016", cameo_any=["016", "01"],
      modality="occurred", when=TUE, actors=[("source", "Kelly Keiderling", USA)],
      mentions=[("denied the accusations before boarding her flight", "denied"),
                ("she told reporters at the airport", "told reporters")]),
 dict(id="no_ambassadors", summary="The two countries have had no ambassadors since 2010", cameo=None, cameo_any=["*"],
      modality="negated", modality_any=["negated", "occurred"], when=dict(earliest="2010-01-01", latest="2013-10-01"),
      required=False, mentions=[("have not exchanged ambassadors since 2010", "exchanged ambassadors")]),
 dict(id="kerry_jaua", summary="Kerry meets Venezuelan Foreign Minister Elias Jaua in Guatemala", cameo="044",
      cameo_any=["04"], modality="occurred", when=JUNE,
      actors=[("source", "John Kerry", USA), ("target", "Elias Jaua", VEN)],
      mentions=[("Secretary of State John Kerry met Venezuelan Foreign Minister Elias Jaua", "met")]),
 dict(id="agree_restore", summary="Both sides agree to work towards restoring ambassadors", cameo="032",
      cameo_any=["03", "019", "05"], modality="occurred", when=JUNE,
      actors=[("source", "United States", USA), ("source", "Venezuela", VEN)],
      mentions=[("both sides agreed to work towards restoring them", "agreed")]),
 dict(id="repeated", summary="Caracas repeatedly accuses Washington of backing destabilisation", cameo="112", cameo_any=["11"],
      modality="occurred", when=dict(earliest="2013-06-01", latest="2013-10-01"), required=False,
      mentions=[("Caracas has repeatedly accused Washington", "accused")]),
 dict(id="won", summary="Maduro narrowly wins the April election", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(value="2013-04", earliest="2013-04-01", latest="2013-04-30"), required=False,
      mentions=[("who narrowly won the April election", "won")]),
 dict(id="capriles", summary="Capriles dismisses the expulsions as a smokescreen", cameo="111", cameo_any=["11"],
      modality="occurred", when=dict(earliest="2013-09-30", latest="2013-10-01"), required=False,
      mentions=[("dismissed the expulsions as a \"smokescreen\"", "dismissed")]),
 dict(id="jaua", summary="Jaua says Venezuela will not allow foreign interference", cameo="010", cameo_any=["01", "11", "12"],
      modality="occurred", when=TUE, actors=[("source", "Elias Jaua", VEN), USA_T],
      mentions=[("Jaua said on Tuesday that Venezuela would not allow foreign interference", "said")]),
 dict(id="new_envoy", summary="Venezuela might name a new envoy to Washington", cameo=None, cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "negated", "proposed"], when=dict(earliest="2013-10-01"),
      required=False, mentions=[("did not rule out naming a new envoy to Washington", "naming a new envoy")]),
 dict(id="china", summary="Maduro is expected to travel to China later this month", cameo="042", cameo_any=["04"],
      modality="expected", when=dict(value="2013-10", earliest="2013-10-01", latest="2013-10-31"), required=False,
      mentions=[("Maduro is expected to travel to China later this month", "travel to China")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("maduro_expel", "causes", "us_expel", True, CAUSAL),
 ("reject", "denies", "accuse", True, ["denies"]),
 ("keiderling_deny", "denies", "accuse", False, ["denies"]),
 ("accuse", "causes", "maduro_expel", False, CAUSAL),
 ("kerry_jaua", "includes", "agree_restore", False, ["includes", "simultaneous", "before"]),
]
