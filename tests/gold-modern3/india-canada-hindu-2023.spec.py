# Modern gold (written by us in The Hindu style; plain text with a title line and an
# "Updated - September 19, 2023 11:42 pm IST" line, published Tuesday 2023-09-19): India expels a
# Canadian diplomat and rejects Trudeau's allegation over the killing of Hardeep Singh Nijjar.
# "Tuesday" = 2023-09-19; "Monday" = 09-18; "June 18" = 2023-06-18; "earlier this month" =
# 2023-09-01..09-18 (the G20 summit); "this month" = 2023-09; "next week" = 2023-W39.
# Canada's expulsion was announced after Trudeau's Monday statement ("later"), and "hours" before
# India's on Tuesday: 09-18..09-19. The US and Australian reactions only precede publication.
# Required: India's expulsion of the Canadian diplomat, Canada's expulsion of the Indian
# official, Trudeau's allegation, the killing, the summoning of MacKay, the MEA's accusation of
# interference, India's rejection of the allegation, Trudeau raising the matter with Modi,
# Trudeau's appeal to cooperate, the paused trade talks, the postponed trade mission, the US
# concern, Australia's concerns, the steps India is weighing. Joly's announcement, Modi's
# earlier rejection, the 2020 designation, Trudeau's "not looking to provoke", the Congress
# party's backing, the possible visa suspension and the planned protests are non-required.
DOC = {"id": "d1", "title": "India expels Canadian diplomat, rejects Trudeau's charge as 'absurd'",
       "published": "2023-09-19", "source": "The Hindu", "path": "india-canada-hindu-2023.txt"}
IND, CAN, USA, AUS = "IND", "CAN", "USA", "AUS"
TUE = dict(value="2023-09-19", earliest="2023-09-19", latest="2023-09-19")
MON = dict(value="2023-09-18", earliest="2023-09-18", latest="2023-09-18")
BEFORE = dict(latest="2023-09-19")
TRUDEAU = ("source", "Justin Trudeau", CAN)
IND_S = ("source", "India", IND)
IND_T = ("target", "India", IND)
CAN_T = ("target", "Canada", CAN)
EVENTS = [
 dict(id="expel_can", summary="India expels a senior Canadian diplomat and gives him five days to leave", cameo="166",
      cameo_any=["16"], modality="occurred", when=TUE, actors=[IND_S, CAN_T],
      mentions=[("India expels Canadian diplomat", "expels Canadian diplomat"),
                ("India on Tuesday expelled a senior Canadian diplomat", "expelled"),
                ("gave him five days to leave the country", "five days to leave")]),
 dict(id="expel_ind", summary="Canada expels an Indian official, the head of India's intelligence agency in Canada",
      cameo="166", cameo_any=["16"], modality="occurred", when=dict(earliest="2023-09-18", latest="2023-09-19"),
      actors=[("source", "Canada", CAN), IND_T],
      mentions=[("hours after Canada expelled an Indian official", "expelled an Indian official"),
                ("the head of India's external intelligence agency in Canada had been expelled", "had been expelled")]),
 dict(id="joly", summary="Joly announces the expulsion", cameo="010", cameo_any=["01"], modality="occurred",
      when=dict(earliest="2023-09-18", latest="2023-09-19"), required=False,
      mentions=[("Melanie Joly later announced", "announced")]),
 dict(id="allegation", summary="Trudeau tells the Commons of credible allegations linking Indian agents to the killing",
      cameo="112", cameo_any=["11"], modality="occurred", when=MON, actors=[TRUDEAU, IND_T],
      mentions=[("what Prime Minister Justin Trudeau called \"credible allegations\"", "credible allegations"),
                ("Mr. Trudeau told the House of Commons in Ottawa on Monday", "told the House of Commons")]),
 dict(id="killing", summary="Hardeep Singh Nijjar is shot dead in Surrey", cameo="186", cameo_any=["18", "19"],
      modality="occurred", when=dict(value="2023-06-18", earliest="2023-06-18", latest="2023-06-18"),
      mentions=[("the killing of a Sikh separatist leader in British Columbia", "killing"),
                ("who was shot dead outside a gurdwara in Surrey on June 18", "shot dead")]),
 dict(id="summon", summary="The MEA summons Canadian High Commissioner Cameron MacKay", cameo="114",
      cameo_any=["11", "16", "04", "10"], modality="occurred", when=TUE, actors=[IND_S, CAN_T],
      mentions=[("summoned the Canadian High Commissioner, Cameron MacKay", "summoned")]),
 dict(id="interference", summary="The MEA accuses Canadian diplomats of interfering in India's internal matters",
      cameo="112", cameo_any=["11"], modality="occurred", when=TUE, actors=[IND_S, CAN_T],
      mentions=[("it was concerned at \"the growing involvement of Canadian diplomats", "concerned")]),
 dict(id="reject", summary="India rejects the allegations as absurd and motivated", cameo="016",
      cameo_any=["016", "12", "01"], modality="occurred", when=TUE, actors=[IND_S, CAN_T],
      mentions=[("rejects Trudeau's charge", "rejects Trudeau's charge"),
                ("The government rejected the allegations outright", "rejected the allegations")]),
 dict(id="raised", summary="Trudeau raises the matter with Modi at the G20 summit", cameo="112",
      cameo_any=["11", "04", "01", "10"], modality="occurred", when=dict(earliest="2023-09-01", latest="2023-09-18"),
      actors=[TRUDEAU, ("target", "Narendra Modi", IND)],
      mentions=[("similar claims had been made by Mr. Trudeau to Prime Minister Narendra Modi", "similar claims had been made"),
                ("he had raised the matter \"personally and directly\"", "raised the matter")]),
 dict(id="modi_rejected", summary="Modi rejects the claims at the G20", cameo="016", cameo_any=["016", "12"],
      modality="occurred", when=dict(earliest="2023-09-01", latest="2023-09-18"), required=False,
      mentions=[("and \"completely rejected\"", "completely rejected")]),
 dict(id="designated", summary="India designates Nijjar a terrorist", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(value="2020", earliest="2020-01-01", latest="2020-12-31"), required=False,
      mentions=[("India had designated Nijjar a terrorist in 2020", "designated")]),
 dict(id="not_provoke", summary="Trudeau says Canada is not looking to provoke or escalate", cameo="010", cameo_any=["01"],
      modality="occurred", when=TUE, required=False,
      mentions=[("On Tuesday he told reporters", "told reporters")]),
 dict(id="urge", summary="Trudeau urges India to cooperate with the investigation", cameo="0213", cameo_any=["02", "10"],
      modality="occurred", when=TUE, actors=[TRUDEAU, IND_T],
      mentions=[("urged India to cooperate with the investigation", "urged India")]),
 dict(id="trade_pause", summary="Canada pauses trade negotiations with India", cameo="164", cameo_any=["16"],
      modality="occurred", when=dict(value="2023-09", earliest="2023-09-01", latest="2023-09-19"),
      actors=[("source", "Canada", CAN), IND_T],
      mentions=[("Canada paused negotiations on an early progress trade agreement", "paused negotiations")]),
 dict(id="mission", summary="A Canadian trade mission to Mumbai is postponed", cameo="160", cameo_any=["16", "12", "04"],
      modality="occurred", when=BEFORE, actors=[("source", "Canada", CAN), IND_T],
      mentions=[("a Canadian trade mission to Mumbai planned for October was postponed", "postponed")]),
 dict(id="congress", summary="The Congress party backs the government's response", cameo="051", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("backed the government's response", "backed")]),
 dict(id="us_concern", summary="The White House says the US is deeply concerned about the allegations", cameo="010",
      cameo_any=["01", "11"], modality="occurred", when=BEFORE, actors=[("source", "United States", USA)],
      mentions=[("the White House said the United States was \"deeply concerned\"", "deeply concerned")]),
 dict(id="aus_concern", summary="Australia conveys its concerns to India", cameo="010", cameo_any=["01", "11", "04"],
      modality="occurred", when=BEFORE, actors=[("source", "Australia", AUS), IND_T],
      mentions=[("Australia said it had conveyed its concerns to India", "conveyed its concerns")]),
 dict(id="weigh", summary="India weighs further steps including reducing Canada's diplomatic presence", cameo="160",
      cameo_any=["16", "13", "014"], modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=dict(earliest="2023-09-19"), actors=[IND_S, CAN_T],
      mentions=[("a possible reduction in Canada's diplomatic presence", "reduction")]),
 dict(id="visa", summary="India does not rule out suspending visa services", cameo="172", cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"], when=dict(earliest="2023-09-19"),
      required=False, mentions=[("They did not rule out a suspension of visa services", "suspension of visa services")]),
 dict(id="protests", summary="Sikh groups call for protests outside Indian missions next week", cameo="141",
      cameo_any=["14"], modality="expected", modality_any=["expected", "proposed", "occurred"],
      when=dict(value="2023-W39", earliest="2023-09-25", latest="2023-10-01"), required=False,
      mentions=[("Sikh groups in Canada have called for protests outside Indian missions next week", "protests")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("expel_can", "responds_to", "expel_ind", True, CAUSAL),
 ("expel_ind", "responds_to", "allegation", True, CAUSAL),
 ("reject", "denies", "allegation", True, ["denies"]),
 ("modi_rejected", "denies", "raised", False, ["denies"]),
 ("allegation", "responds_to", "killing", False, CAUSAL),
]
