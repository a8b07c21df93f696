# Modern gold (written by us in BBC News style; Markdown with front matter, published Wednesday
# 2011-11-30): Britain closes its Tehran embassy and expels Iranian diplomats after protesters
# storm two British compounds in Tehran.
# "Wednesday" = 2011-11-30; "Tuesday" = 11-29; "Sunday" = 11-27; "Thursday" = 12-01;
# "last week" = 2011-W47 (11-21..11-27). Acts told without a day (Cameron's and Hague's remarks,
# Tehran's rejection, the European recalls) lie between the storming and publication.
# Required: the storming, the closure of the British embassy, the expulsion of the Iranian
# diplomats, Cameron's condemnation, Hague's accusation and Tehran's rejection of it, Iran's
# regret, its criticism of the decision and threat of reciprocal measures, the parliament's vote
# to downgrade relations, the UK banking sanctions, the Security Council's condemnation, the
# European recalls and Norway's closure, the expected EU sanctions. Hague's Commons statement,
# the withdrawal of staff, the "not a severing" remark, the detention of staff, the planned
# expulsion of the ambassador, Italy's consideration, the EU meeting itself and the unnamed
# further measures are non-required.
DOC = {"id": "d1", "title": "UK expels Iranian diplomats after Tehran embassy attack",
       "published": "2011-11-30", "source": "BBC News", "path": "uk-iran-embassy-bbc-2011.md"}
GBR, IRN, DEU, FRA, NLD, NOR, ITA = "GBR", "IRN", "DEU", "FRA", "NLD", "NOR", "ITA"
WED = dict(value="2011-11-30", earliest="2011-11-30", latest="2011-11-30")
TUE = dict(value="2011-11-29", earliest="2011-11-29", latest="2011-11-29")
SUN = dict(value="2011-11-27", earliest="2011-11-27", latest="2011-11-27")
SINCE_TUE = dict(earliest="2011-11-29", latest="2011-11-30")
HAGUE = ("source", "William Hague", GBR)
IRN_T = ("target", "Iran", IRN)
GBR_T = ("target", "United Kingdom", GBR)
EVENTS = [
 dict(id="close", summary="Britain closes its embassy in Tehran", cameo="161", cameo_any=["16"],
      modality="occurred", when=SINCE_TUE, actors=[("source", "United Kingdom", GBR), IRN_T],
      mentions=[("Britain has closed its embassy in Tehran", "closed its embassy")]),
 dict(id="expel", summary="Britain orders Iran's London embassy shut and its diplomats out within 48 hours", cameo="166",
      cameo_any=["16"], modality="occurred", when=WED, actors=[HAGUE, IRN_T],
      mentions=[("UK expels Iranian diplomats after Tehran embassy attack", "expels Iranian diplomats", 1),
                ("ordered Iran to shut its embassy in London", "ordered Iran to shut"),
                ("all Iranian diplomatic staff must leave the UK within 48 hours", "must leave the UK")]),
 dict(id="commons", summary="Hague tells MPs of the measures", cameo="010", cameo_any=["01"], modality="occurred",
      when=WED, required=False,
      mentions=[("Foreign Secretary William Hague told MPs on Wednesday", "told MPs"),
                ("Mr Hague told the House of Commons", "told the House of Commons")]),
 dict(id="withdrawn", summary="All British staff are withdrawn from Iran", cameo="166", cameo_any=["16"],
      modality="occurred", when=SINCE_TUE, required=False,
      mentions=[("All British staff had already been withdrawn from Iran", "withdrawn")]),
 dict(id="no_sever", summary="Hague says the move is not a severing of diplomatic relations", cameo="161",
      cameo_any=["16", "01"], modality="negated", modality_any=["negated", "occurred"], when=WED, required=False,
      mentions=[("did not amount to a severing of diplomatic relations", "severing of diplomatic relations")]),
 dict(id="storm", summary="Protesters storm two British diplomatic compounds in Tehran", cameo="1452",
      cameo_any=["14", "17", "18"], modality="occurred", when=TUE,
      actors=[("source", "protesters", IRN), GBR_T],
      mentions=[("protesters stormed two British diplomatic compounds", "stormed"),
                ("broke into the main embassy building in central Tehran", "broke into"),
                ("burned a British flag and ransacked offices", "ransacked offices")]),
 dict(id="held", summary="Six staff members are briefly held", cameo="181", cameo_any=["17", "18"],
      modality="occurred", when=TUE, required=False,
      mentions=[("six staff members were briefly held", "held")]),
 dict(id="cameron", summary="Cameron calls the attack outrageous and indefensible", cameo="111", cameo_any=["11"],
      modality="occurred", when=SINCE_TUE, actors=[("source", "David Cameron", GBR), IRN_T],
      mentions=[("Prime Minister David Cameron called the attack", "called the attack")]),
 dict(id="accuse", summary="Hague says the protesters acted with some consent from the Iranian authorities", cameo="112",
      cameo_any=["11"], modality="occurred", when=SINCE_TUE, actors=[HAGUE, IRN_T],
      mentions=[("Mr Hague said it was \"fanciful to imagine\"", "said"),
                ("an accusation Tehran rejected", "accusation")]),
 dict(id="reject", summary="Tehran rejects the accusation", cameo="016", cameo_any=["016", "12", "01"],
      modality="occurred", when=SINCE_TUE, actors=[("source", "Iran", IRN), GBR_T],
      mentions=[("an accusation Tehran rejected", "rejected")]),
 dict(id="regret", summary="Iran's foreign ministry expresses regret over the incident", cameo="018",
      cameo_any=["01", "055"], modality="occurred", when=TUE, actors=[("source", "Iran", IRN), GBR_T],
      mentions=[("Iran's foreign ministry expressed regret over the incident on Tuesday evening", "expressed regret")]),
 dict(id="investigate", summary="Iran says it will investigate", cameo="030", cameo_any=["*"], modality="expected",
      modality_any=["expected", "occurred"], when=dict(earliest="2011-11-29"), required=False,
      mentions=[("said it would investigate", "investigate")]),
 dict(id="hasty", summary="Iran calls Britain's decision hasty", cameo="111", cameo_any=["11", "12"],
      modality="occurred", when=WED, actors=[("source", "Iran", IRN), GBR_T],
      mentions=[("on Wednesday it described Britain's decision as", "described")]),
 dict(id="reciprocal", summary="Iran warns it will take reciprocal measures", cameo="130", cameo_any=["13"],
      modality="occurred", when=WED, actors=[("source", "Iran", IRN), GBR_T],
      mentions=[("warned that it would take \"reciprocal measures\"", "warned")]),
 dict(id="vote", summary="Iran's parliament votes to downgrade relations with Britain", cameo="161", cameo_any=["16"],
      modality="occurred", when=SUN, actors=[("source", "Iranian parliament", IRN), GBR_T],
      mentions=[("a vote by Iran's parliament on Sunday to downgrade relations with London", "vote"),
                ("MPs had backed the bill", "backed the bill")]),
 dict(id="expel_amb", summary="The bill has the British ambassador expelled within two weeks", cameo="166",
      cameo_any=["16"], modality="expected", modality_any=["expected", "proposed", "occurred"],
      when=dict(earliest="2011-11-27", latest="2011-12-11"), required=False,
      mentions=[("expel the British ambassador, Dominic Chilcott, within two weeks", "expel the British ambassador")]),
 dict(id="sanctions", summary="Britain orders its financial institutions to cut ties with Iranian banks", cameo="163",
      cameo_any=["16"], modality="occurred",
      when=dict(value="2011-W47", earliest="2011-11-21", latest="2011-11-27"),
      actors=[("source", "United Kingdom", GBR), IRN_T],
      mentions=[("new UK sanctions announced last week", "sanctions"),
                ("Britain ordered its financial institutions to cut all ties with Iranian banks", "cut all ties")]),
 dict(id="unsc", summary="The UN Security Council condemns the storming", cameo="111", cameo_any=["11"],
      modality="occurred", when=TUE, actors=[("source", "UN Security Council", None), IRN_T],
      mentions=[("The UN Security Council condemned the storming", "condemned")]),
 dict(id="eu_recall", summary="Germany, France and the Netherlands recall their ambassadors from Tehran", cameo="161",
      cameo_any=["16"], modality="occurred", when=SINCE_TUE,
      actors=[("source", "Germany", DEU), ("source", "France", FRA), ("source", "Netherlands", NLD), IRN_T],
      mentions=[("recalled their ambassadors for consultations", "recalled their ambassadors")]),
 dict(id="norway", summary="Norway temporarily closes its embassy in Tehran", cameo="161", cameo_any=["16"],
      modality="occurred", when=SINCE_TUE, actors=[("source", "Norway", NOR), IRN_T],
      mentions=[("Norway temporarily closed its embassy in Tehran", "closed its embassy")]),
 dict(id="italy", summary="Italy considers similar steps", cameo="014", cameo_any=["01", "16"], modality="occurred",
      modality_any=["occurred", "hypothetical", "proposed"], when=SINCE_TUE, required=False,
      mentions=[("Italy said it was considering similar steps", "considering")]),
 dict(id="eu_meet", summary="EU foreign ministers meet in Brussels on Thursday", cameo="040", cameo_any=["04"],
      modality="expected", when=dict(value="2011-12-01", earliest="2011-12-01", latest="2011-12-01"), required=False,
      mentions=[("EU foreign ministers, who meet in Brussels on Thursday", "meet")]),
 dict(id="eu_sanctions", summary="EU foreign ministers are expected to agree further sanctions on Iran", cameo="163",
      cameo_any=["16", "019", "057"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="2011-12-01", earliest="2011-12-01", latest="2011-12-01"),
      actors=[("source", "European Union", None), IRN_T],
      mentions=[("are expected to agree further sanctions on Iran", "agree further sanctions")]),
 dict(id="further", summary="Hague does not rule out further measures", cameo="014", cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "proposed", "expected", "occurred"],
      when=dict(earliest="2011-11-30"), required=False,
      mentions=[("had not ruled out further measures", "not ruled out")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("expel", "responds_to", "storm", True, CAUSAL),
 ("close", "responds_to", "storm", True, CAUSAL),
 ("vote", "responds_to", "sanctions", True, CAUSAL),
 ("reject", "denies", "accuse", True, ["denies"]),
 ("hasty", "responds_to", "expel", False, CAUSAL),
 ("vote", "before", "storm", False, CAUSAL),
 ("eu_recall", "responds_to", "storm", False, CAUSAL),
]
