# Modern gold, fourth set (written by us in NHK World style; Markdown with front matter, no
# dateline, published Friday 2010-09-24): Japan decides to release the Chinese trawler captain
# held since the Senkaku collision.
# "Friday" = 2010-09-24, "Tuesday" = 09-21, "Thursday" = 09-23, "September 8" = 2010-09-08,
# "last week" = 2010-W37 (09-13..09-19), "Saturday" (the earliest release) = 09-25.
# Required: the prosecutors' decision and the expected release, the prosecutor's explanation,
# the arrest, the crew's return, China's summonses, suspension of exchanges and postponed gas
# talks, Wen's demand and warning, the Fujita employees' detention, Japan's request for
# information, the rare-earth hold-up (alleged) and Beijing's denial, Sengoku's statement,
# the Kan-Obama meeting and their accord.
# Non-required: the collision (an incident, not a diplomatic act), the unspecified angry
# reaction, the state media report and the charge against the employees, Sengoku's hope, Kan's
# explanation, the opposition's criticism (domestic), the chartered plane, the analysts' view.
DOC = {"id": "d1", "title": "Japan to release Chinese trawler captain",
       "published": "2010-09-24", "source": "NHK World", "path": "senkaku-trawler-nhk-2010.md"}
JPN, CHN, USA = "JPN", "CHN", "USA"
FRI = dict(value="2010-09-24", earliest="2010-09-24", latest="2010-09-24")
TUE = dict(value="2010-09-21", earliest="2010-09-21", latest="2010-09-21")
THU = dict(value="2010-09-23", earliest="2010-09-23", latest="2010-09-23")
BEFORE = dict(latest="2010-09-24")
JP_S, JP_T = ("source", "Japan", JPN), ("target", "Japan", JPN)
CN_S, CN_T = ("source", "China", CHN), ("target", "China", CHN)
ZHAN_T = ("target", "Zhan Qixiong", CHN)
PROS = ("source", "Naha District Public Prosecutors Office", JPN)
WEN = ("source", "Wen Jiabao", CHN)
SENGOKU = ("source", "Yoshito Sengoku", JPN)
EVENTS = [
 dict(id="decision", summary="Prosecutors announce the decision to release the captain", cameo="0841",
      cameo_any=["08", "01"], modality="occurred", when=FRI, actors=[PROS, ZHAN_T],
      mentions=[("The Naha District Public Prosecutors Office announced the decision", "announced the decision"),
                ("the prosecutors made the decision on their own", "decision"),
                ("Opposition lawmakers criticized the decision", "decision")]),
 dict(id="release", summary="The captain is to be released", cameo="0841", cameo_any=["08"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2010-09-24"),
      actors=[PROS, ZHAN_T],
      mentions=[("# Japan to release Chinese trawler captain", "release"),
                ("they will release the captain", "will release"),
                ("It is not clear when he will be freed", "freed")]),
 dict(id="prosecutor_said", summary="A deputy chief prosecutor says holding the captain is not appropriate",
      cameo="010", cameo_any=["01"], modality="occurred", when=FRI, actors=[PROS],
      mentions=[("A deputy chief prosecutor told reporters", "told reporters")]),
 dict(id="collision", summary="The Chinese trawler collides with two coast guard vessels", cameo="190",
      cameo_any=["*"], modality="occurred", when=dict(value="2010-09", earliest="2010-09-01", latest="2010-09-08"),
      required=False,
      mentions=[("a Chinese fishing boat that collided with two Japan Coast Guard patrol vessels", "collided"),
                ("his trawler rammed the patrol boats", "rammed")]),
 dict(id="arrest", summary="Japan arrests Zhan on suspicion of obstructing the coast guard", cameo="173",
      cameo_any=["17"], modality="occurred", when=dict(value="2010-09-08", earliest="2010-09-08", latest="2010-09-08"),
      actors=[JP_S, ZHAN_T],
      mentions=[("Zhan was arrested on September 8", "arrested"),
                ("China has reacted angrily to the detention", "detention")]),
 dict(id="crew_home", summary="The 14 crew members are sent home", cameo="0841", cameo_any=["08"],
      modality="occurred", when=dict(value="2010-W37", earliest="2010-09-13", latest="2010-09-19"),
      actors=[JP_S, CN_T],
      mentions=[("The 14 crew members were sent home last week", "sent home")]),
 dict(id="angry", summary="China reacts angrily", cameo="111", cameo_any=["11", "01"], modality="occurred",
      when=BEFORE, actors=[CN_S, JP_T], required=False,
      mentions=[("China has reacted angrily", "reacted angrily")]),
 dict(id="summon", summary="Beijing summons Ambassador Niwa six times", cameo="114", cameo_any=["11", "16", "04", "10"],
      modality="occurred", when=dict(earliest="2010-09-08", latest="2010-09-24"),
      actors=[CN_S, ("target", "Uichiro Niwa", JPN)],
      mentions=[("Beijing summoned Japan's ambassador Uichiro Niwa six times", "summoned")]),
 dict(id="suspend", summary="China suspends ministerial and provincial-level exchanges with Japan", cameo="160",
      cameo_any=["16"], modality="occurred", when=dict(earliest="2010-09-08", latest="2010-09-24"), actors=[CN_S, JP_T],
      mentions=[("suspended ministerial and provincial-level exchanges with Japan", "suspended")]),
 dict(id="gas_talks", summary="China postpones talks on joint gas field development", cameo="164", cameo_any=["16", "12"],
      modality="occurred", when=dict(earliest="2010-09-08", latest="2010-09-24"), actors=[CN_S, JP_T],
      mentions=[("It also postponed talks on the joint development of gas fields", "postponed talks")]),
 dict(id="wen_demand", summary="Wen demands the captain's immediate and unconditional release", cameo="1053",
      cameo_any=["10"], modality="occurred", when=TUE, actors=[WEN, JP_T],
      mentions=[("demanded the captain's immediate and unconditional release", "demanded")]),
 dict(id="wen_warn", summary="Wen warns China will take further action and Japan will bear responsibility", cameo="130",
      cameo_any=["13"], modality="occurred", when=TUE, actors=[WEN, JP_T],
      mentions=[("He warned that China would take further action if Japan refused", "warned"),
                ("said Japan would bear full responsibility for the consequences", "bear full responsibility")]),
 dict(id="media_report", summary="Chinese state media report the detentions", cameo="010", cameo_any=["01"],
      modality="occurred", when=THU, actors=[CN_S], required=False,
      mentions=[("Chinese state media reported that four Japanese employees", "reported")]),
 dict(id="fujita", summary="China detains four Japanese employees of Fujita", cameo="173", cameo_any=["17"],
      modality="occurred", when=dict(latest="2010-09-23"), actors=[CN_S, JP_T],
      mentions=[("had been detained in Hebei Province", "detained")]),
 dict(id="filming", summary="The employees allegedly entered a military zone and filmed targets", cameo=None,
      label="trespass", cameo_any=["*"], modality="alleged", when=dict(latest="2010-09-23"), required=False,
      mentions=[("on suspicion of entering a military zone without permission", "entering a military zone")]),
 dict(id="seek_info", summary="The Japanese government seeks information on the detained employees", cameo="020",
      cameo_any=["02", "10"], modality="occurred", when=BEFORE, actors=[JP_S, CN_T],
      mentions=[("it is seeking information on their situation", "seeking information")]),
 dict(id="rare_earths", summary="Chinese customs hold up rare earth exports to Japan (companies' account)", cameo="163",
      cameo_any=["16", "12", "17"], modality="alleged", modality_any=["alleged", "occurred"], when=BEFORE,
      actors=[CN_S, JP_T],
      mentions=[("Chinese customs officials have held up exports of rare earth metals", "held up exports")]),
 dict(id="deny_ban", summary="Beijing denies imposing a ban", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=BEFORE, actors=[CN_S],
      mentions=[("Beijing denies it has imposed any ban", "denies")]),
 dict(id="sengoku_said", summary="Sengoku says prosecutors decided on their own and the government accepts it",
      cameo="010", cameo_any=["01"], modality="occurred", when=FRI, actors=[SENGOKU],
      mentions=[("Yoshito Sengoku said on Friday", "said")]),
 dict(id="sengoku_hope", summary="Sengoku hopes relations return to a mutually beneficial footing", cameo="013",
      cameo_any=["01", "03"], modality="occurred", when=FRI, actors=[SENGOKU, CN_T], required=False,
      mentions=[("He said he hoped relations between the two countries would return", "hoped")]),
 dict(id="kan_obama", summary="Kan meets Obama in New York", cameo="040", cameo_any=["04"], modality="occurred",
      when=THU, actors=[("participant", "Naoto Kan", JPN), ("participant", "Barack Obama", USA)],
      mentions=[("met US President Barack Obama on Thursday", "met")]),
 dict(id="alliance", summary="Kan and Obama agree their alliance is key to regional stability", cameo="019",
      cameo_any=["01", "05"], modality="occurred", when=THU,
      actors=[("participant", "Naoto Kan", JPN), ("participant", "Barack Obama", USA)],
      mentions=[("The two leaders agreed that their alliance is key", "agreed")]),
 dict(id="kan_explain", summary="Kan explains Japan's position", cameo="010", cameo_any=["01"], modality="occurred",
      when=THU, actors=[("source", "Naoto Kan", JPN)], required=False,
      mentions=[("Kan explained Japan's position on the incident", "explained")]),
 dict(id="opposition", summary="Opposition lawmakers criticize the decision", cameo="111", cameo_any=["11"],
      modality="occurred", when=FRI, required=False,
      mentions=[("A senior member of the Liberal Democratic Party said the government had bowed", "said")]),
 dict(id="charter", summary="China will send a chartered plane to bring the captain home", cameo="030",
      cameo_any=["*"], modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2010-09-24"),
      actors=[CN_S], required=False,
      mentions=[("it would send a chartered plane to Ishigaki Island", "send a chartered plane")]),
 dict(id="flare", summary="Analysts expect the dispute to flare up again", cameo=None, label="dispute",
      cameo_any=["*"], modality="hypothetical", when=dict(earliest="2010-09-24"), required=False,
      mentions=[("the dispute over the islands is likely to flare up again", "flare up")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("arrest", "causes", "summon", True, CAUSAL),
 ("deny_ban", "denies", "rare_earths", True, ["denies"]),
 ("arrest", "causes", "suspend", False, CAUSAL),
 ("collision", "causes", "arrest", False, CAUSAL),
 ("wen_demand", "before", "decision", False, ["before", "causes"]),
]
