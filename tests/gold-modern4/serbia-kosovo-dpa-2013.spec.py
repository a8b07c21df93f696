# Modern gold, fourth set (written by us in dpa style; Markdown with front matter and a
# "Brussels (dpa) -" dateline, published Friday 2013-04-19): Serbia and Kosovo initial the
# EU-brokered agreement on normalizing relations.
# "Friday" = 2013-04-19, "since October" = 2012-10, "April 2" = 2013-04-02, "Sunday" = 04-21,
# "next week" = 2013-W17 (04-22..04-28), "Monday" = 04-22, "2008" = 2008, "1999" = 1999.
# Kosovo is XKX (the user-assigned code of data/gazetteer/countries.tsv). The northern Serb
# leaders and the Church are not a state: no country. Reactions without a day word are dated
# Friday, the day of the deal and of publication.
# Required: the agreement, the tenth round of talks, Belgrade's walk-out on April 2, Ashton's
# remarks and congratulations, two terms (Belgrade to stop funding the parallel structures,
# neither to block the other), Dacic's insistence on non-recognition, Thaci's welcome, the
# northern Serbs' rejection, Westerwelle's welcome and conditional support, the Commission's
# expected recommendation, NATO's readiness, Moscow's statement.
# Non-required: Ashton's announcement, her mediation since October and the failed round
# (background to the walk-out), the police and court terms, the non-recognition and Belgrade's
# standing refusal, the 2008 declaration, the government meeting, the parliamentary vote and
# Dacic's search for support (domestic), the call for protests and the Church's criticism
# (domestic), Russia's standing support, the recognitions and the 1999 bombing (background).
DOC = {"id": "d1", "title": "Serbia and Kosovo strike EU-brokered deal on normalizing relations",
       "published": "2013-04-19", "source": "dpa", "path": "serbia-kosovo-dpa-2013.md"}
SRB, XKX, DEU, RUS = "SRB", "XKX", "DEU", "RUS"
FRI = dict(value="2013-04-19", earliest="2013-04-19", latest="2013-04-19")
BEFORE = dict(latest="2013-04-19")
LATER = dict(earliest="2013-04-19")
SR_S, SR_T = ("source", "Serbia", SRB), ("target", "Serbia", SRB)
KO_S, KO_T = ("source", "Kosovo", XKX), ("target", "Kosovo", XKX)
ASHTON = ("source", "Catherine Ashton", None)
DACIC = ("source", "Ivica Dacic", SRB)
EVENTS = [
 dict(id="deal", summary="Serbia and Kosovo initial the agreement on normalizing relations", cameo="057",
      cameo_any=["05", "01", "03"], modality="occurred", when=FRI,
      actors=[("participant", "Serbia", SRB), ("participant", "Kosovo", XKX)],
      mentions=[("# Serbia and Kosovo strike EU-brokered deal", "strike EU-brokered deal"),
                ("Serbia and Kosovo on Friday initialled a landmark agreement", "initialled"),
                ("The deal was reached in the tenth round", "deal was reached")]),
 dict(id="announce", summary="Ashton announces the agreement", cameo="010", cameo_any=["01"], modality="occurred",
      when=FRI, actors=[ASHTON], required=False,
      mentions=[("Catherine Ashton announced", "announced")]),
 dict(id="talks", summary="The tenth round of Dacic-Thaci talks", cameo="046", cameo_any=["04"], modality="occurred",
      when=dict(earliest="2013-04-03", latest="2013-04-19"),
      actors=[("participant", "Ivica Dacic", SRB), ("participant", "Hashim Thaci", XKX)],
      mentions=[("the tenth round of talks between Serbian Prime Minister Ivica Dacic", "tenth round of talks")]),
 dict(id="mediation", summary="Ashton has mediated the talks since October", cameo="045", cameo_any=["04"],
      modality="occurred", when=dict(earliest="2012-10-01", latest="2013-04-19"), actors=[ASHTON], required=False,
      mentions=[("which Ashton has mediated since October", "mediated")]),
 dict(id="failed_round", summary="The two sides fail to agree at the April 2 round", cameo="046", cameo_any=["*"],
      modality="negated", when=dict(value="2013-04-02", earliest="2013-04-02", latest="2013-04-02"), required=False,
      mentions=[("The two sides had failed to agree at the previous round", "failed to agree")]),
 dict(id="walk_away", summary="Belgrade walks away over the powers of the Serb municipalities", cameo="164",
      cameo_any=["16", "12"], modality="occurred", when=dict(value="2013-04-02", earliest="2013-04-02", latest="2013-04-02"),
      actors=[SR_S, KO_T],
      mentions=[("Belgrade walked away over the powers", "walked away")]),
 dict(id="ashton_said", summary="Ashton calls the deal a step closer to Europe and congratulates both prime ministers",
      cameo="051", cameo_any=["05", "01"], modality="occurred", when=FRI, actors=[ASHTON],
      mentions=[("Ashton told reporters in Brussels", "told reporters"),
                ("\"I congratulate both prime ministers", "congratulate")]),
 dict(id="police_court", summary="The north will get its own police commander and appeals court", cameo=None,
      label="term", cameo_any=["*"], modality="expected", when=LATER, required=False,
      mentions=[("will get its own police commander and appeals court", "will get")]),
 dict(id="stop_funding", summary="Belgrade will stop funding the parallel structures in northern Kosovo", cameo="080",
      cameo_any=["08", "03", "16"], modality="expected", when=LATER, actors=[SR_S, KO_T],
      mentions=[("Belgrade will stop funding the parallel structures", "stop funding")]),
 dict(id="not_block", summary="Both sides agree not to block each other's path to the EU", cameo="030",
      cameo_any=["03", "01", "05"], modality="occurred", modality_any=["occurred", "expected"], when=FRI,
      actors=[("participant", "Serbia", SRB), ("participant", "Kosovo", XKX)],
      mentions=[("Both sides agreed not to block each other's path", "agreed not to block")]),
 dict(id="no_recognition", summary="The agreement does not amount to recognition", cameo="054", cameo_any=["*"],
      modality="negated", when=FRI, actors=[SR_S, KO_T], required=False,
      mentions=[("The agreement does not amount to recognition", "recognition")]),
 dict(id="refused", summary="Belgrade has refused to accept Kosovo's declaration of independence", cameo="120",
      cameo_any=["12"], modality="occurred", when=dict(earliest="2008-01-01", latest="2013-04-19"),
      actors=[SR_S, KO_T], required=False,
      mentions=[("Belgrade has refused to accept Kosovo's 2008 declaration", "refused")]),
 dict(id="independence", summary="Kosovo declares independence in 2008", cameo=None, label="declaration of independence",
      cameo_any=["*"], modality="occurred", when=dict(value="2008", earliest="2008-01-01", latest="2008-12-31"),
      actors=[KO_S], required=False,
      mentions=[("2008 declaration of independence", "declaration of independence")]),
 dict(id="dacic_insist", summary="Dacic insists Serbia will never recognize Kosovo", cameo="120", cameo_any=["12", "01"],
      modality="occurred", when=FRI, actors=[DACIC, KO_T],
      mentions=[("Dacic insisted on Friday that Serbia would never recognize it", "insisted"),
                ("\"This is the best we could get,\" he said", "he said")]),
 dict(id="thaci", summary="Thaci hails the deal as a historic day for Kosovo", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=FRI, actors=[("source", "Hashim Thaci", XKX)],
      mentions=[("Thaci hailed the deal as a historic day", "hailed")]),
 dict(id="govt_meet", summary="The Serbian government will meet on Sunday to decide", cameo="040", cameo_any=["*"],
      modality="expected", when=dict(value="2013-04-21", earliest="2013-04-21", latest="2013-04-21"), actors=[SR_S],
      required=False, mentions=[("The Serbian government will meet on Sunday", "meet")]),
 dict(id="vote", summary="Parliament is expected to vote next week", cameo=None, label="vote", cameo_any=["*"],
      modality="expected", when=dict(value="2013-W17", earliest="2013-04-22", latest="2013-04-28"), required=False,
      mentions=[("parliament is expected to vote on it next week", "vote")]),
 dict(id="dacic_support", summary="Dacic will seek the support of all parties", cameo="020", cameo_any=["*"],
      modality="expected", when=dict(latest="2013-04-19"), actors=[DACIC], required=False,
      mentions=[("he will seek the support of all parties", "seek the support")]),
 dict(id="north_reject", summary="Northern Kosovo Serb leaders reject the agreement", cameo="127", cameo_any=["12"],
      modality="occurred", when=FRI, actors=[("source", "Serbs in northern Kosovo", None)],
      mentions=[("rejected the agreement outright", "rejected")]),
 dict(id="protests", summary="The northern Serb leaders call for protests in Belgrade", cameo="020", cameo_any=["*"],
      modality="occurred", when=FRI, required=False,
      mentions=[("called for protests in Belgrade", "called for protests")]),
 dict(id="church", summary="Serbian Orthodox Church leaders criticize the deal", cameo="111", cameo_any=["11"],
      modality="occurred", when=FRI, required=False,
      mentions=[("Serbian Orthodox Church leaders also criticized it", "criticized")]),
 dict(id="westerwelle", summary="Westerwelle welcomes the breakthrough", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=FRI, actors=[("source", "Guido Westerwelle", DEU)],
      mentions=[("Guido Westerwelle welcomed the breakthrough", "welcomed")]),
 dict(id="berlin_support", summary="Berlin would support accession negotiations with Serbia if the deal is carried out",
      cameo="032", cameo_any=["03", "05"], modality="occurred", modality_any=["occurred", "hypothetical"], when=FRI,
      actors=[("source", "Guido Westerwelle", DEU), SR_T],
      mentions=[("Berlin would support opening accession negotiations with Serbia", "support opening accession negotiations")]),
 dict(id="commission", summary="The Commission is expected to recommend membership talks on Monday", cameo="036",
      cameo_any=["03", "02", "05"], modality="expected",
      when=dict(value="2013-04-22", earliest="2013-04-22", latest="2013-04-22"),
      actors=[("source", "European Commission", None), SR_T],
      mentions=[("is expected to recommend on Monday", "recommend")]),
 dict(id="nato_ready", summary="Rasmussen says NATO peacekeepers stand ready to help implement the deal", cameo="0334",
      cameo_any=["03", "01"], modality="occurred", when=FRI, actors=[("source", "Anders Fogh Rasmussen", None)],
      mentions=[("the alliance's peacekeepers stood ready to help", "stood ready")]),
 dict(id="russia_backed", summary="Russia has backed Belgrade's refusal", cameo="051", cameo_any=["05"],
      modality="occurred", when=BEFORE, actors=[("source", "Russia", RUS), SR_T], required=False,
      mentions=[("has backed Belgrade's refusal", "backed")]),
 dict(id="moscow", summary="Moscow says it is for Belgrade to judge the terms", cameo="010", cameo_any=["01"],
      modality="occurred", when=FRI, actors=[("source", "Russia", RUS)],
      mentions=[("A Foreign Ministry spokesman in Moscow said", "said")]),
 dict(id="recognized", summary="Kosovo has been recognized by about 100 countries", cameo="054", cameo_any=["05"],
      modality="occurred", when=dict(earliest="2008-01-01", latest="2013-04-19"), actors=[KO_T], required=False,
      mentions=[("has been recognized by about 100 countries", "recognized")]),
 dict(id="bombing", summary="NATO bombing forces Serbian forces to withdraw", cameo="195", cameo_any=["*"],
      modality="occurred", when=dict(value="1999", earliest="1999-01-01", latest="1999-12-31"), required=False,
      mentions=[("a NATO bombing campaign forced Serbian forces to withdraw", "bombing campaign")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("talks", "before", "deal", True, ["before", "causes", "includes"]),
 ("deal", "causes", "north_reject", True, CAUSAL),
 ("deal", "causes", "westerwelle", False, CAUSAL),
 ("walk_away", "before", "deal", False, ["before"]),
 ("deal", "before", "commission", False, ["before", "causes"]),
]
