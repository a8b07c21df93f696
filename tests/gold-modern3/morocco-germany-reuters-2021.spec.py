# Modern gold (written by us in Reuters style; Markdown with front matter and no heading,
# published Thursday 2021-05-06): Morocco recalls its ambassador to Germany over Western Sahara
# and a former convict; the earlier stages of the row; Morocco's dispute with Spain.
# "Thursday" = 2021-05-06; "in December" = 2020-12; "in March" = 2021-03; "January 2020";
# "last month" = 2021-04; "April 25" = 2021-04-25. The German reactions to the recall are
# told without a day: the recall was Thursday, so they fall on Thursday (publication).
# Required: the recall, the two accusations, the US recognition, Germany's surprised reaction,
# the invitation of the ambassador, Germany's rejection of the accusations, the suspension of
# contacts in March, the Security Council meeting Germany called, Morocco's exclusion from the
# Libya conference, Berlin's decision not to recall its ambassador, the summoning of Spain's
# ambassador. The ministry's statement, the Israel deal, the Berlin conference, Morocco's
# earlier brokering, Germany's unchanged position, the Polisario's welcome, the autonomy offer,
# the hoped-for talks, the aid review, Ghali's admission and Gonzalez Laya's remark are
# non-required.
DOC = {"id": "d1", "title": "Morocco recalls ambassador to Germany, citing 'hostile acts'",
       "published": "2021-05-06", "source": "Reuters", "path": "morocco-germany-reuters-2021.md"}
MAR, DEU, USA, ISR, ESP = "MAR", "DEU", "USA", "ISR", "ESP"
THU = dict(value="2021-05-06", earliest="2021-05-06", latest="2021-05-06")
DEC = dict(value="2020-12", earliest="2020-12-01", latest="2020-12-31")
MAR_S = ("source", "Morocco", MAR)
DEU_S = ("source", "Germany", DEU)
DEU_T = ("target", "Germany", DEU)
MAR_T = ("target", "Morocco", MAR)
EVENTS = [
 dict(id="recall", summary="Morocco recalls its ambassador to Germany for consultations", cameo="161", cameo_any=["16"],
      modality="occurred", when=THU, actors=[MAR_S, DEU_T],
      mentions=[("Morocco has recalled its ambassador to Germany for consultations", "recalled its ambassador"),
                ("Ambassador Zohour Alaoui was recalled on Thursday", "was recalled")]),
 dict(id="statement", summary="Morocco's foreign ministry issues a statement", cameo="010", cameo_any=["01", "11"],
      modality="occurred", when=THU, required=False,
      mentions=[("The ministry said in a statement", "said in a statement")]),
 dict(id="hostile", summary="Morocco accuses Berlin of hostile acts over Western Sahara", cameo="112", cameo_any=["11"],
      modality="occurred", when=THU, actors=[MAR_S, DEU_T],
      mentions=[("accusing Berlin of \"hostile acts\"", "accusing Berlin")]),
 dict(id="us_recognition", summary="The United States recognises Moroccan sovereignty over Western Sahara", cameo="054",
      cameo_any=["05"], modality="occurred", when=DEC,
      actors=[("source", "United States", USA), ("target", "Morocco", MAR)],
      mentions=[("the United States recognised Moroccan sovereignty over the territory in December",
                 "recognised Moroccan sovereignty"),
                ("to discuss Washington's recognition", "recognition"),
                ("which former President Donald Trump announced", "announced")]),
 dict(id="complicity", summary="Morocco accuses German authorities of complicity with a former convict", cameo="112",
      cameo_any=["11"], modality="occurred", when=THU, actors=[MAR_S, DEU_T],
      mentions=[("It also accused German authorities of \"complicity\"", "accused German authorities")]),
 dict(id="surprised", summary="Germany's foreign ministry says it is surprised by the decision", cameo="010",
      cameo_any=["01", "11"], modality="occurred", when=THU, actors=[DEU_S, MAR_T],
      mentions=[("Germany's foreign ministry said it was surprised by the decision", "surprised")]),
 dict(id="invite", summary="Germany invites the Moroccan ambassador to the ministry for urgent talks", cameo="040",
      cameo_any=["04", "03", "10", "11"], modality="occurred", when=dict(latest="2021-05-06"),
      actors=[DEU_S, MAR_T],
      mentions=[("the Moroccan ambassador had been invited to the ministry for urgent talks", "invited")]),
 dict(id="reject", summary="Germany rejects the accusations as unfounded", cameo="016", cameo_any=["016", "12", "01"],
      modality="occurred", when=THU, actors=[DEU_S, MAR_T],
      mentions=[("\"We reject the accusations as completely unfounded,\"", "reject the accusations")]),
 dict(id="suspend_contacts", summary="Bourita orders departments to suspend contacts with the German embassy",
      cameo="160", cameo_any=["16"], modality="occurred",
      when=dict(value="2021-03", earliest="2021-03-01", latest="2021-03-31"),
      actors=[("source", "Nasser Bourita", MAR), DEU_T],
      mentions=[("ordered government departments to suspend all contacts with the German embassy", "suspend all contacts")]),
 dict(id="unsc", summary="Germany calls a closed-door Security Council meeting on the US recognition", cameo="040",
      cameo_any=["04", "02", "11"], modality="occurred", when=DEC, actors=[DEU_S],
      mentions=[("Germany called a closed-door meeting of the U.N. Security Council", "called a closed-door meeting")]),
 dict(id="israel", summary="Morocco agrees to normalise relations with Israel", cameo="057", cameo_any=["05", "03"],
      modality="occurred", when=DEC, required=False,
      mentions=[("Morocco agreed to normalise relations with Israel", "agreed to normalise relations")]),
 dict(id="excluded", summary="Morocco is excluded from the Berlin conference on Libya", cameo="160",
      cameo_any=["16", "12", "11"], modality="occurred",
      when=dict(value="2020-01", earliest="2020-01-01", latest="2020-01-31"), actors=[DEU_S, MAR_T],
      mentions=[("Morocco was also excluded from a conference on Libya", "excluded")]),
 dict(id="conference", summary="Berlin hosts a conference on Libya", cameo="043", cameo_any=["04"],
      modality="occurred", when=dict(value="2020-01", earliest="2020-01-01", latest="2020-01-31"), required=False,
      mentions=[("a conference on Libya hosted by Berlin in January 2020", "hosted")]),
 dict(id="brokered", summary="Morocco brokers earlier talks between the Libyan factions", cameo="045", cameo_any=["04"],
      modality="occurred", when=dict(latest="2020-01-31"), required=False,
      mentions=[("despite having brokered earlier talks", "brokered")]),
 dict(id="unchanged", summary="Germany says its position on Western Sahara has not changed", cameo="010",
      cameo_any=["01"], modality="occurred", when=dict(latest="2021-05-06"), required=False,
      mentions=[("has said its position on Western Sahara has not changed", "said")]),
 dict(id="polisario", summary="The Polisario Front welcomes the German stance", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=dict(latest="2021-05-06"), required=False,
      mentions=[("welcomed the German stance", "welcomed")]),
 dict(id="autonomy", summary="Morocco offers Western Sahara autonomy", cameo="0344", cameo_any=["*"],
      modality="occurred", when=dict(latest="2021-05-06"), required=False,
      mentions=[("has offered it autonomy", "offered it autonomy")]),
 dict(id="no_recall", summary="Berlin will not recall its own ambassador", cameo="161", cameo_any=["16"],
      modality="negated", when=dict(earliest="2021-05-06"), actors=[DEU_S, MAR_T],
      mentions=[("Berlin would not recall its own ambassador", "would not recall")]),
 dict(id="talks", summary="Berlin hopes talks can resume in the coming weeks", cameo="036", cameo_any=["03", "04"],
      modality="proposed", modality_any=["proposed", "expected", "hypothetical"], when=dict(earliest="2021-05-06"),
      required=False, mentions=[("hoped that talks could resume in the coming weeks", "talks could resume")]),
 dict(id="aid", summary="Berlin does not rule out reviewing development aid to Morocco", cameo="014",
      cameo_any=["01", "13", "16"], modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=dict(earliest="2021-05-06"), required=False,
      mentions=[("not ruled out reviewing development aid to Morocco", "reviewing development aid")]),
 dict(id="ghali", summary="Spain admits Polisario leader Ghali to hospital", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="2021-04-30"), required=False,
      mentions=[("admitting Polisario leader Brahim Ghali to a hospital", "admitting")]),
 dict(id="laya", summary="Gonzalez Laya says Ghali was admitted for humanitarian reasons", cameo="010", cameo_any=["01"],
      modality="occurred", when=dict(value="2021-04", earliest="2021-04-01", latest="2021-04-30"), required=False,
      mentions=[("Arancha Gonzalez Laya said last month", "said")]),
 dict(id="summon_spain", summary="Morocco summons Spain's ambassador to demand an explanation", cameo="114",
      cameo_any=["11", "10", "04", "16"], modality="occurred",
      when=dict(value="2021-04-25", earliest="2021-04-25", latest="2021-04-25"),
      actors=[MAR_S, ("target", "Spain", ESP)],
      mentions=[("Rabat summoned Spain's ambassador on April 25", "summoned")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("reject", "denies", "hostile", True, ["denies"]),
 ("reject", "denies", "complicity", False, ["denies"]),
 ("surprised", "responds_to", "recall", True, CAUSAL),
 ("unsc", "responds_to", "us_recognition", True, CAUSAL),
 ("summon_spain", "responds_to", "ghali", False, CAUSAL),
 ("suspend_contacts", "before", "recall", False, CAUSAL),
]
