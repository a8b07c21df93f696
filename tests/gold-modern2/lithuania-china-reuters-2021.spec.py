# Second modern gold (written by us in Reuters style; Markdown with front matter, published
# Tuesday 2021-08-10): China recalls its ambassador to Lithuania and demands Vilnius recall its
# own, over the Taiwanese Representative Office.
# "Tuesday" = 2021-08-10, "Monday" = 08-09, "July 20" = 2021-07-20, "since May"/"in May" = 2021-05,
# "in the autumn" = 2021-FA, "in the coming days" from the publication day.
# Required: the recall, the demand, the ministry's statement and its call to correct the mistake,
# Lithuania's decision to let Taiwan open the office, Taiwan's announcement and the planned
# opening, Beijing's July protest, Lithuania's regret, Landsbergis' remarks, China's denial of
# trade coercion, Taiwan's thanks, Price's solidarity and condemnation, Lithuania's exit from
# 17+1 and the genocide resolution.
# Non-required: Lithuania's absent plans to recall its ambassador, the warning, "declined to
# say", the alleged cargo hold-ups, Taiwan's "bullying" remark, the Commission's remark, the
# appeal to other EU members, the embassy's angry response, the ambassador's expected departure.
DOC = {"id": "d1", "title": "China recalls ambassador to Lithuania in row over Taiwan office",
       "published": "2021-08-10", "source": "Reuters", "path": "lithuania-china-reuters-2021.md"}
CHN, LTU, TWN, USA = "CHN", "LTU", "TWN", "USA"
TUE = dict(value="2021-08-10", earliest="2021-08-10", latest="2021-08-10")
MON = dict(value="2021-08-09", earliest="2021-08-09", latest="2021-08-09")
JUL20 = dict(value="2021-07-20", earliest="2021-07-20", latest="2021-07-20")
MAY = dict(value="2021-05", earliest="2021-05-01", latest="2021-05-31")
BEFORE = dict(latest="2021-08-10")
CHN_S = ("source", "China", CHN)
LTU_S = ("source", "Lithuania", LTU)
LTU_T = ("target", "Lithuania", LTU)
CHN_T = ("target", "China", CHN)
EVENTS = [
 dict(id="recall", summary="China recalls its ambassador to Lithuania", cameo="161", cameo_any=["16"],
      modality="occurred", when=dict(latest="2021-08-10"), actors=[CHN_S, LTU_T],
      mentions=[("China recalls ambassador to Lithuania in row over Taiwan office", "recalls ambassador", 1),
                ("it had recalled its ambassador to Lithuania", "recalled its ambassador")]),
 dict(id="demand", summary="China demands that Lithuania withdraw its ambassador to Beijing", cameo="100",
      cameo_any=["10", "02"], modality="occurred", when=TUE, actors=[CHN_S, LTU_T],
      mentions=[("demanded that Vilnius withdraw its envoy to Beijing", "demanded")]),
 dict(id="statement", summary="China's foreign ministry says Lithuania undermined its sovereignty", cameo="112",
      cameo_any=["11", "01"], modality="occurred", when=TUE, actors=[CHN_S, LTU_T],
      mentions=[("The Chinese foreign ministry said in a statement", "said in a statement")]),
 dict(id="correct", summary="China urges Lithuania to correct its mistake", cameo="0242", cameo_any=["02", "10"],
      modality="occurred", when=TUE, actors=[CHN_S, LTU_T],
      mentions=[("It urged the Lithuanian government to correct its mistake", "urged")]),
 dict(id="allow", summary="Lithuania lets Taiwan open a representative office under its own name", cameo="050",
      cameo_any=["05", "03", "08"], modality="occurred", when=BEFORE, actors=[LTU_S, ("target", "Taiwan", TWN)],
      mentions=[("the Baltic state's decision to let Taiwan open", "decision to let")]),
 dict(id="announce", summary="Taiwan announces it will open a Taiwanese Representative Office in Vilnius", cameo="030",
      cameo_any=["03", "05", "01"], modality="occurred", when=JUL20, actors=[("source", "Taiwan", TWN), LTU_T],
      mentions=[("Taiwan announced on July 20", "announced")]),
 dict(id="office", summary="The Taiwanese Representative Office will open in Vilnius in the autumn", cameo="050",
      cameo_any=["05", "03", "*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="2021-FA", earliest="2021-08-10", latest="2021-12-31"), actors=[("source", "Taiwan", TWN), LTU_T],
      mentions=[("it would open a \"Taiwanese Representative Office\"", "would open"),
                ("the office would open as planned in the autumn", "open as planned")]),
 dict(id="protest", summary="Beijing protests against the announcement", cameo="111", cameo_any=["11"],
      modality="occurred", when=dict(earliest="2021-07-20", latest="2021-07-31"), actors=[CHN_S, LTU_T],
      mentions=[("had protested at the time", "protested")]),
 dict(id="regret", summary="Lithuania regrets China's decision but stays committed to the one-China policy", cameo="010",
      cameo_any=["01", "11", "12"], modality="occurred", when=TUE, actors=[LTU_S, CHN_T],
      mentions=[("Lithuania's foreign ministry said it regretted China's decision", "regretted"),
                ("the ministry said, adding", "the ministry said")]),
 dict(id="no_recall", summary="Lithuania has no plans to recall its ambassador Diana Mickeviciene", cameo="161",
      cameo_any=["16"], modality="negated", modality_any=["negated", "hypothetical"], when=dict(earliest="2021-08-10"),
      required=False, mentions=[("it had no plans to recall Ambassador Diana Mickeviciene", "recall")]),
 dict(id="landsbergis", summary="Landsbergis says the government was warned of consequences and will not back down",
      cameo="010", cameo_any=["01", "12"], modality="occurred", when=MON,
      actors=[("source", "Gabrielius Landsbergis", LTU), CHN_T],
      mentions=[("Gabrielius Landsbergis told reporters in Vilnius on Monday", "told reporters")]),
 dict(id="warned", summary="Lithuania is warned of possible consequences", cameo="130", cameo_any=["13"],
      modality="occurred", when=dict(latest="2021-08-09"), required=False,
      mentions=[("the government had been warned of possible consequences", "warned")]),
 dict(id="declined", summary="Landsbergis declines to say whether exporters faced restrictions", cameo="011", cameo_any=["01"],
      modality="occurred", when=MON, required=False,
      mentions=[("He declined to say whether", "declined to say")]),
 dict(id="cargo", summary="Chinese customs allegedly hold up Lithuanian cargo", cameo="163", cameo_any=["16", "17"],
      modality="alleged", when=dict(earliest="2021-07-20", latest="2021-08-10"), required=False,
      mentions=[("Chinese customs officials had held up some Lithuanian cargo", "held up")]),
 dict(id="deny", summary="China denies using trade as a political weapon", cameo="016", cameo_any=["016", "01"],
      modality="occurred", when=BEFORE, actors=[CHN_S],
      mentions=[("China has denied using trade as a political weapon", "denied")]),
 dict(id="thank", summary="Taiwan thanks Lithuania for its support", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=dict(earliest="2021-08-09", latest="2021-08-10"),
      actors=[("source", "Taiwan", TWN), LTU_T],
      mentions=[("Taiwan's foreign ministry thanked Lithuania", "thanked")]),
 dict(id="bullying", summary="Taiwan says it will not be intimidated by Chinese bullying", cameo="111",
      cameo_any=["11", "01", "12"], modality="occurred", when=dict(earliest="2021-08-09", latest="2021-08-10"),
      required=False, mentions=[("said it would not be intimidated", "said")]),
 dict(id="solidarity", summary="The US says it stands in solidarity with Lithuania", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=dict(earliest="2021-08-09", latest="2021-08-10"),
      actors=[("source", "Ned Price", USA), LTU_T],
      mentions=[("the United States stood in solidarity with Lithuania", "stood in solidarity")]),
 dict(id="condemn", summary="The US condemns China's coercion", cameo="111", cameo_any=["11"], modality="occurred",
      when=dict(earliest="2021-08-09", latest="2021-08-10"), actors=[("source", "Ned Price", USA), CHN_T],
      mentions=[("condemned what he called China's coercion", "condemned")]),
 dict(id="commission", summary="The European Commission says it is following developments", cameo="010", cameo_any=["01"],
      modality="occurred", when=dict(earliest="2021-08-09", latest="2021-08-10"), required=False,
      mentions=[("The European Commission said it was following developments closely", "said")]),
 dict(id="quit", summary="Lithuania quits China's 17+1 cooperation forum", cameo="161", cameo_any=["16"],
      modality="occurred", when=MAY, actors=[LTU_S, CHN_T],
      mentions=[("Lithuania quit China's \"17+1\" cooperation forum", "quit")]),
 dict(id="urge_eu", summary="Lithuania urges other EU members to leave the forum too", cameo="022", cameo_any=["02"],
      modality="occurred", when=MAY, required=False,
      mentions=[("urged other EU members to follow suit", "urged")]),
 dict(id="genocide", summary="Lithuania's parliament describes China's treatment of the Uighurs as genocide", cameo="112",
      cameo_any=["11"], modality="occurred", when=MAY, actors=[("source", "Lithuanian parliament", LTU), CHN_T],
      mentions=[("passed a resolution in May describing China's treatment", "passed a resolution")]),
 dict(id="angry", summary="The Chinese embassy responds angrily to the resolution", cameo="111", cameo_any=["11"],
      modality="occurred", when=MAY, required=False,
      mentions=[("prompting an angry response from the Chinese embassy", "angry response")]),
 dict(id="leave", summary="China's ambassador Shen Zhifang is expected to leave Vilnius in the coming days", cameo="166",
      cameo_any=["16", "*"], modality="expected", when=dict(earliest="2021-08-10"), required=False,
      mentions=[("is expected to leave Vilnius in the coming days", "leave Vilnius")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("allow", "causes", "recall", True, CAUSAL),
 ("recall", "causes", "regret", True, CAUSAL),
 ("genocide", "causes", "angry", False, CAUSAL),
 ("deny", "denies", "cargo", False, ["denies"]),
 ("announce", "causes", "protest", False, CAUSAL),
]
