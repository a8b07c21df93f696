# Third fresh gold (held-out) for TimeBank WSJ900813-0157 (Wall Street Journal, published Monday
# 1990-08-13): Saddam links a withdrawal from Kuwait to Israel's and Syria's withdrawals; the
# U.S. prepares to enforce the U.N. embargo at Kuwait's request and rejects the proposal.
# Story group: Gulf crisis 1990 (another outlet and day than the AP articles of tests/gold-fresh
# and tests/gold-fresh2). "yesterday" = Sunday 1990-08-12, "Friday" = 08-10, "over the weekend"
# = 08-11..08-12. Baker's, al-Anbari's and Bush's TV remarks carry no day of their own beyond
# "yesterday" where the text gives it; otherwise they are bounded by the DCT.
# Required: the diplomatic moves and statements of the week-end (proposal, request, statements,
# rejection, threats). Background (the invasion, the U.N. embargo, the troop deployment, the
# carrier moves, anonymous officials' analysis, hypothetical Iraqi options) is non-required.
DOC = {"id": "d1", "source": "Wall Street Journal", "path": "../../../shared/corpus/tempeval3-train/TimeBank/WSJ900813-0157.tml"}
IRQ, USA, KWT, ISR, SAU, JOR = "IRQ", "USA", "KWT", "ISR", "SAU", "JOR"
SUN = dict(value="1990-08-12", earliest="1990-08-12", latest="1990-08-12")
SUN_B = dict(earliest="1990-08-12", latest="1990-08-12")
FRI = dict(value="1990-08-10", earliest="1990-08-10", latest="1990-08-10")
WEEKEND = dict(earliest="1990-08-11", latest="1990-08-12")
BEFORE = dict(latest="1990-08-13")
SADDAM = ("source", "Saddam Hussein", IRQ)
BUSH = ("source", "George Bush", USA)
EVENTS = [
 dict(id="proposal", summary="Saddam proposes to withdraw from Kuwait if Israel leaves the West Bank and Syria Lebanon",
      cameo="030", cameo_any=["03", "05", "01"], modality="occurred", when=SUN, actors=[SADDAM],
      mentions=[("in offering his first rough proposal for a negotiated end", "proposal"),
                ("announced yesterday that he will withdraw his troops from Kuwait", "announced"),
                ("he tried to entice Arab leaders with his proposal", "proposal")]),
 dict(id="withdraw", summary="Iraq would withdraw its troops from Kuwait only if Israel and Syria withdraw", cameo="087",
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"],
      when=dict(earliest="1990-08-12"), required=False,
      mentions=[("he will withdraw his troops from Kuwait only if", "withdraw")]),
 dict(id="kuwait_asked", summary="Kuwait's ousted government asks the U.S. to enforce the U.N. trade embargo on Iraq",
      cameo="020", cameo_any=["02"], modality="occurred", when=dict(latest="1990-08-12"),
      actors=[("source", "Kuwait", KWT), ("target", "United States", USA)],
      mentions=[("has formally asked the U.S. to enforce the total trade embargo", "asked"),
                ("the Kuwaiti request gives the U.S.", "request")]),
 dict(id="disclosed", summary="The White House discloses Kuwait's request", cameo="010", cameo_any=["*"],
      modality="occurred", when=SUN_B, required=False,
      mentions=[("The White House yesterday disclosed", "disclosed")]),
 dict(id="un_embargo", summary="The U.N. has imposed a total trade embargo on Iraq", cameo="163", cameo_any=["16"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("the total trade embargo the United Nations has imposed on Iraq", "imposed")]),
 dict(id="baker_said", summary="Baker says on ABC the request gives a legal basis for stopping Iraq's exports", cameo="010",
      cameo_any=["01"], modality="occurred", when=BEFORE,
      actors=[("source", "James Baker", USA)],
      mentions=[("speaking on ABC News' \"This Week,\" said", "said")]),
 dict(id="interdiction", summary="Interdiction of Iraqi shipments will begin almost instantly", cameo="191",
      cameo_any=["19", "16", "15"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="1990-08-12"),
      actors=[("source", "United States", USA), ("target", "Iraq", IRQ)],
      mentions=[("said that \"interdiction\" of Iraqi shipments would begin", "interdiction")]),
 dict(id="wh_statement", summary="The White House says it will do whatever is necessary to ensure compliance with the sanctions",
      cameo="010", cameo_any=["01", "13"], modality="occurred", when=BEFORE,
      actors=[("source", "White House", USA)],
      mentions=[("In a statement, the White House said it would do", "statement")]),
 dict(id="bush_everything", summary="Bush says the interdiction applies to everything and that the U.S. is trying to block shipping",
      cameo="010", cameo_any=["01", "13", "19"], modality="occurred", when=SUN, actors=[BUSH],
      mentions=[("President Bush implied as much yesterday", "implied"),
                ("Mr. Bush acknowledged that the U.S. and others were trying", "acknowledged")]),
 dict(id="block", summary="The U.S. and others try to block shipping to Iraq", cameo="191", cameo_any=["19", "16"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("were trying to block shipping to Iraq", "block")]),
 dict(id="anbari", summary="Iraq's U.N. ambassador al-Anbari says an embargo could plunge the U.S. into depression",
      cameo="010", cameo_any=["01", "13"], modality="occurred", when=BEFORE,
      actors=[("source", "Abdul Amir al-Anbari", IRQ)],
      mentions=[("Iraq's ambassador to the U.N., asserted that an embargo", "asserted")]),
 dict(id="holy_war", summary="Saddam calls on Arabs to rise up in a holy war against leaders who invited Western troops",
      cameo="020", cameo_any=["02", "13", "11", "01"], modality="occurred", when=FRI, actors=[SADDAM],
      mentions=[("by calling on Arabs to rise up in a holy war", "calling on")]),
 dict(id="invited_troops", summary="Arab leaders invited Western soldiers into Saudi Arabia", cameo=None, cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("leaders who invited American and other Western soldiers", "invited")]),
 dict(id="rejected", summary="The Bush administration categorically rejects the proposals", cameo="120",
      cameo_any=["12", "11"], modality="occurred", when=dict(earliest="1990-08-12", latest="1990-08-13"),
      actors=[("source", "Bush administration", USA), ("target", "Iraq", IRQ)],
      mentions=[("rejects the proposals", "rejects")]),
 dict(id="bush_replied", summary="Bush says he sees nothing pleasing in the proposal", cameo="010",
      cameo_any=["01", "12", "11"], modality="occurred", when=SUN, actors=[BUSH],
      mentions=[("replied: \"I don't see anything to be pleasing", "replied")]),
 dict(id="invasion", summary="The Iraqi invasion of Kuwait", cameo="190", cameo_any=["19", "20"], modality="occurred",
      when=BEFORE, required=False,
      mentions=[("managed to escape the Iraqi invasion", "invasion")]),
 dict(id="bandar", summary="Saudi ambassador Prince Bandar says the Saudi window of vulnerability is closing fast", cameo="010",
      cameo_any=["01"], modality="occurred", when=WEEKEND,
      actors=[("source", "Prince Bandar bin Sultan", SAU)],
      mentions=[("the Saudi ambassador to Washington, said over the weekend", "said")]),
 dict(id="israel_declared", summary="Israel declares it will respond to an Iraqi attack on Jordan", cameo="138",
      cameo_any=["13", "01"], modality="occurred", when=BEFORE,
      actors=[("source", "Israel", ISR), ("target", "Iraq", IRQ)],
      mentions=[("Israel has publicly declared that it will respond", "declared")]),
 dict(id="respond", summary="Israel would respond to an Iraqi attack on Jordan", cameo="190", cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "expected"], when=dict(earliest="1990-08-13"),
      required=False, mentions=[("it will respond to an Iraqi attack on Jordan", "respond")]),
 dict(id="dispatch", summary="Bush announced the dispatching of U.S. troops", cameo="010", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("President Bush announced the dispatching of U.S. troops", "announced")]),
 dict(id="kennedy", summary="The Pentagon confirms a fourth carrier could head for the Middle East", cameo="010",
      cameo_any=["*"], modality="occurred", when=WEEKEND, required=False,
      mentions=[("Pentagon officials confirmed reports that a fourth U.S. aircraft carrier", "confirmed")]),
]
LINKS = [
 ("proposal", "before", "rejected", True, ["before", "causes", "responds_to"]),
 ("holy_war", "before", "proposal", True, ["before"]),
 ("kuwait_asked", "before", "baker_said", False, ["before", "causes", "responds_to"]),
 ("kuwait_asked", "before", "interdiction", False, ["before", "causes"]),
]
