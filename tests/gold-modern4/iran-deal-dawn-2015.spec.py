# Modern gold, fourth set (written by us in Dawn style; .txt with a title line and a
# "Published July 15, 2015" date line, "VIENNA:" dateline, published Wednesday 2015-07-15):
# Iran and six world powers reach the nuclear deal in Vienna; Pakistan and others react.
# "Tuesday" = 2015-07-14, "18 days of marathon talks" = 2015-06-27..07-14, "next week" =
# 2015-W30 (07-20..07-26). Reactions without a day word are bounded by the deal and the
# publication date (07-14..07-15). The six powers have no single country: the deal's second
# party is named without one.
# Required: the deal and the talks, Zarif's remark, the three terms (cut of the stockpile,
# access for inspectors, lifting of sanctions), Obama's, Netanyahu's, Rouhani's, Putin's and
# Wang's reactions, the Saudi response, Pakistan's welcome and hope, Sharif's expected call,
# the expected Security Council endorsement.
# Non-required: the joint announcement (the deal's own news conference), the IAEA's
# confirmation and the snap-back (conditions), the arms embargo staying, Obama's veto threat
# (domestic), Netanyahu's "not bound", the celebrations, Pakistan's standing support, the
# congressional review and the Republicans' vow (domestic), the analysts' speculation.
DOC = {"id": "d1", "title": "Iran, world powers reach historic nuclear deal; Pakistan welcomes accord",
       "published": "2015-07-15", "source": "Dawn", "path": "iran-deal-dawn-2015.txt"}
IRN, USA, ISR, PAK, SAU, RUS, CHN = "IRN", "USA", "ISR", "PAK", "SAU", "RUS", "CHN"
TUE = dict(value="2015-07-14", earliest="2015-07-14", latest="2015-07-14")
AFTER = dict(earliest="2015-07-14", latest="2015-07-15")
LATER = dict(earliest="2015-07-14")
IR_S, IR_T = ("source", "Iran", IRN), ("target", "Iran", IRN)
POWERS = ("participant", "six world powers", None)
EVENTS = [
 dict(id="deal", summary="Iran and six world powers reach the nuclear agreement", cameo="057", cameo_any=["05", "01", "03"],
      modality="occurred", when=TUE, actors=[("participant", "Iran", IRN), POWERS],
      mentions=[("Iran, world powers reach historic nuclear deal", "reach historic nuclear deal"),
                ("reached a landmark agreement to curb Tehran's nuclear programme", "reached a landmark agreement"),
                ("The deal, sealed after 18 days", "sealed")]),
 dict(id="talks", summary="18 days of marathon talks in Vienna", cameo="046", cameo_any=["04"], modality="occurred",
      when=dict(earliest="2015-06-27", latest="2015-07-14"), actors=[("participant", "Iran", IRN), POWERS],
      mentions=[("18 days of marathon talks in the Austrian capital", "marathon talks")]),
 dict(id="announce", summary="Mogherini and Zarif announce the deal at a joint news conference", cameo="010",
      cameo_any=["01"], modality="occurred", when=TUE, required=False,
      actors=[("source", "Federica Mogherini", None), ("source", "Mohammad Javad Zarif", IRN)],
      mentions=[("was announced at a joint news conference", "joint news conference")]),
 dict(id="zarif", summary="Zarif calls it a historic moment", cameo="013", cameo_any=["01"], modality="occurred",
      when=TUE, actors=[("source", "Mohammad Javad Zarif", IRN)],
      mentions=[("\"This is a historic moment,\" Zarif said", "Zarif said")]),
 dict(id="stockpile", summary="Iran will cut its enriched uranium stockpile and centrifuges", cameo="080",
      cameo_any=["08", "03"], modality="expected", when=LATER, actors=[IR_S],
      mentions=[("Iran will cut its stockpile of enriched uranium", "cut its stockpile"),
                ("reduce the number of its centrifuges", "reduce")]),
 dict(id="inspectors", summary="Iran will give UN inspectors access to suspect sites", cameo="0862",
      cameo_any=["08", "03"], modality="expected", when=LATER, actors=[IR_S],
      mentions=[("will give UN inspectors access to suspect sites", "give UN inspectors access")]),
 dict(id="lift", summary="US, EU and UN sanctions will be lifted", cameo="085", cameo_any=["08", "03"],
      modality="expected", when=LATER, actors=[("source", "United States", USA), IR_T],
      mentions=[("in exchange for the lifting of international sanctions", "lifting"),
                ("US, EU and UN sanctions will be lifted", "will be lifted")]),
 dict(id="iaea", summary="The IAEA confirms Tehran has met its commitments (condition)", cameo="090",
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "expected"], when=LATER, required=False,
      mentions=[("confirms that Tehran has met its commitments", "confirms")]),
 dict(id="embargo", summary="The UN arms embargo remains for five years", cameo="163", cameo_any=["16", "*"],
      modality="expected", when=LATER, actors=[IR_T], required=False,
      mentions=[("A UN arms embargo will remain in place", "arms embargo")]),
 dict(id="snapback", summary="Sanctions could snap back if Iran violates the deal", cameo="163", cameo_any=["*"],
      modality="hypothetical", when=LATER, actors=[IR_T], required=False,
      mentions=[("Sanctions could \"snap back\"", "snap back")]),
 dict(id="obama", summary="Obama says the deal cuts off every pathway to a nuclear weapon", cameo="051",
      cameo_any=["05", "01"], modality="occurred", when=AFTER, actors=[("source", "Barack Obama", USA)],
      mentions=[("President Barack Obama said the agreement had cut off every pathway", "said"),
                ("it is built on verification,\" he said", "he said")]),
 dict(id="veto", summary="Obama warns he will veto legislation blocking the deal", cameo="130", cameo_any=["13", "12"],
      modality="occurred", when=AFTER, actors=[("source", "Barack Obama", USA)], required=False,
      mentions=[("warned that he would veto any legislation", "warned")]),
 dict(id="netanyahu", summary="Netanyahu denounces the accord as a stunning historic mistake", cameo="111",
      cameo_any=["11", "12"], modality="occurred", when=AFTER, actors=[("source", "Benjamin Netanyahu", ISR), IR_T],
      mentions=[("Benjamin Netanyahu denounced the accord", "denounced")]),
 dict(id="not_bound", summary="Netanyahu says Israel is not bound by the deal", cameo="127", cameo_any=["12", "01"],
      modality="occurred", when=AFTER, actors=[("source", "Benjamin Netanyahu", ISR)], required=False,
      mentions=[("said Israel was not bound by it", "not bound")]),
 dict(id="rouhani", summary="Rouhani says the deal opens a new chapter", cameo="013", cameo_any=["01", "05"],
      modality="occurred", when=AFTER, actors=[("source", "Hassan Rouhani", IRN)],
      mentions=[("said the deal opened \"a new chapter\"", "said")]),
 dict(id="celebrate", summary="Iranians celebrate in the streets", cameo="141", cameo_any=["*"], modality="occurred",
      when=TUE, required=False,
      mentions=[("Thousands of Iranians poured into the streets", "poured into the streets")]),
 dict(id="pak_welcome", summary="Pakistan's Foreign Office welcomes the agreement", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=AFTER, actors=[("source", "Pakistan", PAK), IR_T],
      mentions=[("Pakistan welcomes accord", "welcomes"),
                ("the Foreign Office welcomed the agreement", "welcomed")]),
 dict(id="pak_support", summary="Pakistan says it always supported a peaceful resolution", cameo="010", cameo_any=["01", "05"],
      modality="occurred", when=AFTER, actors=[("source", "Pakistan", PAK)], required=False,
      mentions=[("said it had always supported a peaceful resolution", "supported")]),
 dict(id="pak_hope", summary="Pakistan hopes the pipeline can move ahead", cameo="013", cameo_any=["01", "03"],
      modality="occurred", when=AFTER, actors=[("source", "Pakistan", PAK), IR_T],
      mentions=[("A spokesman said Pakistan hoped", "hoped")]),
 dict(id="sharif_call", summary="Sharif is expected to telephone Rouhani to congratulate him", cameo="041",
      cameo_any=["04", "05"], modality="expected", when=LATER,
      actors=[("source", "Nawaz Sharif", PAK), ("target", "Hassan Rouhani", IRN)],
      mentions=[("Nawaz Sharif is expected to telephone President Rouhani", "telephone")]),
 dict(id="saudi", summary="A Saudi official gives a guarded response and stresses strict inspections", cameo="010",
      cameo_any=["01", "10"], modality="occurred", when=AFTER, actors=[("source", "Saudi Arabia", SAU), IR_T],
      mentions=[("gave a guarded response", "guarded response"),
                ("A Saudi official told the state news agency", "told")]),
 dict(id="putin", summary="Putin says the world breathed a sigh of relief", cameo="013", cameo_any=["01", "05"],
      modality="occurred", when=AFTER, actors=[("source", "Vladimir Putin", RUS)],
      mentions=[("Vladimir Putin said the world had", "said")]),
 dict(id="wang", summary="Wang Yi says the talks show dialogue can solve problems", cameo="013", cameo_any=["01", "05"],
      modality="occurred", when=AFTER, actors=[("source", "Wang Yi", CHN)],
      mentions=[("Wang Yi said the talks had shown", "said")]),
 dict(id="review", summary="The deal faces a 60-day review in Congress; Republicans vow to fight it", cameo=None,
      label="review", cameo_any=["*"], modality="expected", when=LATER, required=False,
      mentions=[("faces a 60-day review in the US Congress", "review"),
                ("Republican leaders have vowed to fight it", "vowed")]),
 dict(id="unsc", summary="The Security Council is expected to endorse the deal next week", cameo="051",
      cameo_any=["05", "01"], modality="expected",
      when=dict(value="2015-W30", earliest="2015-07-20", latest="2015-07-26"),
      actors=[("source", "UN Security Council", None)],
      mentions=[("is expected to endorse the deal in a resolution next week", "endorse")]),
 dict(id="analysts", summary="Analysts say Pakistan could benefit if sanctions are lifted early next year", cameo=None,
      label="speculation", cameo_any=["*"], modality="hypothetical", when=LATER, required=False,
      mentions=[("Pakistan could benefit from cheaper Iranian energy", "benefit")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("talks", "before", "deal", True, ["before", "causes", "includes"]),
 ("deal", "causes", "netanyahu", True, CAUSAL),
 ("deal", "causes", "pak_welcome", True, CAUSAL),
 ("stockpile", "causes", "lift", False, CAUSAL),
 ("deal", "before", "unsc", False, ["before", "causes"]),
]
