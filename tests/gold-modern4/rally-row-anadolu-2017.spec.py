# Modern gold, fourth set (written by us in Anadolu Agency style; small HTML page with
# article:published_time, a summary paragraph and a bare "ANKARA" dateline, published Sunday
# 2017-03-12): Turkey protests after the Netherlands bars two ministers from Rotterdam rallies.
# "Sunday" = 2017-03-12, "Saturday" = 03-11, "overnight" = the night of 03-11 to 03-12,
# "April 16" = 2017-04-16, "later this month" = 2017-03 after 03-12.
# Required: Turkey's condemnation, the word that the Dutch ambassador should not return, the
# sealing of the Dutch missions, the protest to the charge d'affaires, the landing ban, Kaya's
# expulsion and her criticism, Erdogan's threat, appeal for sanctions and Nazism remark,
# Cavusoglu's threat and accusation, Rutte's criticism and demand for an apology, Ankara's
# considered measures, Rasmussen's request to postpone Yildirim's visit.
# Non-required: the planned rally, The Hague's unspecified criticism, Rutte's claim that Ankara
# threatened sanctions, Cavusoglu's Metz rally, the police dispersal and the officials'
# criticism of it, the earlier cancellations elsewhere and Ankara's "double standard", the
# postponed visit itself, the referendum.
DOC = {"id": "d1", "title": "Turkey condemns Dutch treatment of its ministers, seals off embassy",
       "published": "2017-03-12", "source": "Anadolu Agency", "path": "rally-row-anadolu-2017.html"}
TUR, NLD, DNK = "TUR", "NLD", "DNK"
SUN = dict(value="2017-03-12", earliest="2017-03-12", latest="2017-03-12")
SAT = dict(value="2017-03-11", earliest="2017-03-11", latest="2017-03-11")
WEEKEND = dict(earliest="2017-03-11", latest="2017-03-12")
BEFORE = dict(latest="2017-03-12")
TR_S, TR_T = ("source", "Turkey", TUR), ("target", "Turkey", TUR)
NL_S, NL_T = ("source", "Netherlands", NLD), ("target", "Netherlands", NLD)
ERDOGAN = ("source", "Recep Tayyip Erdogan", TUR)
CAVUSOGLU = ("source", "Mevlut Cavusoglu", TUR)
RUTTE = ("source", "Mark Rutte", NLD)
EVENTS = [
 dict(id="condemn", summary="Turkey condemns the Netherlands for blocking its ministers", cameo="111",
      cameo_any=["11"], modality="occurred", when=SUN, actors=[TR_S, NL_T],
      mentions=[("Turkey condemns Dutch treatment of its ministers", "condemns", 2),
                ("Turkey on Sunday strongly condemned the Netherlands", "condemned")]),
 dict(id="no_return", summary="Turkey says the Dutch ambassador should not return for some time", cameo="161",
      cameo_any=["16", "10", "17"], modality="occurred", modality_any=["occurred", "proposed"], when=SUN,
      actors=[TR_S, NL_T],
      mentions=[("the Dutch ambassador, who is currently out of the country, should not return to his post", "should not return")]),
 dict(id="seal", summary="Turkish security forces seal off the Dutch embassy and consulate", cameo="172",
      cameo_any=["17", "16", "19"], modality="occurred", when=WEEKEND, actors=[TR_S, NL_T],
      mentions=[("seals off embassy", "seals off", 2),
                ("Security forces sealed off the Dutch Embassy in Ankara", "sealed off")]),
 dict(id="protest", summary="The Foreign Ministry conveys a strong protest to the Dutch charge d'affaires", cameo="114",
      cameo_any=["11"], modality="occurred", when=WEEKEND, actors=[TR_S, NL_T],
      mentions=[("it had conveyed a strong protest to the Dutch charge d'affaires", "conveyed a strong protest")]),
 dict(id="landing_ban", summary="The Netherlands withdraws landing permission for Cavusoglu's plane", cameo="120",
      cameo_any=["12", "16", "17"], modality="occurred", when=SAT, actors=[NL_S, ("target", "Mevlut Cavusoglu", TUR)],
      mentions=[("Netherlands barred foreign minister's plane from landing", "barred"),
                ("Dutch authorities on Saturday withdrew landing permission", "withdrew landing permission"),
                ("described the Dutch decision as a remnant of Nazism", "Dutch decision")]),
 dict(id="rally_plan", summary="Cavusoglu had planned to meet Turkish citizens in Rotterdam", cameo="042",
      cameo_any=["04", "*"], modality="negated", modality_any=["negated", "expected", "proposed"], when=SAT,
      actors=[CAVUSOGLU], required=False,
      mentions=[("had planned to meet Turkish citizens in Rotterdam", "planned to meet")]),
 dict(id="expel_kaya", summary="Dutch police stop Kaya and escort her to the German border", cameo="174",
      cameo_any=["17", "16"], modality="occurred", when=dict(earliest="2017-03-11", latest="2017-03-12"),
      actors=[NL_S, ("target", "Fatma Betul Sayan Kaya", TUR)],
      mentions=[("escorted family minister to German border", "escorted"),
                ("declared an \"unwanted foreigner\" and escorted back to the German border", "escorted back")]),
 dict(id="kaya_said", summary="Kaya calls her treatment unacceptable under international law", cameo="111",
      cameo_any=["11", "01"], modality="occurred", when=SUN, actors=[("source", "Fatma Betul Sayan Kaya", TUR), NL_T],
      mentions=[("Kaya told reporters in Istanbul", "told reporters")]),
 dict(id="price", summary="Erdogan says the Netherlands will pay the price", cameo="130", cameo_any=["13"],
      modality="occurred", when=SUN, actors=[ERDOGAN, NL_T],
      mentions=[("said the Netherlands would \"pay the price\"", "pay the price")]),
 dict(id="sanctions_call", summary="Erdogan calls on international organizations to sanction the Netherlands",
      cameo="020", cameo_any=["02", "10", "13"], modality="occurred", when=SUN, actors=[ERDOGAN, NL_T],
      mentions=[("called on international organizations to impose sanctions", "called on")]),
 dict(id="nazism", summary="Erdogan calls the Dutch decision a remnant of Nazism", cameo="111", cameo_any=["11"],
      modality="occurred", when=SAT, actors=[ERDOGAN, NL_T],
      mentions=[("Erdogan on Saturday had described the Dutch decision", "described")]),
 dict(id="hague_criticism", summary="The Hague criticizes Erdogan's remark", cameo="111", cameo_any=["11"],
      modality="occurred", when=WEEKEND, actors=[NL_S, TR_T], required=False,
      mentions=[("prompted sharp criticism from The Hague", "criticism")]),
 dict(id="metz", summary="Cavusoglu addresses a rally in Metz", cameo=None, label="rally", cameo_any=["*"],
      modality="occurred", when=SUN, actors=[CAVUSOGLU], required=False,
      mentions=[("he addressed a rally on Sunday", "addressed a rally")]),
 dict(id="harshest", summary="Cavusoglu says Turkey will respond in the harshest ways", cameo="130", cameo_any=["13"],
      modality="occurred", when=SUN, actors=[CAVUSOGLU, NL_T],
      mentions=[("said Turkey would respond \"in the harshest ways\"", "respond")]),
 dict(id="fascism", summary="Cavusoglu accuses the Netherlands of being the capital of fascism", cameo="111",
      cameo_any=["11"], modality="occurred", when=SUN, actors=[CAVUSOGLU, NL_T],
      mentions=[("accused the Netherlands of being \"the capital of fascism.\"", "accused")]),
 dict(id="rutte_crazy", summary="Rutte calls Erdogan's remarks crazy and way out of line", cameo="111", cameo_any=["11"],
      modality="occurred", when=WEEKEND, actors=[RUTTE, ("target", "Recep Tayyip Erdogan", TUR)],
      mentions=[("Rutte said Erdogan's remarks were \"crazy\"", "said")]),
 dict(id="apology", summary="Rutte demands an apology", cameo="100", cameo_any=["10"], modality="occurred",
      when=WEEKEND, actors=[RUTTE, TR_T],
      mentions=[("demanded an apology", "demanded")]),
 dict(id="threatened_sanctions", summary="Ankara threatened sanctions (Rutte's account)", cameo="1312",
      cameo_any=["13"], modality="alleged", modality_any=["alleged", "occurred"], when=WEEKEND,
      actors=[TR_S, NL_T], required=False,
      mentions=[("Ankara had threatened sanctions", "threatened sanctions")]),
 dict(id="disperse", summary="Rotterdam police disperse the crowd outside the consulate", cameo="175",
      cameo_any=["17"], modality="occurred", when=WEEKEND, required=False,
      mentions=[("used dogs and water cannon to disperse hundreds of people", "disperse")]),
 dict(id="force_criticized", summary="Turkish officials criticize the use of force", cameo="111", cameo_any=["11"],
      modality="occurred", when=WEEKEND, actors=[TR_S, NL_T], required=False,
      mentions=[("Turkish officials criticized the use of force", "criticized")]),
 dict(id="measures", summary="Ankara considers measures against the Netherlands, including trade", cameo="014",
      cameo_any=["01", "13", "16"], modality="occurred", modality_any=["occurred", "expected", "hypothetical"],
      when=SUN, actors=[TR_S, NL_T],
      mentions=[("Ankara was considering a range of measures against the Netherlands", "considering a range of measures")]),
 dict(id="cancellations", summary="Germany, Austria and Switzerland call off Turkish campaign events", cameo="125",
      cameo_any=["12", "16"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "Germany", "DEU"), ("source", "Austria", "AUT"), ("source", "Switzerland", "CHE"), TR_T],
      mentions=[("have also called off several campaign events", "called off")]),
 dict(id="double_standard", summary="Ankara calls the cancellations a double standard", cameo="111", cameo_any=["11"],
      modality="occurred", when=BEFORE, actors=[TR_S], required=False,
      mentions=[("which Ankara has called a double standard", "called a double standard")]),
 dict(id="postpone", summary="Rasmussen asks Yildirim to postpone his visit to Denmark", cameo="125",
      cameo_any=["12", "02", "10"], modality="occurred", when=BEFORE,
      actors=[("source", "Lars Lokke Rasmussen", DNK), ("target", "Binali Yildirim", TUR)],
      mentions=[("he had asked Turkish Prime Minister Binali Yildirim to postpone", "asked")]),
 dict(id="visit", summary="Yildirim's planned visit to Denmark later this month", cameo="042", cameo_any=["04"],
      modality="expected", modality_any=["expected", "negated", "proposed"],
      when=dict(value="2017-03", earliest="2017-03-12", latest="2017-03-31"), required=False,
      actors=[("source", "Binali Yildirim", TUR), ("target", "Denmark", DNK)],
      mentions=[("a planned visit to Denmark later this month", "visit")]),
 dict(id="referendum", summary="The April 16 constitutional referendum", cameo=None, label="referendum",
      cameo_any=["*"], modality="expected", when=dict(value="2017-04-16", earliest="2017-04-16", latest="2017-04-16"),
      required=False, mentions=[("the April 16 constitutional referendum", "referendum")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("landing_ban", "causes", "condemn", True, CAUSAL),
 ("nazism", "causes", "rutte_crazy", True, CAUSAL),
 ("landing_ban", "causes", "nazism", False, CAUSAL),
 ("expel_kaya", "causes", "kaya_said", False, CAUSAL),
 ("landing_ban", "before", "expel_kaya", False, ["before"]),
]
