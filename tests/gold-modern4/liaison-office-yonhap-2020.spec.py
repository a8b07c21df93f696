# Modern gold, fourth set (written by us in Yonhap style; .txt with a title line and a
# "2020/06/16 17:21" date line, published Tuesday 2020-06-16): North Korea blows up the
# inter-Korean liaison office in Kaesong.
# "Tuesday" = 2020-06-16, "Saturday" = 06-13, "Monday" = 06-15, "last week" = 2020-W24
# (06-08..06-14), "September 2018" = 2018-09, "April that year" = 2018-04.
# Required: the demolition, Kim Yo-jong's warning, the state media's confirmation and its
# blame on the leaflet senders, the cut of the communication lines, Chung's warning and
# criticism, the ministry's regret, the military's plan to send troops back and its threat on
# the guard posts, the North's dismissal of Seoul's steps, Moon's proposal, the U.S. support
# and appeal. Non-required: the ministry's detection report, the NSC meeting (domestic), the
# alleged violation, the 2018 declaration, summit and office opening (background), Seoul's
# domestic charges, the North's silence, the analysts' speculation.
DOC = {"id": "d1", "title": "N. Korea blows up inter-Korean liaison office in Kaesong",
       "published": "2020-06-16", "source": "Yonhap", "path": "liaison-office-yonhap-2020.txt"}
PRK, KOR, USA = "PRK", "KOR", "USA"
TUE = dict(value="2020-06-16", earliest="2020-06-16", latest="2020-06-16")
SAT = dict(value="2020-06-13", earliest="2020-06-13", latest="2020-06-13")
MON = dict(value="2020-06-15", earliest="2020-06-15", latest="2020-06-15")
LASTWEEK = dict(value="2020-W24", earliest="2020-06-08", latest="2020-06-14")
BEFORE = dict(latest="2020-06-16")
NK_S, NK_T = ("source", "North Korea", PRK), ("target", "North Korea", PRK)
SK_S, SK_T = ("source", "South Korea", KOR), ("target", "South Korea", KOR)
CHUNG = ("source", "Chung Eui-yong", KOR)
EVENTS = [
 dict(id="blowup", summary="North Korea blows up the joint liaison office in Kaesong", cameo="1712",
      cameo_any=["17", "18", "16"], modality="occurred", when=TUE, actors=[NK_S, SK_T],
      mentions=[("N. Korea blows up inter-Korean liaison office", "blows up"),
                ("North Korea on Tuesday blew up the inter-Korean joint liaison office", "blew up"),
                ("The North's state media confirmed the demolition", "demolition")]),
 dict(id="detect", summary="The unification ministry reports detecting an explosion", cameo="010", cameo_any=["01"],
      modality="occurred", when=TUE, actors=[SK_S], required=False,
      mentions=[("The ministry said it detected an explosion", "detected")]),
 dict(id="kim_warn", summary="Kim Yo-jong warns the office will be seen completely collapsed", cameo="138",
      cameo_any=["13"], modality="occurred", when=SAT, actors=[("source", "Kim Yo-jong", PRK), SK_T],
      mentions=[("the powerful sister of leader Kim Jong-un warned", "warned"),
                ("said in a statement Saturday that she had instructed the army", "said in a statement")]),
 dict(id="kcna", summary="North Korean state media confirm the demolition", cameo="010", cameo_any=["01"],
      modality="occurred", when=TUE, actors=[NK_S],
      mentions=[("The North's state media confirmed the demolition hours later", "confirmed")]),
 dict(id="blame_leaflets", summary="The North blames leaflet senders in the South", cameo="111", cameo_any=["11"],
      modality="occurred", when=TUE, actors=[NK_S, SK_T],
      mentions=[("It blamed \"human scum\" in the South", "blamed")]),
 dict(id="cut_lines", summary="North Korea cuts off all inter-Korean communication channels", cameo="160",
      cameo_any=["16"], modality="occurred", when=LASTWEEK, actors=[NK_S, SK_T],
      mentions=[("The North cut off all inter-Korean communication channels", "cut off"),
                ("a decision to cut off all communication lines with the South", "decision to cut off")]),
 dict(id="nsc", summary="Cheong Wa Dae convenes an emergency NSC meeting", cameo="040", cameo_any=["04"],
      modality="occurred", when=TUE, actors=[SK_S], required=False,
      mentions=[("convened an emergency meeting of the National Security Council", "emergency meeting")]),
 dict(id="chung_warn", summary="Chung warns Seoul will respond strongly if the North continues", cameo="130",
      cameo_any=["13"], modality="occurred", when=TUE, actors=[CHUNG, NK_T],
      mentions=[("Chung warned that Seoul would \"respond strongly\"", "warned")]),
 dict(id="chung_criticize", summary="Chung says the demolition betrays hopes for peace and blames Pyongyang",
      cameo="111", cameo_any=["11", "01"], modality="occurred", when=TUE, actors=[CHUNG, NK_T],
      mentions=[("Chung told reporters", "told reporters"),
                ("He said the responsibility for what happens next lies entirely with Pyongyang", "He said")]),
 dict(id="regret", summary="The unification ministry expresses deep regret", cameo="111", cameo_any=["11", "01"],
      modality="occurred", when=TUE, actors=[SK_S, NK_T],
      mentions=[("The unification ministry separately expressed \"deep regret\"", "expressed \"deep regret\"")]),
 dict(id="violation", summary="The destruction violates the Panmunjom Declaration (ministry's claim)", cameo="128",
      cameo_any=["12", "11"], modality="alleged", modality_any=["alleged", "occurred"], when=TUE,
      actors=[NK_S], required=False,
      mentions=[("the destruction violated the 2018 Panmunjom Declaration", "violated")]),
 dict(id="declaration", summary="Moon and Kim sign the Panmunjom Declaration", cameo="057", cameo_any=["05"],
      modality="occurred", when=dict(value="2018", earliest="2018-01-01", latest="2018-12-31"), required=False,
      actors=[("participant", "Moon Jae-in", KOR), ("participant", "Kim Jong-un", PRK)],
      mentions=[("Panmunjom Declaration signed by President Moon Jae-in and Kim", "signed")]),
 dict(id="military_plan", summary="The North's military reviews a plan to send troops back into Kaesong and Kumgang",
      cameo="138", cameo_any=["13", "15"], modality="occurred", when=TUE, actors=[NK_S, SK_T],
      mentions=[("the North's military said it was reviewing a plan to send troops back", "reviewing a plan")]),
 dict(id="guard_posts", summary="The North threatens to restore guard posts in the DMZ", cameo="138",
      cameo_any=["13"], modality="occurred", when=TUE, actors=[NK_S, SK_T],
      mentions=[("It also threatened to restore guard posts", "threatened")]),
 dict(id="charges", summary="Seoul says it will charge two activist groups", cameo="173", cameo_any=["17"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2020-06-08"),
      actors=[SK_S], required=False,
      mentions=[("it would bring charges against two activist groups", "bring charges")]),
 dict(id="dismiss", summary="The North dismisses Seoul's steps as too little, too late", cameo="120",
      cameo_any=["12", "11"], modality="occurred", when=dict(earliest="2020-06-08", latest="2020-06-16"),
      actors=[NK_S, SK_T],
      mentions=[("the North dismissed the steps", "dismissed")]),
 dict(id="summit_2018", summary="The first Moon-Kim summit in April 2018", cameo="043", cameo_any=["04"],
      modality="occurred", when=dict(value="2018-04", earliest="2018-04-01", latest="2018-04-30"), required=False,
      actors=[("participant", "Moon Jae-in", KOR), ("participant", "Kim Jong-un", PRK)],
      mentions=[("the first summit between Moon and Kim", "summit")]),
 dict(id="opened", summary="The liaison office opens in September 2018", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="2018-09", earliest="2018-09-01", latest="2018-09-30"), required=False,
      mentions=[("The liaison office opened in September 2018", "opened")]),
 dict(id="moon_proposal", summary="Moon proposes the two Koreas work together on past agreements", cameo="030",
      cameo_any=["03", "02"], modality="occurred", modality_any=["occurred", "proposed"], when=MON,
      actors=[("source", "Moon Jae-in", KOR), NK_T],
      mentions=[("proposed in a speech Monday that the two Koreas work together", "proposed")]),
 dict(id="no_response", summary="North Korea does not respond to Moon", cameo="010", cameo_any=["*"],
      modality="negated", when=dict(earliest="2020-06-15", latest="2020-06-16"), actors=[NK_S], required=False,
      mentions=[("North Korea did not respond", "did not respond")]),
 dict(id="us_support", summary="Washington says it fully supports South Korea's efforts", cameo="051",
      cameo_any=["05", "01"], modality="occurred", when=BEFORE, actors=[("source", "United States", USA), SK_T],
      mentions=[("Washington fully supports South Korea's efforts", "supports")]),
 dict(id="us_urge", summary="Washington urges the North to refrain from further action", cameo="1056",
      cameo_any=["10", "02"], modality="occurred", when=BEFORE, actors=[("source", "United States", USA), NK_T],
      mentions=[("urged the North to refrain", "urged")]),
 dict(id="provocation", summary="Analysts say Pyongyang could stage a military provocation", cameo="138",
      cameo_any=["*"], modality="hypothetical", when=dict(earliest="2020-06-16"), required=False,
      mentions=[("Pyongyang could stage a military provocation next", "stage a military provocation")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("blowup", "causes", "chung_warn", True, CAUSAL),
 ("kim_warn", "before", "blowup", True, ["before", "causes"]),
 ("cut_lines", "before", "blowup", False, ["before", "causes"]),
 ("blowup", "causes", "regret", False, CAUSAL),
 ("charges", "causes", "dismiss", False, CAUSAL),
]
