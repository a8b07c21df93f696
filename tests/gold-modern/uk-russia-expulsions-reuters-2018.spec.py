# Modern gold (written by us in Reuters style; Markdown with front matter, published Wednesday
# 2018-03-14): Britain expels 23 Russian diplomats over the Salisbury nerve agent attack; Moscow
# denies involvement and promises retaliation.
# "Wednesday" = 2018-03-14, "Monday" = 03-12, the deadline "midnight on Tuesday" = 03-13.
# Required: the expulsion, the freeze of high-level contacts, the World Cup boycott by ministers
# and royals, the suspended invitation to Lavrov, the ultimatum, Russia's non-response, May's
# accusation, Moscow's denial, its threat of retaliation, Lavrov's conditional offer and
# London's refusal of samples, the request for a Security Council meeting, the May-Trump call,
# the summoning of the ambassador and his rejection of the ultimatum.
# The poisoning itself, the expected council session, the possible asset freeze and Stoltenberg's
# solidarity are non-required.
DOC = {"id": "d1", "title": "Britain expels 23 Russian diplomats over nerve agent attack; Moscow vows to retaliate",
       "published": "2018-03-14", "source": "Reuters", "path": "uk-russia-expulsions-reuters-2018.md"}
GBR, RUS, USA = "GBR", "RUS", "USA"
WED = dict(value="2018-03-14", earliest="2018-03-14", latest="2018-03-14")
MON = dict(value="2018-03-12", earliest="2018-03-12", latest="2018-03-12")
BEFORE = dict(latest="2018-03-14")
MAY = ("source", "Theresa May", GBR)
UK_T = ("target", "Britain", GBR)
RU_T = ("target", "Russia", RUS)
EVENTS = [
 dict(id="expel", summary="Britain expels 23 Russian diplomats", cameo="166", cameo_any=["16", "174"],
      modality="occurred", when=WED, actors=[("source", "Britain", GBR), RU_T],
      mentions=[("# Britain expels 23 Russian diplomats", "expels"),
                ("Britain would expel 23 Russian diplomats", "expel"),
                ("It is the largest expulsion from Britain since the Cold War", "expulsion")]),
 dict(id="may_said", summary="May tells parliament the diplomats have a week to leave", cameo="010",
      cameo_any=["01"], modality="occurred", when=WED, actors=[MAY], required=False,
      mentions=[("May told parliament the diplomats", "told parliament")]),
 dict(id="freeze", summary="Britain freezes high-level contacts with Moscow", cameo="160", cameo_any=["16"],
      modality="occurred", when=WED, actors=[("source", "Britain", GBR), RU_T],
      mentions=[("freeze high-level contacts with Moscow", "freeze high-level contacts"),
                ("London would suspend all planned bilateral contacts at a senior level", "suspend all planned bilateral contacts")]),
 dict(id="worldcup", summary="No ministers or royals will attend the World Cup in Russia", cameo="143",
      cameo_any=["14", "16", "12"], modality="expected", modality_any=["expected", "negated", "occurred"],
      when=dict(earliest="2018-06-01", latest="2018-07-31"), actors=[("source", "Britain", GBR), RU_T],
      mentions=[("no ministers or members of the royal family would attend the soccer World Cup", "would attend")]),
 dict(id="lavrov_inv", summary="Britain withdraws the invitation to Lavrov to visit", cameo="125",
      cameo_any=["12", "16"], modality="occurred", when=WED,
      actors=[("source", "Britain", GBR), ("target", "Sergei Lavrov", RUS)],
      mentions=[("including an invitation to Foreign Minister Sergei Lavrov to visit Britain", "invitation")]),
 dict(id="poison", summary="Sergei Skripal and his daughter are poisoned in Salisbury", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(value="2018-03-04", earliest="2018-03-04", latest="2018-03-04"),
      required=False,
      mentions=[("were found slumped on a bench in Salisbury on March 4", "found slumped"),
                ("responsible for the poisoning", "poisoning"),
                ("the attempted murder of Mr Skripal", "attempted murder")]),
 dict(id="ultimatum", summary="May gives Moscow until Tuesday midnight to explain the nerve agent's use", cameo="139",
      cameo_any=["13", "10"], modality="occurred", when=MON, actors=[MAY, RU_T],
      mentions=[("On Monday, May had given Moscow until midnight on Tuesday", "given Moscow until midnight"),
                ("after the Kremlin ignored a deadline", "deadline")]),
 dict(id="ignored", summary="Russia does not respond to the British request", cameo="120",
      cameo_any=["12"], modality="occurred", modality_any=["occurred", "negated"],
      when=dict(earliest="2018-03-12", latest="2018-03-14"), actors=[("source", "Russia", RUS), UK_T],
      mentions=[("after the Kremlin ignored a deadline", "ignored"),
                ("Russia did not respond to the request", "did not respond")]),
 dict(id="culpable", summary="May says the Russian state was culpable for the attempted murder", cameo="1121",
      cameo_any=["11"], modality="occurred", when=WED, actors=[MAY, RU_T],
      mentions=[("was culpable for the attempted murder", "culpable"),
                ("treating it instead with \"sarcasm, contempt and defiance.\"", "treating it")]),
 dict(id="deny", summary="Moscow denies any involvement", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=BEFORE, actors=[("source", "Russia", RUS)],
      mentions=[("Moscow has repeatedly denied any involvement", "denied")]),
 dict(id="provocation", summary="Russian foreign ministry calls the measures a flagrant provocation", cameo="111",
      cameo_any=["11"], modality="occurred", when=WED,
      actors=[("source", "Russian foreign ministry", RUS), UK_T],
      mentions=[("called the British measures a \"flagrant provocation\"", "called")]),
 dict(id="retaliate", summary="Russia threatens retaliatory steps", cameo="130", cameo_any=["13"],
      modality="occurred", when=WED, actors=[("source", "Russian foreign ministry", RUS), UK_T],
      mentions=[("said retaliatory steps would follow soon", "retaliatory steps"),
                ("\"All our response measures will not take long,\"", "response measures"),
                ("Moscow vows to retaliate", "vows to retaliate", 1)]),
 dict(id="lavrov_offer", summary="Lavrov says Russia is ready to cooperate if Britain hands over samples", cameo="0313",
      cameo_any=["03", "02"], modality="occurred", when=WED, actors=[("source", "Sergei Lavrov", RUS), UK_T],
      mentions=[("Russia was ready to cooperate with the investigation", "ready to cooperate")]),
 dict(id="refused", summary="London refuses to hand over samples of the substance", cameo="121",
      cameo_any=["12"], modality="alleged", modality_any=["alleged", "occurred"], when=BEFORE,
      actors=[("source", "Britain", GBR), RU_T],
      mentions=[("London had refused to do so", "refused")]),
 dict(id="unsc_ask", summary="Britain asks for an urgent UN Security Council meeting", cameo="020",
      cameo_any=["02", "10"], modality="occurred", when=BEFORE,
      actors=[("source", "Britain", GBR), ("target", "United Nations Security Council", None)],
      mentions=[("Britain has asked for an urgent meeting of the United Nations Security Council", "asked for an urgent meeting")]),
 dict(id="unsc_meet", summary="The Security Council is expected to convene", cameo="040", cameo_any=["04", "*"],
      modality="expected", when=WED, required=False,
      mentions=[("is expected to convene later on Wednesday", "convene")]),
 dict(id="trump_call", summary="May speaks to Trump, who agrees Russia must answer", cameo="041",
      cameo_any=["04", "01"], modality="occurred", when=BEFORE,
      actors=[MAY, ("target", "Donald Trump", USA)],
      mentions=[("she had also spoken to U.S. President Donald Trump", "spoken to")]),
 dict(id="assets", summary="Britain may freeze Russian state assets", cameo="1312", cameo_any=["13", "17", "16"],
      modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"], when=dict(earliest="2018-03-14"),
      required=False, actors=[("source", "Britain", GBR), RU_T],
      mentions=[("would not hesitate to freeze Russian state assets", "freeze Russian state assets")]),
 dict(id="summon", summary="Russian ambassador Yakovenko is summoned to the Foreign Office", cameo="1125",
      cameo_any=["11", "16", "04", "10"], modality="occurred", when=MON,
      actors=[("source", "Foreign Office", GBR), ("target", "Alexander Yakovenko", RUS)],
      mentions=[("Yakovenko was summoned to the Foreign Office on Monday", "summoned")]),
 dict(id="no_ultimatum", summary="Yakovenko says Russia will not accept any ultimatum", cameo="120",
      cameo_any=["12"], modality="occurred", when=dict(earliest="2018-03-12", latest="2018-03-14"),
      actors=[("source", "Alexander Yakovenko", RUS), UK_T],
      mentions=[("Russia would not accept any ultimatum", "not accept any ultimatum")]),
 dict(id="nato", summary="Stoltenberg says NATO stands in solidarity with Britain", cameo="051",
      cameo_any=["05", "01", "11"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "Jens Stoltenberg", None), UK_T],
      mentions=[("the alliance stood in solidarity with Britain", "stood in solidarity")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("ignored", "causes", "expel", True, CAUSAL),
 ("ultimatum", "before", "ignored", True, ["before", "causes", "responds_to"]),
 ("deny", "denies", "poison", True, ["denies"]),
 ("expel", "causes", "retaliate", False, CAUSAL),
 ("poison", "before", "ultimatum", False, CAUSAL),
]
