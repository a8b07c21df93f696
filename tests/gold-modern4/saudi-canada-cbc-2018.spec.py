# Modern gold, fourth set (written by us in CBC News style; HTML page with
# article:published_time, a deck and a byline, no dateline, published Monday 2018-08-06):
# Saudi Arabia expels Canada's ambassador and freezes new trade over Ottawa's call to release
# jailed activists.
# "Monday" = 2018-08-06, "late Sunday" = 08-05, "Friday" = 08-03, "Thursday" = 08-02,
# "next Monday" = 08-13, "since 2012" = 2012.
# Required: the ambassador's expulsion, the trade freeze, the recall of the Saudi ambassador,
# the interference charge, the threat of further action, Freeland's statement and request for
# clarity, Horak's expected return, the Global Affairs tweet and Freeland's Thursday message,
# the scholarship suspension, the Saudia flight suspension, the U.S. request for information and
# appeal to both sides.
# Non-required: the arrests of the activists and Raif Badawi's imprisonment (domestic,
# background), the students' transfer, Trudeau's silence, the armoured-vehicle deal, the U.S.
# declining to take sides, the expert's view, the opposition critic's remarks (domestic).
DOC = {"id": "d1", "title": "Saudi Arabia expels Canadian ambassador, freezes new trade over human rights criticism",
       "published": "2018-08-06", "source": "CBC News", "path": "saudi-canada-cbc-2018.html"}
SAU, CAN, USA = "SAU", "CAN", "USA"
MON = dict(value="2018-08-06", earliest="2018-08-06", latest="2018-08-06")
SUN = dict(value="2018-08-05", earliest="2018-08-05", latest="2018-08-05")
FRI = dict(value="2018-08-03", earliest="2018-08-03", latest="2018-08-03")
THU = dict(value="2018-08-02", earliest="2018-08-02", latest="2018-08-02")
BEFORE = dict(latest="2018-08-06")
SA_S, SA_T = ("source", "Saudi Arabia", SAU), ("target", "Saudi Arabia", SAU)
CA_S, CA_T = ("source", "Canada", CAN), ("target", "Canada", CAN)
FREELAND = ("source", "Chrystia Freeland", CAN)
EVENTS = [
 dict(id="expel", summary="Saudi Arabia gives Canada's ambassador 24 hours to leave", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=SUN, actors=[SA_S, ("target", "Dennis Horak", CAN)],
      mentions=[("Saudi Arabia expels Canadian ambassador", "expels", 2),
                ("Saudi Arabia has given Canada's ambassador 24 hours to leave the country", "24 hours to leave"),
                ("considered the Canadian envoy, Dennis Horak, \"persona non grata.\"", "persona non grata")]),
 dict(id="freeze", summary="Saudi Arabia freezes all new trade and investment with Canada", cameo="163",
      cameo_any=["16"], modality="occurred", when=SUN, actors=[SA_S, CA_T],
      mentions=[("freezes new trade over human rights criticism", "freezes new trade", 2),
                ("frozen all new trade and investment with Canada", "frozen"),
                ("the freeze could put pressure on Canadian firms", "freeze")]),
 dict(id="recall", summary="Saudi Arabia recalls its ambassador to Canada", cameo="161", cameo_any=["16"],
      modality="occurred", when=SUN, actors=[SA_S, CA_T],
      mentions=[("it was recalling its own ambassador to Canada", "recalling")]),
 dict(id="interference", summary="Riyadh calls Canada's position blatant interference", cameo="111", cameo_any=["11"],
      modality="occurred", when=SUN, actors=[SA_S, CA_T],
      mentions=[("It called Canada's position \"an overt and blatant interference", "called")]),
 dict(id="further_action", summary="The Saudi ministry reserves the right to take further action", cameo="130",
      cameo_any=["13"], modality="occurred", when=SUN, actors=[SA_S, CA_T],
      mentions=[("it reserved the right to take further action", "reserved the right")]),
 dict(id="freeland_said", summary="Freeland says Canada is concerned and will always stand up for human rights",
      cameo="010", cameo_any=["01", "11"], modality="occurred", when=MON, actors=[FREELAND, SA_T],
      mentions=[("Freeland says Canada will 'always stand up for human rights'", "says"),
                ("Chrystia Freeland told reporters in Vancouver on Monday", "told reporters"),
                ("women's rights are human rights,\" Freeland said", "Freeland said")]),
 dict(id="clarity", summary="Ottawa seeks greater clarity from Riyadh", cameo="020", cameo_any=["02", "10"],
      modality="occurred", when=MON, actors=[CA_S, SA_T],
      mentions=[("Ottawa was seeking \"greater clarity\" from Riyadh", "seeking")]),
 dict(id="horak_return", summary="Horak is expected to return home shortly", cameo="166", cameo_any=["16"],
      modality="expected", when=dict(earliest="2018-08-06"), actors=[("source", "Dennis Horak", CAN)],
      mentions=[("Horak was expected to return home shortly", "return home")]),
 dict(id="tweet", summary="Global Affairs Canada tweets concern and urges the release of the activists", cameo="0253",
      cameo_any=["02", "10", "11"], modality="occurred", when=FRI, actors=[CA_S, SA_T],
      mentions=[("a tweet posted by Global Affairs Canada on Friday", "tweet"),
                ("urged Saudi authorities to \"immediately release\"", "urged"),
                ("after Ottawa called for the release of jailed women's rights activists", "called for the release")]),
 dict(id="arrests", summary="A new wave of arrests of activists in Saudi Arabia", cameo="173", cameo_any=["17"],
      modality="occurred", when=BEFORE, actors=[SA_S], required=False,
      mentions=[("a new wave of arrests", "arrests")]),
 dict(id="raif", summary="Raif Badawi has been in prison since 2012", cameo="173", cameo_any=["17", "*"],
      modality="occurred", when=dict(value="2012", earliest="2012-01-01", latest="2012-12-31"), required=False,
      mentions=[("has been in prison since 2012", "in prison")]),
 dict(id="freeland_thu", summary="Freeland posts a similar message on Thursday", cameo="0253", cameo_any=["02", "10", "11"],
      modality="occurred", when=THU, actors=[FREELAND, SA_T],
      mentions=[("Freeland had posted a similar message on Thursday", "posted")]),
 dict(id="scholarships", summary="Saudi Arabia suspends scholarship programs in Canada", cameo="160", cameo_any=["16"],
      modality="occurred", when=MON, actors=[SA_S, CA_T],
      mentions=[("the government was suspending scholarship programs in Canada", "suspending")]),
 dict(id="students", summary="Saudi students to be moved to other countries", cameo="160", cameo_any=["16"],
      modality="expected", when=dict(earliest="2018-08-06"), actors=[SA_S, CA_T], required=False,
      mentions=[("would move thousands of Saudi students", "move")]),
 dict(id="flights", summary="Saudia suspends flights to and from Toronto from next Monday", cameo="160",
      cameo_any=["16"], modality="expected", modality_any=["expected", "occurred"],
      when=dict(value="2018-08-13", earliest="2018-08-13", latest="2018-08-13"), actors=[SA_S, CA_T],
      mentions=[("it would suspend its flights to and from Toronto", "suspend its flights")]),
 dict(id="trudeau", summary="Trudeau has not commented publicly", cameo="011", cameo_any=["*"], modality="negated",
      when=BEFORE, actors=[("source", "Justin Trudeau", CAN)], required=False,
      mentions=[("has not commented publicly", "commented")]),
 dict(id="lav_deal", summary="The $15-billion light armoured vehicle deal", cameo="062", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("a $15-billion deal to sell light armoured vehicles", "deal")]),
 dict(id="us_sides", summary="The United States declines to take sides", cameo="011", cameo_any=["01"],
      modality="occurred", when=BEFORE, actors=[("source", "United States", USA)], required=False,
      mentions=[("The United States declined to take sides", "declined")]),
 dict(id="us_info", summary="Washington asks the Saudi government for more information", cameo="020",
      cameo_any=["02", "10"], modality="occurred", when=BEFORE, actors=[("source", "United States", USA), SA_T],
      mentions=[("Washington had asked the Saudi government for more information", "asked")]),
 dict(id="us_urge", summary="Washington urges both countries to resolve the matter diplomatically", cameo="027",
      cameo_any=["02"], modality="occurred", when=BEFORE,
      actors=[("source", "United States", USA), SA_T, CA_T],
      mentions=[("urged both countries to resolve the matter diplomatically", "urged")]),
 dict(id="momani", summary="An expert says the reaction is a warning to Western governments", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("said the reaction was meant as a warning", "said")]),
 dict(id="otoole", summary="O'Toole calls on Trudeau to speak to the Saudi leadership", cameo="020", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("called on Trudeau to speak to the Saudi leadership directly", "called on")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("tweet", "causes", "expel", True, CAUSAL),
 ("tweet", "causes", "freeze", True, CAUSAL),
 ("expel", "causes", "freeland_said", False, CAUSAL),
 ("freeland_thu", "before", "tweet", False, ["before"]),
 ("freeze", "before", "scholarships", False, ["before", "causes"]),
]
