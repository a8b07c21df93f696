# Fourth fresh gold (held-out) for AQUAINT APW199980817.1193 (AP, dateline Dar es Salaam, DCT
# Monday 1998-08-17): Albright heads to East Africa after the embassy bombings; the State
# Department's travel warnings and the ordered departure from Pakistan; Pakistan hands over a
# suspect. Story group: embassy-bombings-1998 (the day before APW19980818.0515).
# "Tuesday" = 1998-08-18, "Monday" = 08-17, "Sunday" = 08-16, "On Friday" = 08-14,
# "over the weekend" = 08-15..08-16, "last week" = 08-10..08-16.
# Required: the trip, Albright's Monday statement (its messages are to Kenya and Tanzania), the
# lifted warning on Kenya, the worldwide caution, the warning on Pakistan, the ordered departure
# and the handover of the suspect. The bombings, Kenyans' complaints and the U.S. dispute of
# them, the vacation, the FBI's evidence and the Semtex remark are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW199980817.1193.tml"}
USA, TZA, KEN, PAK = "USA", "TZA", "KEN", "PAK"
TUE = dict(value="1998-08-18", earliest="1998-08-18", latest="1998-08-18")
MON = dict(value="1998-08-17", earliest="1998-08-17", latest="1998-08-17")
SUN = dict(value="1998-08-16", earliest="1998-08-16", latest="1998-08-16")
SUN_B = dict(earliest="1998-08-16", latest="1998-08-16")
FRI = dict(value="1998-08-14", earliest="1998-08-14", latest="1998-08-14")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
BEFORE = dict(latest="1998-08-17")
ALB = ("source", "Madeleine Albright", USA)
STATE = ("source", "State Department", USA)
EVENTS = [
 dict(id="trip", summary="Albright travels to Tanzania and Kenya", cameo="042",
      cameo_any=["04"], modality="occurred", modality_any=["occurred", "expected"], when=TUE,
      actors=[ALB, ("target", "Tanzania", TZA), ("target", "Kenya", KEN)],
      mentions=[("Madeleine Albright headed Tuesday to East Africa", "headed"),
                ("Albright's visit to East Africa was designed", "visit"),
                ("for the hastily planned trip to East Africa", "trip"),
                ("Just ahead of Albright's one-day trip", "trip")]),
 dict(id="said_monday", summary="Albright: a message of solidarity to the embassies, of friendship and support to Kenya and Tanzania", cameo="018",
      cameo_any=["01", "03", "05"], modality="occurred", when=MON,
      actors=[ALB, ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("Albright said Monday before leaving Andrews Air Force Base", "said")]),
 dict(id="bombings", summary="The Aug. 7 bombings of the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=AUG7, required=False,
      actors=[("target", "U.S. embassies", USA)],
      mentions=[("after the bombings that targeted U.S. embassies", "bombings"),
                ("the Aug. 7 bombings at American embassies in Kenya and Tanzania", "bombings")]),
 dict(id="complained", summary="Some Kenyans complain that rescuers gave priority to American victims", cameo="111",
      cameo_any=["11", "14"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Some Kenyans have complained", "complained")]),
 dict(id="disputed", summary="Albright and U.S. officials dispute the complaint", cameo="016",
      cameo_any=["01", "11", "12"], modality="occurred", when=BEFORE, required=False,
      actors=[ALB],
      mentions=[("have strongly disputed that notion", "disputed")]),
 dict(id="vacation", summary="Albright sets aside vacation plans", cameo=None,
      cameo_any=["*"], modality="occurred", when=FRI, required=False,
      mentions=[("Albright set aside vacation plans", "set aside")]),
 dict(id="lifted", summary="The State Department lifts its warning against travel to Kenya", cameo="081",
      cameo_any=["08", "03", "05"], modality="occurred", when=FRI,
      actors=[STATE, ("target", "Kenya", KEN)],
      mentions=[("the State Department lifted a warning against travel to Kenya", "lifted")]),
 dict(id="caution", summary="The State Department issues an updated worldwide caution to U.S. travelers", cameo="130",
      cameo_any=["13", "01"], modality="occurred", when=SUN, actors=[STATE],
      mentions=[("the State Department on Sunday issued an updated", "issued")]),
 dict(id="warned_pak", summary="A statement warns against all travel to Pakistan", cameo="130",
      cameo_any=["13", "01"], modality="occurred", when=SUN_B,
      actors=[STATE, ("target", "Pakistan", PAK)],
      mentions=[("An accompanying statement specifically warned", "warned")]),
 dict(id="departure", summary="The State Department orders non-emergency staff out of the embassy and consulates in Pakistan", cameo="166",
      cameo_any=["16"], modality="occurred", when=BEFORE,
      actors=[STATE, ("target", "Pakistan", PAK)],
      mentions=[("The State Department also ordered the departure", "ordered")]),
 dict(id="handed", summary="Pakistan hands a suspect in the embassy bombings over to Kenya", cameo="063",
      cameo_any=["06", "08", "17"], modality="occurred", when=dict(latest="1998-08-16"),
      actors=[("source", "Pakistan", PAK), ("target", "Kenya", KEN)],
      mentions=[("Pakistan handed over to Kenyan officials a suspect", "handed over")]),
 dict(id="evidence", summary="The first batch of evidence arrives at the FBI lab", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(earliest="1998-08-15", latest="1998-08-16"), required=False,
      mentions=[("The first batch of evidence from the Nairobi bombing arrived over the weekend", "arrived")]),
 dict(id="fbi_said", summary="FBI officials say the evidence is being analyzed", cameo="010",
      cameo_any=["*"], modality="occurred", when=MON, required=False,
      mentions=[("FBI officials said Monday", "said")]),
 dict(id="semtex", summary="A U.S. official says field tests suggest Semtex", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(earliest="1998-08-10", latest="1998-08-16"), required=False,
      mentions=[("A U.S. official said last week", "said")]),
]
LINKS = [
 ("handed", "before", "caution", True, ["before", "causes", "responds_to"]),
 ("bombings", "before", "trip", False, ["before", "causes", "responds_to"]),
 ("lifted", "before", "caution", False, ["before"]),
]
