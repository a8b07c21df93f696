# Modern gold (written by us in BBC News style; Markdown with front matter, published Thursday
# 2019-02-28): the second Trump-Kim summit in Hanoi ends without agreement.
# "Thursday" = 2019-02-28, "Wednesday" = 02-27, "Saturday" = 03-02, "last June" = 2018-06.
# Required: the summit ending without agreement, the cancelled lunch and signing, Trump's account
# of the sanctions demand, the North's demand for sanctions relief, Ri's disputing account and
# offer to dismantle Yongbyon, the Wednesday dinner meeting, Kim's answer, the North's promise
# not to resume tests, Trump raising Warmbier, Kim's denial of knowledge, Seoul's regret, the
# expected Moon-Trump call, the Singapore summit. Trump's walk-out remark, Ri's "would not
# change", the criticism, Trump's departure and Kim's official visit are non-required.
DOC = {"id": "d1", "title": "Trump-Kim summit cut short after talks break down over sanctions",
       "published": "2019-02-28", "source": "BBC News", "path": "hanoi-summit-bbc-2019.md"}
USA, PRK, KOR, VNM = "USA", "PRK", "KOR", "VNM"
THU = dict(value="2019-02-28", earliest="2019-02-28", latest="2019-02-28")
THU_B = dict(earliest="2019-02-28", latest="2019-02-28")
WED = dict(value="2019-02-27", earliest="2019-02-27", latest="2019-02-27")
BEFORE = dict(latest="2019-02-28")
TRUMP = ("source", "Donald Trump", USA)
KIM_T = ("target", "Kim Jong-un", PRK)
LEADERS = [("participant", "Donald Trump", USA), ("participant", "Kim Jong-un", PRK)]
EVENTS = [
 dict(id="summit", summary="The Hanoi summit ends abruptly with no agreement", cameo="044",
      cameo_any=["04", "16", "12"], modality="occurred", when=dict(earliest="2019-02-27", latest="2019-02-28"),
      actors=LEADERS,
      mentions=[("# Trump-Kim summit cut short", "summit cut short"),
                ("has ended abruptly in the Vietnamese capital", "ended abruptly"),
                ("The second summit between US President Donald Trump", "summit")]),
 dict(id="talks_broke", summary="The talks break down over sanctions", cameo="164", cameo_any=["16", "12", "04"],
      modality="occurred", when=THU, actors=LEADERS,
      mentions=[("after talks break down over sanctions", "talks break down", 1),
                ("failed to bridge their differences during the morning session", "failed to bridge")]),
 dict(id="cancelled", summary="The working lunch and signing ceremony are cancelled", cameo="164",
      cameo_any=["16", "12", "*"], modality="occurred", when=THU,
      mentions=[("A planned working lunch and a signing ceremony were cancelled on Thursday", "cancelled")]),
 dict(id="trump_said", summary="Trump says North Korea wanted all sanctions lifted", cameo="010", cameo_any=["01", "11"],
      modality="occurred", when=THU, actors=[TRUMP, ("target", "North Korea", PRK)],
      mentions=[("Mr Trump said North Korea had wanted all sanctions lifted", "said"),
                ("\"Basically, they wanted the sanctions lifted in their entirety, and we couldn't do that,\" he told reporters", "told reporters")]),
 dict(id="demand_lift", summary="North Korea demands the lifting of sanctions", cameo="1054", cameo_any=["10", "02"],
      modality="alleged", modality_any=["alleged", "occurred"], when=BEFORE,
      actors=[("source", "North Korea", PRK), ("target", "United States", USA)],
      mentions=[("North Korea had wanted all sanctions lifted", "wanted all sanctions lifted"),
                ("Pyongyang had asked only for partial relief", "asked only for partial relief")]),
 dict(id="walk", summary="Trump says sometimes you have to walk", cameo="010", cameo_any=["01", "16", "12"],
      modality="occurred", when=THU, required=False,
      mentions=[("\"Sometimes you have to walk", "walk")]),
 dict(id="no_date", summary="Trump and Kim did not agree on a date for a third meeting", cameo="036", cameo_any=["03", "04"],
      modality="negated", when=THU_B, required=False,
      mentions=[("had not agreed on a date for a third meeting", "had not agreed")]),
 dict(id="ri_disputed", summary="Ri Yong-ho disputes Trump's account at a late-night briefing", cameo="111",
      cameo_any=["11", "01", "016", "12"], modality="occurred", when=THU_B,
      actors=[("source", "Ri Yong-ho", PRK), ("target", "Donald Trump", USA)],
      mentions=[("disputed the president's account", "disputed"),
                ("In a rare late-night briefing", "briefing")]),
 dict(id="yongbyon", summary="North Korea offered to permanently dismantle the Yongbyon facilities", cameo="0356",
      cameo_any=["03"], modality="occurred", modality_any=["occurred", "alleged"], when=THU_B,
      actors=[("source", "North Korea", PRK), ("target", "United States", USA)],
      mentions=[("had offered to permanently dismantle all facilities at the Yongbyon nuclear complex", "offered")]),
 dict(id="ri_firm", summary="Ri says North Korea's position will not change", cameo="124", cameo_any=["12", "01"],
      modality="occurred", when=THU_B, required=False,
      mentions=[("Mr Ri said North Korea's position would not change", "would not change")]),
 dict(id="dinner", summary="Trump and Kim shake hands and have dinner on Wednesday evening", cameo="043",
      cameo_any=["04"], modality="occurred", when=WED, actors=LEADERS,
      mentions=[("they shook hands in front of a row of flags", "shook hands"),
                ("sat down for a dinner with their aides", "dinner")]),
 dict(id="kim_answer", summary="Kim says he would not be there if he were not willing to denuclearise", cameo="030",
      cameo_any=["03", "01"], modality="occurred", when=THU, actors=[("source", "Kim Jong-un", PRK)],
      mentions=[("Mr Kim replied", "replied")]),
 dict(id="tests_promise", summary="North Korea promises not to resume nuclear and missile tests", cameo="0356",
      cameo_any=["03", "08"], modality="occurred", modality_any=["occurred", "alleged"], when=BEFORE,
      actors=[("source", "North Korea", PRK), ("target", "United States", USA)],
      mentions=[("North Korea had promised not to resume nuclear and missile tests", "promised")]),
 dict(id="warmbier_raise", summary="Trump raises the case of Otto Warmbier with Kim", cameo="040",
      cameo_any=["04", "01", "11"], modality="occurred", when=dict(earliest="2019-02-27", latest="2019-02-28"),
      actors=[TRUMP, KIM_T],
      mentions=[("he had raised the case of Otto Warmbier", "raised the case")]),
 dict(id="kim_deny", summary="Kim says he did not know about Warmbier's mistreatment", cameo="016",
      cameo_any=["016", "01"], modality="occurred", when=dict(earliest="2019-02-27", latest="2019-02-28"),
      actors=[("source", "Kim Jong-un", PRK)],
      mentions=[("Mr Kim had told him he did not know about his mistreatment", "did not know")]),
 dict(id="warmbier_death", summary="Warmbier dies after release from a North Korean prison", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(value="2017", earliest="2017-01-01", latest="2017-12-31"),
      required=False, mentions=[("who died in 2017", "died")]),
 dict(id="criticism", summary="Trump's remark draws sharp criticism in Washington", cameo="111", cameo_any=["11"],
      modality="occurred", when=THU_B, required=False,
      mentions=[("a remark that drew sharp criticism in Washington", "criticism")]),
 dict(id="seoul", summary="South Korea regrets that no deal was reached", cameo="012", cameo_any=["01"],
      modality="occurred", when=THU_B, actors=[("source", "South Korea", KOR)],
      mentions=[("said it regretted that no deal had been reached", "regretted")]),
 dict(id="moon_call", summary="Moon is expected to speak to Trump by phone", cameo="041", cameo_any=["04"],
      modality="expected", when=dict(earliest="2019-02-28"),
      actors=[("source", "Moon Jae-in", KOR), ("target", "Donald Trump", USA)],
      mentions=[("is expected to speak to Mr Trump by phone later", "speak to Mr Trump by phone")]),
 dict(id="singapore", summary="The first Trump-Kim summit in Singapore produces a denuclearisation pledge", cameo="044",
      cameo_any=["04", "05", "03"], modality="occurred", when=dict(value="2018-06", earliest="2018-06-01", latest="2018-06-30"),
      actors=LEADERS,
      mentions=[("The first summit between the two men, in Singapore last June", "summit"),
                ("produced a vaguely worded pledge", "pledge")]),
 dict(id="left", summary="Trump leaves Hanoi for Washington", cameo=None, cameo_any=["*"], modality="occurred",
      when=THU, required=False, mentions=[("Mr Trump left Hanoi for Washington on Thursday afternoon", "left Hanoi")]),
 dict(id="kim_visit", summary="Kim stays in Vietnam for an official visit until Saturday", cameo="042", cameo_any=["04"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2019-02-28", latest="2019-03-02"),
      required=False, actors=[("source", "Kim Jong-un", PRK), ("target", "Vietnam", VNM)],
      mentions=[("Mr Kim is due to stay in Vietnam until Saturday for an official visit", "official visit")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("talks_broke", "causes", "cancelled", True, CAUSAL),
 ("trump_said", "causes", "ri_disputed", True, CAUSAL),
 ("dinner", "before", "talks_broke", False, ["before"]),
 ("singapore", "before", "summit", False, ["before"]),
 ("talks_broke", "causes", "seoul", False, CAUSAL),
]
