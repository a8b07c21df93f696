# Modern gold (written by us in Al Jazeera style; small HTML page with article:published_time and a
# standfirst, published Tuesday 2020-12-15): Somalia cuts diplomatic relations with Kenya a day
# after Kenyatta hosts Somaliland's leader.
# "Tuesday" = 2020-12-15; "Monday" = 12-14; "late November" = 2020-11; "by the end of March" =
# 2021-03-31 at the latest; "on Sunday" = 12-20. Somalia's allegation, Kenya's rejection and
# summons are told "at the time" of the November row without a day; the US appeal carries no
# day. Somaliland is part of Somalia for ISO purposes (SOM).
# Required: the break in relations, the accusation of interference, the recall of Somalia's
# diplomats, the order for Kenyan diplomats to leave, Kenyatta hosting Bihi, their agreement and
# the planned consulate, Oguna's denial, the November expulsion of Kenya's ambassador and recall
# of Somalia's envoy, Somalia's allegation about Jubaland, Kenya's rejection and summons, the
# IGAD summit and the US appeal. Dubbe's quote, Somalia's standing objection, the flights, the
# absent Kenyan response, the troops, the ICJ ruling, the analyst's remark, the hoped-for
# meeting and Farmajo's silence are non-required.
DOC = {"id": "d1", "title": "Somalia cuts diplomatic ties with Kenya over alleged interference",
       "published": "2020-12-15", "source": "Al Jazeera", "path": "kenya-somalia-aljazeera-2020.html"}
SOM, KEN, USA = "SOM", "KEN", "USA"
TUE = dict(value="2020-12-15", earliest="2020-12-15", latest="2020-12-15")
MON = dict(value="2020-12-14", earliest="2020-12-14", latest="2020-12-14")
NOV = dict(value="2020-11", earliest="2020-11-01", latest="2020-11-30")
BEFORE = dict(latest="2020-12-15")
SOM_S = ("source", "Somalia", SOM)
KEN_S = ("source", "Kenya", KEN)
SOM_T = ("target", "Somalia", SOM)
KEN_T = ("target", "Kenya", KEN)
EVENTS = [
 dict(id="cut", summary="Somalia cuts diplomatic relations with Kenya", cameo="161", cameo_any=["16"],
      modality="occurred", when=TUE, actors=[SOM_S, KEN_T],
      mentions=[("Somalia cuts diplomatic ties with Kenya", "cuts diplomatic ties", 2),
                ("Somalia has cut diplomatic relations with neighbouring Kenya", "cut diplomatic relations"),
                ("Osman Dubbe announced the decision on state television on Tuesday", "announced the decision")]),
 dict(id="accuse", summary="Somalia accuses Kenya of violating its sovereignty and interfering", cameo="112",
      cameo_any=["11"], modality="occurred", when=TUE, actors=[SOM_S, KEN_T],
      mentions=[("Mogadishu accuses Nairobi of violating its sovereignty", "accuses"),
                ("accusing Nairobi of violating its sovereignty", "accusing"),
                ("He accused Kenya of", "accused")]),
 dict(id="recall", summary="Somalia recalls all its diplomats from Nairobi", cameo="161", cameo_any=["16"],
      modality="occurred", when=TUE, actors=[SOM_S, KEN_T],
      mentions=[("Somalia was recalling all its diplomats from Nairobi", "recalling all its diplomats")]),
 dict(id="expel", summary="Kenyan diplomats in Mogadishu are given seven days to leave", cameo="166", cameo_any=["16"],
      modality="occurred", when=TUE, actors=[SOM_S, KEN_T],
      mentions=[("Kenyan diplomats in Mogadishu had seven days to leave the country", "seven days to leave")]),
 dict(id="dubbe_quote", summary="Dubbe says the decision protects Somalia's sovereignty", cameo="010", cameo_any=["01"],
      modality="occurred", when=TUE, required=False,
      mentions=[("sovereignty and unity,\" Dubbe said", "Dubbe said")]),
 dict(id="host", summary="Kenyatta hosts Somaliland leader Muse Bihi Abdi in Nairobi", cameo="043", cameo_any=["04"],
      modality="occurred", when=MON,
      actors=[("source", "Uhuru Kenyatta", KEN), ("target", "Muse Bihi Abdi", SOM)],
      mentions=[("a day after Kenya's president hosted the leader of breakaway Somaliland", "hosted"),
                ("Kenyan President Uhuru Kenyatta hosted Muse Bihi Abdi", "hosted"),
                ("During Monday's meeting", "meeting")]),
 dict(id="objected", summary="Somalia objects to foreign governments dealing with Somaliland", cameo="111",
      cameo_any=["11", "12"], modality="occurred", when=BEFORE, required=False,
      mentions=[("has objected to foreign governments dealing with it directly", "objected")]),
 dict(id="agree", summary="Kenyatta and Bihi agree on a Kenyan consulate in Hargeisa and direct flights", cameo="057",
      cameo_any=["05", "03", "06"], modality="occurred", when=MON,
      actors=[("participant", "Uhuru Kenyatta", KEN), ("participant", "Muse Bihi Abdi", SOM)],
      mentions=[("Kenyatta and Bihi agreed that Kenya would open a consulate", "agreed")]),
 dict(id="consulate", summary="Kenya is to open a consulate in Hargeisa by the end of March", cameo="050",
      cameo_any=["05", "03", "04"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="2020-12-14", latest="2021-03-31"), actors=[KEN_S, SOM_T],
      mentions=[("Kenya would open a consulate in Hargeisa", "open a consulate")]),
 dict(id="flights", summary="Direct flights between Nairobi and Hargeisa are to begin", cameo=None, cameo_any=["*"],
      modality="expected", modality_any=["expected", "proposed"], when=dict(earliest="2020-12-14"), required=False,
      mentions=[("direct flights between the two cities would begin", "direct flights")]),
 dict(id="no_response", summary="Kenya does not immediately respond", cameo="010", cameo_any=["*"], modality="negated",
      modality_any=["negated", "occurred"], when=TUE, required=False,
      mentions=[("Kenya did not immediately respond to the decision", "respond")]),
 dict(id="deny", summary="Oguna denies Kenya is meddling in Somalia's affairs", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=MON, actors=[("source", "Cyrus Oguna", KEN), SOM_T],
      mentions=[("government spokesman Cyrus Oguna denied", "denied")]),
 dict(id="nov_expel", summary="Mogadishu orders Kenya's ambassador Lucas Tumbo to leave", cameo="166", cameo_any=["16"],
      modality="occurred", when=NOV, actors=[SOM_S, KEN_T],
      mentions=[("two weeks after it expelled Kenya's ambassador", "expelled Kenya's ambassador"),
                ("Mogadishu ordered Kenya's ambassador, Lucas Tumbo, to leave", "ordered Kenya's ambassador")]),
 dict(id="nov_recall", summary="Somalia recalls its envoy from Nairobi", cameo="161", cameo_any=["16"],
      modality="occurred", when=NOV, actors=[SOM_S, KEN_T],
      mentions=[("recalled its own envoy from Nairobi", "recalled its own envoy")]),
 dict(id="jubaland", summary="Somalia alleges Kenya is pressuring Jubaland's leader before the elections", cameo="112",
      cameo_any=["11"], modality="occurred", when=BEFORE, actors=[SOM_S, KEN_T],
      mentions=[("Somalia alleged that Kenya was pressuring the leader of the Jubaland region", "alleged")]),
 dict(id="kenya_rejected", summary="Kenya rejects the claims", cameo="016", cameo_any=["016", "12", "01"],
      modality="occurred", when=BEFORE, actors=[KEN_S, SOM_T],
      mentions=[("rejected those claims at the time", "rejected those claims")]),
 dict(id="kenya_summoned", summary="Kenya summons Somalia's envoy in protest", cameo="114",
      cameo_any=["11", "16", "04", "10"], modality="occurred", when=BEFORE, actors=[KEN_S, SOM_T],
      mentions=[("summoned Somalia's envoy in protest", "summoned")]),
 dict(id="troops", summary="Kenya keeps about 3,500 troops in Somalia in the AU mission", cameo=None, cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("which has about 3,500 troops in Somalia", "troops")]),
 dict(id="icj", summary="The ICJ is expected to rule on the maritime dispute next year", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(value="2021", earliest="2021-01-01", latest="2021-12-31"), required=False,
      mentions=[("the International Court of Justice is expected to rule on next year", "rule")]),
 dict(id="analyst", summary="An analyst calls the break a serious escalation", cameo="012", cameo_any=["01"],
      modality="occurred", when=TUE, required=False,
      mentions=[("said Omar Mahmood", "said")]),
 dict(id="igad", summary="IGAD holds a summit in Djibouti on Sunday", cameo="040", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="2020-12-20", earliest="2020-12-20", latest="2020-12-20"),
      actors=[("source", "IGAD", None)],
      mentions=[("IGAD is due to hold a summit in Djibouti on Sunday", "summit")]),
 dict(id="hope_meet", summary="Diplomats hope Kenyatta and Farmajo could meet", cameo="036", cameo_any=["03", "04"],
      modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=dict(value="2020-12-20", earliest="2020-12-20", latest="2020-12-20"), required=False,
      mentions=[("Farmajo could meet", "meet")]),
 dict(id="farmajo", summary="Farmajo has not said whether he will attend", cameo="011", cameo_any=["01"],
      modality="negated", modality_any=["negated", "occurred"], when=BEFORE, required=False,
      mentions=[("Farmajo has not said whether he will attend", "not said")]),
 dict(id="us_urge", summary="The United States urges both governments to resolve their differences through dialogue",
      cameo="027", cameo_any=["02"], modality="occurred", when=BEFORE,
      actors=[("source", "United States", USA), SOM_T, KEN_T],
      mentions=[("The United States urged both governments to resolve their differences", "urged")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("cut", "responds_to", "host", True, CAUSAL),
 ("deny", "denies", "accuse", True, ["denies"]),
 ("kenya_rejected", "denies", "jubaland", True, ["denies"]),
 ("nov_expel", "before", "cut", False, CAUSAL),
 ("kenya_summoned", "responds_to", "nov_expel", False, CAUSAL),
]
