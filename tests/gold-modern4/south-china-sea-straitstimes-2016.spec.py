# Modern gold, fourth set (written by us in The Straits Times style; Markdown with front matter,
# a bold standfirst, a "BEIJING/MANILA -" dateline and the paper's "on Tuesday (July 12)" day
# and date; published Wednesday 2016-07-13): China rejects the arbitration ruling on the South
# China Sea; Manila, Singapore, the U.S., Japan and Vietnam react.
# "Tuesday (July 12)" = 2016-07-12, "Wednesday" = 07-13, "June 30" = 2016-06-30, "in 2013" =
# 2013, "the year before" = 2012. Reactions without a day word lie between the ruling and the
# publication date (07-12..07-13); Duterte's offers come after he took office (06-30).
# Required: the ruling, China's rejection, Xi's and the Foreign Ministry's statements, Liu's
# accusation, warning and ADIZ threat, Yasay's welcome and appeal for restraint, Duterte's
# openness to talks and his envoy offer, the U.S. appeal, Kishida's call, Singapore's statement,
# Vietnam's welcome.
# Non-required: the tribunal's further findings (violation, reef harm), Duterte's domestic call
# and inauguration, the 2013 filing and the 2012 standoff (background), Vietnam's reiterated
# claims, the analysts' speculation, the protests and the state media's appeal for calm
# (domestic).
DOC = {"id": "d1", "title": "China rejects South China Sea ruling, says it will not affect its claims",
       "published": "2016-07-13", "source": "The Straits Times", "path": "south-china-sea-straitstimes-2016.md"}
CHN, PHL, USA, JPN, SGP, VNM = "CHN", "PHL", "USA", "JPN", "SGP", "VNM"
TUE = dict(value="2016-07-12", earliest="2016-07-12", latest="2016-07-12")
WED = dict(value="2016-07-13", earliest="2016-07-13", latest="2016-07-13")
AFTER = dict(earliest="2016-07-12", latest="2016-07-13")
CN_S, CN_T = ("source", "China", CHN), ("target", "China", CHN)
PH_S, PH_T = ("source", "Philippines", PHL), ("target", "Philippines", PHL)
TRIBUNAL = ("source", "Permanent Court of Arbitration", None)
LIU = ("source", "Liu Zhenmin", CHN)
YASAY = ("source", "Perfecto Yasay", PHL)
DUTERTE = ("source", "Rodrigo Duterte", PHL)
EVENTS = [
 dict(id="ruling", summary="The tribunal rules China has no historic rights in the South China Sea", cameo="116",
      cameo_any=["11", "*"], modality="occurred", when=TUE, actors=[TRIBUNAL, CN_T],
      mentions=[("rejected a ruling by an international tribunal", "ruling"),
                ("The Permanent Court of Arbitration in The Hague found", "found")]),
 dict(id="reject", summary="China rejects the ruling as null and void and vows never to accept it", cameo="127",
      cameo_any=["12"], modality="occurred", when=TUE, actors=[CN_S, PH_T],
      mentions=[("# China rejects South China Sea ruling", "rejects"),
                ("China on Tuesday (July 12) rejected a ruling", "rejected"),
                ("vowing that it would never accept it", "vowing")]),
 dict(id="violation", summary="The tribunal finds Beijing violated the Philippines' sovereign rights", cameo="116",
      cameo_any=["*"], modality="occurred", when=TUE, actors=[TRIBUNAL, CN_T], required=False,
      mentions=[("Beijing had violated the Philippines' sovereign rights", "violated")]),
 dict(id="reef", summary="The panel says China harmed the reefs by building artificial islands", cameo="116",
      cameo_any=["*"], modality="occurred", when=TUE, actors=[TRIBUNAL, CN_T], required=False,
      mentions=[("The five-judge panel also said China had caused severe harm", "also said")]),
 dict(id="xi", summary="Xi says China's sovereignty will not be affected by the award", cameo="010",
      cameo_any=["01", "12"], modality="occurred", when=AFTER, actors=[("source", "Xi Jinping", CHN)],
      mentions=[("President Xi Jinping said China's territorial sovereignty", "said"),
                ("says it will not affect its claims", "says", 1)]),
 dict(id="fm", summary="The Foreign Ministry says China does not recognise the tribunal's jurisdiction", cameo="120",
      cameo_any=["12", "01"], modality="occurred", when=AFTER, actors=[CN_S],
      mentions=[("The Foreign Ministry said China did not participate in the case", "said"),
                ("did not recognise the tribunal's jurisdiction", "did not recognise")]),
 dict(id="liu_accuse", summary="Liu accuses the tribunal of being manipulated", cameo="112", cameo_any=["11"],
      modality="occurred", when=WED, actors=[LIU],
      mentions=[("Liu Zhenmin on Wednesday accused the tribunal", "accused")]),
 dict(id="liu_warn", summary="Liu warns other countries against turning the sea into a cradle of war", cameo="130",
      cameo_any=["13", "02"], modality="occurred", when=WED, actors=[LIU],
      mentions=[("warned other countries against turning the South China Sea", "warned")]),
 dict(id="adiz", summary="Liu says Beijing could declare an air defence identification zone", cameo="138",
      cameo_any=["13"], modality="occurred", modality_any=["occurred", "hypothetical"], when=WED, actors=[LIU],
      mentions=[("Beijing could declare an air defence identification zone", "declare an air defence identification zone")]),
 dict(id="yasay_welcome", summary="Yasay welcomes the ruling as a milestone decision", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=AFTER, actors=[YASAY],
      mentions=[("Manila welcomes landmark decision", "welcomes"),
                ("Perfecto Yasay welcomed the ruling", "welcomed")]),
 dict(id="restraint", summary="Yasay calls on all parties to exercise restraint", cameo="0256", cameo_any=["02"],
      modality="occurred", when=AFTER, actors=[YASAY],
      mentions=[("called on all parties to exercise restraint", "called on")]),
 dict(id="duterte_call", summary="Duterte calls for a measured response", cameo="020", cameo_any=["*"],
      modality="occurred", when=dict(latest="2016-07-13"), actors=[DUTERTE], required=False,
      mentions=[("President Rodrigo Duterte's call for a measured response", "call")]),
 dict(id="inauguration", summary="Duterte takes office", cameo=None, label="inauguration", cameo_any=["*"],
      modality="occurred", when=dict(value="2016-06-30", earliest="2016-06-30", latest="2016-06-30"), required=False,
      mentions=[("took office on June 30", "took office")]),
 dict(id="talks_open", summary="Duterte says he is open to direct talks with Beijing", cameo="036", cameo_any=["03"],
      modality="occurred", when=dict(earliest="2016-06-30", latest="2016-07-13"), actors=[DUTERTE, CN_T],
      mentions=[("he is open to direct talks with Beijing", "open to direct talks")]),
 dict(id="ramos", summary="Duterte offers to send Fidel Ramos as special envoy to China", cameo="036",
      cameo_any=["03", "04"], modality="occurred", modality_any=["occurred", "proposed"],
      when=dict(earliest="2016-06-30", latest="2016-07-13"), actors=[DUTERTE, CN_T],
      mentions=[("has offered to send former president Fidel Ramos", "offered")]),
 dict(id="filed", summary="The Philippines files the case in 2013", cameo="115", cameo_any=["11"], modality="occurred",
      when=dict(value="2013", earliest="2013-01-01", latest="2013-12-31"), actors=[PH_S, CN_T], required=False,
      mentions=[("The Philippines filed the case in 2013", "filed")]),
 dict(id="standoff", summary="The Scarborough Shoal standoff the year before", cameo="150", cameo_any=["*"],
      modality="occurred", when=dict(value="2012", earliest="2012-01-01", latest="2012-12-31"), required=False,
      mentions=[("a tense standoff with Chinese vessels at Scarborough Shoal", "standoff")]),
 dict(id="us_urge", summary="The U.S. urges both sides to comply and calls the ruling binding", cameo="020",
      cameo_any=["02", "01", "10"], modality="occurred", when=AFTER, actors=[("source", "United States", USA), CN_T, PH_T],
      mentions=[("The United States urged both sides to comply", "urged"),
                ("said the ruling was final and legally binding", "said")]),
 dict(id="kishida", summary="Kishida says the award is binding and calls on the parties to abide by it", cameo="020",
      cameo_any=["02", "01", "10"], modality="occurred", when=AFTER, actors=[("source", "Fumio Kishida", JPN)],
      mentions=[("Fumio Kishida also said the award was binding", "also said"),
                ("called on the parties to abide by it", "called on")]),
 dict(id="singapore", summary="Singapore urges all parties to respect legal and diplomatic processes", cameo="027",
      cameo_any=["02", "01"], modality="occurred", when=TUE, actors=[("source", "Singapore", SGP)],
      mentions=[("Singapore urges all parties to respect legal processes", "urges"),
                ("the Ministry of Foreign Affairs said in a statement on Tuesday", "statement"),
                ("urged all parties to fully respect legal and diplomatic processes", "urged")]),
 dict(id="vietnam", summary="Vietnam welcomes the ruling", cameo="051", cameo_any=["05", "01"], modality="occurred",
      when=AFTER, actors=[("source", "Vietnam", VNM)],
      mentions=[("welcomed the ruling and reiterated its own claims", "welcomed")]),
 dict(id="vn_claims", summary="Vietnam reiterates its claims to the Paracels and Spratlys", cameo="010", cameo_any=["01"],
      modality="occurred", when=AFTER, actors=[("source", "Vietnam", VNM), CN_T], required=False,
      mentions=[("reiterated its own claims to the Paracel and Spratly islands", "reiterated")]),
 dict(id="patrols", summary="Analysts warn China could step up patrols or start reclamation", cameo="150",
      cameo_any=["*"], modality="hypothetical", when=dict(earliest="2016-07-13"), actors=[CN_S], required=False,
      mentions=[("it could step up patrols near Scarborough Shoal", "step up patrols")]),
 dict(id="calm", summary="Chinese state media call on the public to remain calm", cameo="020",
      cameo_any=["*"], modality="occurred", when=WED, actors=[CN_S], required=False,
      mentions=[("called on the public to remain calm", "called on")]),
 dict(id="protests", summary="Small protests outside the Philippine embassy in Beijing", cameo="141", cameo_any=["14", "*"],
      modality="occurred", when=dict(latest="2016-07-13"), required=False,
      mentions=[("small protests outside the Philippine embassy", "protests")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("ruling", "causes", "reject", True, CAUSAL),
 ("ruling", "causes", "yasay_welcome", True, CAUSAL),
 ("filed", "before", "ruling", False, ["before", "causes"]),
 ("ruling", "causes", "vietnam", False, CAUSAL),
 ("standoff", "before", "filed", False, ["before", "causes"]),
]
