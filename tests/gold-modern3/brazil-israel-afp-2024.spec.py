# Modern gold (written by us in AFP style; plain text with a title line and a "20 February 2024"
# date line, published Tuesday 2024-02-20): Brazil recalls its ambassador to Israel after Israel
# declares Lula persona non grata over his Holocaust comparison.
# "Tuesday" = 2024-02-20; "Monday" = 02-19; "Sunday" = 02-18; "Wednesday" = 02-21; "October 7" =
# 2023-10-07; "later in the week" = 02-21..02-25. Israel's declaration and Katz's reprimand
# came "earlier" than Monday's recall and after Sunday's remarks: 02-18..02-19. Netanyahu's
# remarks and Lula's refusal follow the remarks and precede publication.
# Required: the recall, the summoning of Zonshine, Lula's comparison, the persona non grata
# declaration, Katz's reprimand of Meyer, Vieira's criticism, Netanyahu's condemnation, Israel's
# summoning of Meyer, Lula's refusal to apologise, Amorim's criticism, Hamas's welcome and the
# expected Blinken-Lula meeting. Katz's quote, Lula's AU attendance, the Jewish groups'
# condemnation, the impeachment request, the Gaza campaign and the October 7 attack, Lula's
# condemnation of Hamas, the G20 meeting, Meyer's return, the unnamed further measures and
# the ruled-out break are non-required.
DOC = {"id": "d1", "title": "Brazil recalls envoy to Israel as Lula Holocaust row deepens",
       "published": "2024-02-20", "source": "AFP", "path": "brazil-israel-afp-2024.txt"}
BRA, ISR, USA, PSE = "BRA", "ISR", "USA", "PSE"
TUE = dict(value="2024-02-20", earliest="2024-02-20", latest="2024-02-20")
MON = dict(value="2024-02-19", earliest="2024-02-19", latest="2024-02-19")
SUN = dict(value="2024-02-18", earliest="2024-02-18", latest="2024-02-18")
SUN_MON = dict(earliest="2024-02-18", latest="2024-02-19")
SINCE_SUN = dict(earliest="2024-02-18", latest="2024-02-20")
LULA = ("source", "Luiz Inacio Lula da Silva", BRA)
LULA_T = ("target", "Luiz Inacio Lula da Silva", BRA)
BRA_S = ("source", "Brazil", BRA)
ISR_S = ("source", "Israel", ISR)
BRA_T = ("target", "Brazil", BRA)
ISR_T = ("target", "Israel", ISR)
EVENTS = [
 dict(id="recall", summary="Brazil recalls its ambassador to Israel for consultations", cameo="161", cameo_any=["16"],
      modality="occurred", when=MON, actors=[BRA_S, ISR_T],
      mentions=[("Brazil recalls envoy to Israel", "recalls envoy"),
                ("Brazil recalled its ambassador to Israel for consultations on Monday", "recalled its ambassador")]),
 dict(id="summon_zonshine", summary="Vieira summons Israeli ambassador Daniel Zonshine in Rio", cameo="114",
      cameo_any=["11", "16", "04", "10"], modality="occurred", when=MON, actors=[BRA_S, ISR_T],
      mentions=[("summoned the Israeli envoy in Rio de Janeiro", "summoned"),
                ("Mauro Vieira called in Israeli Ambassador Daniel Zonshine", "called in")]),
 dict(id="comparison", summary="Lula compares Israel's offensive in Gaza to the Holocaust", cameo="111",
      cameo_any=["11"], modality="occurred", when=SUN, actors=[LULA, ISR_T],
      mentions=[("compared Israel's offensive in Gaza to the Holocaust", "compared"),
                ("Lula made the comparison on Sunday", "made the comparison"),
                ("it is a genocide,\" he said", "said")]),
 dict(id="au_summit", summary="Lula attends an African Union summit in Addis Ababa", cameo="042", cameo_any=["04"],
      modality="occurred", when=SUN, required=False,
      mentions=[("where he was attending an African Union summit", "attending")]),
 dict(id="png", summary="Israel declares Lula persona non grata", cameo="160", cameo_any=["16", "11", "12", "17"],
      modality="occurred", when=SUN_MON, actors=[ISR_S, LULA_T],
      mentions=[("Israel earlier declared Lula \"persona non grata\"", "declared")]),
 dict(id="reprimand", summary="Katz gives Brazil's ambassador Meyer a public dressing-down at Yad Vashem", cameo="111",
      cameo_any=["11", "10", "04"], modality="occurred", when=SUN_MON,
      actors=[("source", "Israel Katz", ISR), ("target", "Frederico Meyer", BRA)],
      mentions=[("gave Brazil's ambassador Frederico Meyer a public dressing-down", "dressing-down"),
                ("Katz's treatment of Meyer", "treatment")]),
 dict(id="katz_said", summary="Katz says Israel will not forget or forgive and Lula is unwelcome until he retracts",
      cameo="010", cameo_any=["*"], modality="occurred", modality_any=["occurred", "negated", "hypothetical", "expected", "proposed", "alleged"], when=SUN_MON, required=False,
      mentions=[("we will not forgive,\" Katz said", "Katz said"),
                ("We will not forget and we will not forgive", "will not forgive")]),
 dict(id="vieira", summary="Vieira calls Katz's treatment of Meyer unacceptable and a lie", cameo="111", cameo_any=["11"],
      modality="occurred", when=dict(earliest="2024-02-19", latest="2024-02-20"),
      actors=[("source", "Mauro Vieira", BRA), ISR_T],
      mentions=[("Vieira told reporters", "told reporters")]),
 dict(id="netanyahu", summary="Netanyahu calls the remarks shameful and grave", cameo="111", cameo_any=["11"],
      modality="occurred", when=SINCE_SUN, actors=[("source", "Benjamin Netanyahu", ISR), LULA_T],
      mentions=[("Benjamin Netanyahu said the remarks were", "said"),
                ("Lula had \"crossed a red line\"", "crossed a red line")]),
 dict(id="summon_meyer", summary="Israel's foreign ministry summons Meyer", cameo="114", cameo_any=["11", "16", "04", "10"],
      modality="occurred", when=SUN, actors=[ISR_S, BRA_T],
      mentions=[("Israel's foreign ministry summoned Meyer late on Sunday", "summoned")]),
 dict(id="no_apology", summary="Lula refuses to apologise", cameo="055", cameo_any=["055", "05", "12"],
      modality="negated", modality_any=["negated", "occurred"], when=SINCE_SUN, actors=[LULA, ISR_T],
      mentions=[("Lula has refused to apologise", "refused to apologise")]),
 dict(id="amorim", summary="Amorim calls the Israeli reaction absurd", cameo="111", cameo_any=["11"],
      modality="occurred", when=TUE, actors=[("source", "Celso Amorim", BRA), ISR_T],
      mentions=[("Celso Amorim, told AFP on Tuesday", "told AFP")]),
 dict(id="hamas", summary="Hamas welcomes Lula's remarks", cameo="051", cameo_any=["05", "01"], modality="occurred",
      when=SUN, actors=[("source", "Hamas", PSE), LULA_T],
      mentions=[("Hamas welcomed Lula's remarks on Sunday", "welcomed")]),
 dict(id="jewish", summary="Jewish organisations in Brazil condemn the remarks", cameo="111", cameo_any=["11"],
      modality="occurred", when=SINCE_SUN, required=False,
      mentions=[("Jewish organisations in Brazil condemned them", "condemned")]),
 dict(id="impeachment", summary="Opposition lawmakers gather signatures for an impeachment request", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(latest="2024-02-20"), required=False,
      mentions=[("they had collected enough signatures to file an impeachment request", "impeachment request")]),
 dict(id="campaign", summary="Israel launches its military campaign in Gaza", cameo="190", cameo_any=["*"],
      modality="occurred", when=dict(earliest="2023-10-07", latest="2024-02-20"), required=False,
      mentions=[("Israel's military campaign in Gaza, launched in response to the October 7 attack", "launched")]),
 dict(id="oct7", summary="Hamas militants attack southern Israel", cameo="190", cameo_any=["*"], modality="occurred",
      when=dict(value="2023-10-07", earliest="2023-10-07", latest="2023-10-07"), required=False,
      mentions=[("the October 7 attack by Hamas militants on southern Israel", "attack")]),
 dict(id="lula_hamas", summary="Lula condemns the Hamas attack as terrorism", cameo="111", cameo_any=["11"],
      modality="occurred", when=dict(earliest="2023-10-07", latest="2024-02-20"), required=False,
      mentions=[("Lula has nonetheless condemned the Hamas attack as terrorism", "condemned")]),
 dict(id="blinken", summary="Blinken meets Lula in Brasilia", cameo="042", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="2024-02-21", earliest="2024-02-21", latest="2024-02-21"),
      actors=[("source", "Antony Blinken", USA), LULA_T],
      mentions=[("Antony Blinken meets Lula in Brasilia on Wednesday", "meets")]),
 dict(id="g20", summary="G20 foreign ministers meet in Rio de Janeiro", cameo="040", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="2024-02-21", latest="2024-02-25"), required=False,
      mentions=[("a meeting of G20 foreign ministers in Rio de Janeiro later in the week", "meeting")]),
 dict(id="meyer_back", summary="Meyer arrives back in Brazil", cameo=None, cameo_any=["*"], modality="occurred",
      when=TUE, required=False,
      mentions=[("Meyer arrived back in Brazil on Tuesday", "arrived back")]),
 dict(id="further", summary="Brazil does not rule out further measures", cameo="014", cameo_any=["*"],
      modality="hypothetical", modality_any=["occurred", "negated", "hypothetical", "expected", "proposed", "alleged"], when=dict(earliest="2024-02-20"), required=False,
      mentions=[("Brazil has not ruled out further measures", "not ruled out")]),
 dict(id="no_break", summary="Breaking off relations is not on the table", cameo="161", cameo_any=["*"],
      modality="negated", modality_any=["occurred", "negated", "hypothetical", "expected", "proposed", "alleged"], when=dict(earliest="2024-02-20"), required=False,
      mentions=[("breaking off relations was \"not on the table\"", "breaking off relations")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("netanyahu", "responds_to", "comparison", True, CAUSAL),
 ("vieira", "responds_to", "reprimand", True, CAUSAL),
 ("png", "responds_to", "comparison", False, CAUSAL),
 ("hamas", "responds_to", "comparison", False, CAUSAL),
 ("recall", "responds_to", "reprimand", False, CAUSAL),
 ("campaign", "responds_to", "oct7", False, CAUSAL),
]
