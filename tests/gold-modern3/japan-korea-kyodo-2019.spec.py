# Modern gold (written by us in Kyodo News style; small HTML page with article:published_time,
# published Friday 2019-08-02, Tokyo time): Japan removes South Korea from its export "white
# list"; Seoul vows countermeasures.
# "Friday" = 2019-08-02; "Thursday" = 08-01; "Aug. 28" = 2019-08-28; "next week" = 2019-W32;
# "July 4" = 2019-07-04; "last year" = 2018; "later this month" = 2019-08; "since last month" =
# from 2019-07. Seko's and Moon's reactions are to Friday's decision: Friday. Suga's appeal,
# Seoul's claim and Tokyo's denial and demand only precede publication.
# Required: the removal, Seoul's vow of countermeasures, Seko's justification, Moon's criticism
# and warning, Hong's announced removal of Japan from Seoul's list, the WTO complaint, the July 4
# export curbs, Seoul's retaliation claim and Tokyo's denial, Japan's demand, the Kono-Kang
# meeting, Kang's appeal and Kono's refusal, Pompeo's meeting and appeal, the possible GSOMIA
# review, Suga's appeal, the protest at the embassy and Kono's openness to dialogue. The
# order's entry into force and promulgation, the court rulings, the 1965 agreement, the US
# refusal to mediate or take sides, the pact's renewal and the boycott are non-required.
DOC = {"id": "d1", "title": "Japan removes S. Korea from trade white list, Seoul vows countermeasures",
       "published": "2019-08-02", "source": "Kyodo News", "path": "japan-korea-kyodo-2019.html"}
JPN, KOR, USA = "JPN", "KOR", "USA"
FRI = dict(value="2019-08-02", earliest="2019-08-02", latest="2019-08-02")
THU = dict(value="2019-08-01", earliest="2019-08-01", latest="2019-08-01")
BEFORE = dict(latest="2019-08-02")
AFTER = dict(earliest="2019-08-02")
JPN_S = ("source", "Japan", JPN)
KOR_S = ("source", "South Korea", KOR)
JPN_T = ("target", "Japan", JPN)
KOR_T = ("target", "South Korea", KOR)
EVENTS = [
 dict(id="remove", summary="Japan's Cabinet removes South Korea from its list of preferred trading partners",
      cameo="163", cameo_any=["16", "17"], modality="occurred", when=FRI, actors=[JPN_S, KOR_T],
      mentions=[("Japan removes S. Korea from trade", "removes S. Korea from trade", 2),
                ("Japan's Cabinet on Friday approved removing South Korea from a list", "approved removing")]),
 dict(id="takes_effect", summary="The revised order takes effect on Aug. 28", cameo=None, cameo_any=["*"],
      modality="expected", modality_any=["expected", "occurred"],
      when=dict(value="2019-08-28", earliest="2019-08-28", latest="2019-08-28"), required=False,
      mentions=[("will take effect on Aug. 28", "take effect")]),
 dict(id="promulgation", summary="The order is promulgated next week", cameo=None, cameo_any=["*"], modality="expected",
      when=dict(value="2019-W32", earliest="2019-08-05", latest="2019-08-11"), required=False,
      mentions=[("after its promulgation next week", "promulgation")]),
 dict(id="vow", summary="Seoul vows countermeasures", cameo="130", cameo_any=["13", "03"], modality="occurred",
      when=FRI, actors=[KOR_S, JPN_T],
      mentions=[("Seoul vows countermeasures", "vows countermeasures", 2),
                ("prompted Seoul to vow countermeasures", "vow countermeasures")]),
 dict(id="seko", summary="Seko says the decision is needed for export controls and is not a countermeasure", cameo="010",
      cameo_any=["01", "016"], modality="occurred", when=FRI, actors=[("source", "Hiroshige Seko", JPN)],
      mentions=[("Trade minister Hiroshige Seko told reporters", "told reporters"),
                ("\"It is not a countermeasure,\" he said", "said")]),
 dict(id="moon", summary="Moon calls the step reckless and says Seoul will never again lose to Japan", cameo="111",
      cameo_any=["11"], modality="occurred", when=FRI, actors=[("source", "Moon Jae In", KOR), JPN_T],
      mentions=[("called the step a \"reckless\" act", "called the step"),
                ("said at an emergency Cabinet meeting", "said")]),
 dict(id="moon_warn", summary="Moon warns Tokyo will bear responsibility for what happens next", cameo="130",
      cameo_any=["13", "11"], modality="occurred", when=FRI, actors=[("source", "Moon Jae In", KOR), JPN_T],
      mentions=[("He warned that Tokyo would bear responsibility", "warned")]),
 dict(id="drop_japan", summary="South Korea will drop Japan from its own list of trusted trading partners", cameo="163",
      cameo_any=["16", "17", "13"], modality="expected", modality_any=["expected", "proposed"], when=AFTER,
      actors=[("source", "Hong Nam Ki", KOR), JPN_T],
      mentions=[("South Korea would drop Japan from its own list", "drop Japan from its own list")]),
 dict(id="wto", summary="Seoul will file a complaint with the WTO", cameo="115", cameo_any=["11", "13"],
      modality="expected", modality_any=["expected", "proposed"], when=AFTER, actors=[KOR_S, JPN_T],
      mentions=[("it would file a complaint with the World Trade Organization", "file a complaint")]),
 dict(id="july4", summary="Japan tightens exports of three chemicals to South Korea", cameo="163", cameo_any=["16", "17"],
      modality="occurred", when=dict(value="2019-07-04", earliest="2019-07-04", latest="2019-07-04"),
      actors=[JPN_S, KOR_T],
      mentions=[("Japan's tightening on July 4 of exports to South Korea", "tightening")]),
 dict(id="retaliation", summary="Seoul says the steps are retaliation for the wartime labor rulings", cameo="112",
      cameo_any=["11"], modality="occurred", when=BEFORE, actors=[KOR_S, JPN_T],
      mentions=[("Seoul sees the steps as retaliation", "sees the steps as retaliation")]),
 dict(id="rulings", summary="South Korea's Supreme Court orders Japanese companies to compensate wartime laborers",
      cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(value="2018", earliest="2018-01-01", latest="2018-12-31"), required=False,
      mentions=[("Supreme Court rulings last year", "rulings")]),
 dict(id="denies", summary="Tokyo denies the steps are retaliation", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=BEFORE, actors=[JPN_S, KOR_T],
      mentions=[("a claim Tokyo denies", "denies")]),
 dict(id="agreement_1965", summary="The 1965 bilateral agreement settles compensation issues", cameo="057",
      cameo_any=["*"], modality="occurred", when=dict(value="1965", earliest="1965-01-01", latest="1965-12-31"),
      required=False, mentions=[("under a 1965 bilateral agreement", "agreement")]),
 dict(id="demand", summary="Japan demands South Korea correct a violation of international law", cameo="100",
      cameo_any=["10"], modality="occurred", when=BEFORE, actors=[JPN_S, KOR_T],
      mentions=[("has demanded that South Korea correct", "demanded")]),
 dict(id="bangkok", summary="Kono and Kang meet in Bangkok", cameo="044", cameo_any=["04"], modality="occurred",
      when=THU, actors=[("participant", "Taro Kono", JPN), ("participant", "Kang Kyung Wha", KOR)],
      mentions=[("met for about an hour in Bangkok on Thursday", "met")]),
 dict(id="kang_urge", summary="Kang urges Kono to withdraw the plan", cameo="0242", cameo_any=["02", "10"],
      modality="occurred", when=THU, actors=[("source", "Kang Kyung Wha", KOR), ("target", "Taro Kono", JPN)],
      mentions=[("Kang urged Kono to withdraw the plan", "urged")]),
 dict(id="kono_refuse", summary="Kono refuses to withdraw the plan", cameo="1232", cameo_any=["12"],
      modality="occurred", when=THU, actors=[("source", "Taro Kono", JPN), KOR_T],
      mentions=[("but he refused", "refused")]),
 dict(id="pompeo", summary="Pompeo meets the two ministers in Bangkok", cameo="044", cameo_any=["04"],
      modality="occurred", when=FRI,
      actors=[("source", "Mike Pompeo", USA), ("target", "Taro Kono", JPN), ("target", "Kang Kyung Wha", KOR)],
      mentions=[("Mike Pompeo met the two ministers in Bangkok on Friday", "met")]),
 dict(id="pompeo_urge", summary="Pompeo encourages the two to find a way forward", cameo="027", cameo_any=["02"],
      modality="occurred", when=FRI, actors=[("source", "Mike Pompeo", USA), JPN_T, KOR_T],
      mentions=[("encouraged them to find a way forward", "encouraged")]),
 dict(id="no_mediate", summary="Washington declines to mediate", cameo="045", cameo_any=["04", "12"],
      modality="negated", modality_any=["negated", "occurred"], when=BEFORE, required=False,
      mentions=[("Washington has declined to mediate", "declined to mediate")]),
 dict(id="no_sides", summary="A US official says the US will not take sides", cameo="010", cameo_any=["01"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("A senior U.S. official said", "said")]),
 dict(id="gsomia", summary="Seoul might review the GSOMIA intelligence-sharing pact", cameo="014",
      cameo_any=["01", "13", "16"], modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=AFTER, actors=[KOR_S, JPN_T],
      mentions=[("they might review a bilateral military intelligence-sharing pact", "review")]),
 dict(id="renewal", summary="GSOMIA is due for renewal later this month", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(value="2019-08", earliest="2019-08-02", latest="2019-08-31"), required=False,
      mentions=[("due for renewal later this month", "renewal")]),
 dict(id="suga", summary="Suga urges Seoul not to scrap the pact", cameo="020", cameo_any=["02"], modality="occurred",
      when=BEFORE, actors=[("source", "Yoshihide Suga", JPN), KOR_T],
      mentions=[("Yoshihide Suga urged Seoul", "urged Seoul")]),
 dict(id="protest", summary="Civic groups protest outside the Japanese Embassy in Seoul", cameo="141", cameo_any=["14"],
      modality="occurred", when=BEFORE, actors=[("source", "civic groups", KOR), JPN_T],
      mentions=[("dozens of civic groups protested outside the Japanese Embassy", "protested")]),
 dict(id="boycott", summary="A consumer boycott of Japanese goods spreads", cameo="143", cameo_any=["14"],
      modality="occurred", when=dict(earliest="2019-07-01", latest="2019-08-02"), required=False,
      mentions=[("a consumer boycott of Japanese beer", "boycott")]),
 dict(id="kono_open", summary="Kono says Japan remains open to dialogue", cameo="036", cameo_any=["03", "01"],
      modality="occurred", when=dict(earliest="2019-08-01", latest="2019-08-02"), actors=[("source", "Taro Kono", JPN), KOR_T],
      mentions=[("Kono later said Japan remained open to dialogue", "open to dialogue")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("remove", "causes", "vow", True, CAUSAL),
 ("denies", "denies", "retaliation", True, ["denies"]),
 ("kono_refuse", "responds_to", "kang_urge", True, CAUSAL),
 ("july4", "before", "remove", False, CAUSAL),
 ("moon", "responds_to", "remove", False, CAUSAL),
]
