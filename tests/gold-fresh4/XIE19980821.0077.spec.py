# Fourth fresh gold (held-out) for AQUAINT XIE19980821.0077 (Xinhua, dateline Nairobi August
# 21, DCT Friday 1998-08-21): FBI director Freeh says the U.S. raids on Afghanistan and Sudan
# are not directly linked to the embassy-bombings probe; Clinton's justification; the
# Taliban's refusal to extradite bin Laden. Story group: embassy-bombings-1998.
# "Friday" = 1998-08-21, "Thursday" = 08-20. The raids are bounded by Clinton's Thursday
# statement that he "had ordered" them.
# Required: Freeh's statement, his satisfaction with the cooperation, his visit to Dar es
# Salaam and meeting with the Kenyan police, the U.S. air raids, Clinton's statement, the U.S.
# demand for bin Laden's extradition and the Taliban's refusal. The bombings (two weeks
# earlier), the investigation, the arrests and identification reported by newspapers and local
# sources, and Freeh's flight home are non-required.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980821.0077.tml"}
USA, AFG, SDN, KEN, TZA = "USA", "AFG", "SDN", "KEN", "TZA"
FRI = dict(value="1998-08-21", earliest="1998-08-21", latest="1998-08-21")
FRI_B = dict(earliest="1998-08-21", latest="1998-08-21")
THU = dict(value="1998-08-20", earliest="1998-08-20", latest="1998-08-20")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
BEFORE = dict(latest="1998-08-21")
FREEH = ("source", "Louis Freeh", USA)
EVENTS = [
 dict(id="freeh_said", summary="Freeh says the air raids are not directly linked to the bombing probe", cameo="010",
      cameo_any=["01"], modality="occurred", when=FRI, actors=[FREEH],
      mentions=[("Louis Freeh said here Friday", "said"),
                ("said Freeh at a press conference", "said"),
                ("He said he cannot confirm", "said"),
                ("However, Freeh said although", "said")]),
 dict(id="raids", summary="U.S. air raids on Afghanistan and Sudan", cameo="195",
      cameo_any=["19", "18"], modality="occurred", when=dict(latest="1998-08-20"),
      actors=[("source", "United States", USA), ("target", "Afghanistan", AFG), ("target", "Sudan", SDN)],
      mentions=[("U.S. air raid on Afghanistan and Sudan", "raid"),
                ("he had ordered the strikes", "ordered"),
                ("that he had ordered the strikes", "strikes"),
                ("the terrorist facilities the U.S. raided in Sudan", "raided")]),
 dict(id="bombings", summary="The Aug. 7 bombings of the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=AUG7, required=False,
      mentions=[("the probe into the August 7 bombings in east Africa", "bombings"),
                ("linking the bomb blasts at the U.S. embassies", "blasts"),
                ("played key roles in the bomb attacks", "attacks")]),
 dict(id="nairobi", summary="The car bomb attack at the U.S. embassy in Nairobi kills 253", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=AUG7, required=False,
      mentions=[("The car bomb attack at the U.S. embassy in Nairobi", "attack")]),
 dict(id="dar", summary="A car bombing outside the U.S. embassy in Tanzania kills 10", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=AUG7, required=False,
      mentions=[("A nearly simultaneous car bombing outside the U.S. embassy in Tanzania", "bombing")]),
 dict(id="probe", summary="The FBI investigation of the bombings", cameo="091",
      cameo_any=["09"], modality="occurred", when=BEFORE, required=False,
      mentions=[("This is an investigation proceeding", "investigation")]),
 dict(id="flew", summary="Freeh flies to Washington after the press conference", cameo=None,
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("Freeh flew to Washington", "flew")]),
 dict(id="clinton_said", summary="Clinton says he ordered the strikes on convincing evidence", cameo="010",
      cameo_any=["01", "11", "19"], modality="occurred", when=THU,
      actors=[("source", "Bill Clinton", USA)],
      mentions=[("Bill Clinton said Thursday", "said")]),
 dict(id="toured", summary="Freeh tours Dar es Salaam", cameo="042",
      cameo_any=["04"], modality="occurred", when=THU, actors=[FREEH, ("target", "Tanzania", TZA)],
      mentions=[("After touring Tanzanian capital Dar es Salaam Thursday", "touring")]),
 dict(id="met_police", summary="Freeh meets Kenyan police leaders", cameo="040",
      cameo_any=["04"], modality="occurred", when=FRI, actors=[FREEH, ("target", "Kenyan police", KEN)],
      mentions=[("meeting with Kenyan police leaders Friday morning", "meeting")]),
 dict(id="satisfied", summary="Freeh is satisfied with the cooperation of the Kenyan and Tanzanian police", cameo="051",
      cameo_any=["05", "01"], modality="occurred", when=FRI_B,
      actors=[FREEH, ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("the FBI chief also said that he is very satisfied", "said"),
                ("he is very satisfied with the close and effective cooperation", "satisfied")]),
 dict(id="identified", summary="The grenade thrower is identified", cameo=None,
      cameo_any=["*"], modality="occurred", when=THU, required=False,
      mentions=[("was positively identified Thursday", "identified")]),
 dict(id="arrested", summary="Two more suspects, one Arab and one Sudanese, have been arrested", cameo="173",
      cameo_any=["17"], modality="occurred", when=BEFORE, required=False,
      mentions=[("who had been arrested", "arrested")]),
 dict(id="papers", summary="Kenya's newspapers report the identification", cameo="010",
      cameo_any=["*"], modality="occurred", when=FRI, required=False,
      mentions=[("Kenya's national newspapers reported Friday", "reported")]),
 dict(id="dispatched", summary="Bombers destined for Kenya were dispatched through Somalia and Rwanda", cameo=None,
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("were dispatched through Somalia and Rwanda", "dispatched")]),
 dict(id="jihad", summary="A senior official says an Egyptian Islamic Jihad group planned the attacks", cameo="112",
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("was quoted Friday by local media as saying", "saying")]),
 dict(id="demand", summary="The U.S. demands that Afghanistan extradite bin Laden", cameo="1013",
      cameo_any=["10", "02"], modality="occurred", when=BEFORE,
      actors=[("source", "United States", USA), ("target", "Afghanistan", AFG)],
      mentions=[("the U.S.'s demand for Laden's extradition", "demand")]),
 dict(id="refused", summary="The Taliban government refuses to extradite bin Laden", cameo="1243",
      cameo_any=["12"], modality="occurred", when=BEFORE,
      actors=[("source", "Taliban government", AFG), ("target", "United States", USA)],
      mentions=[("has been refused by the Taliban government", "refused")]),
]
LINKS = [
 ("demand", "before", "refused", True, ["before", "causes", "responds_to"]),
 ("bombings", "before", "raids", False, ["before", "causes", "responds_to"]),
 ("raids", "before", "clinton_said", False, ["before"]),
]
