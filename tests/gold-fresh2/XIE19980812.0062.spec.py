# Second fresh gold (held-out) for AQUAINT XIE19980812.0062 (Xinhua, dateline Washington
# August 11, DCT Tuesday 1998-08-11): Albright, meeting African envoys who offer condolences,
# praises Kenyan and Tanzanian cooperation after the embassy bombings. Story group:
# embassy-bombings-1998. The envoys' meeting and their condemnation are the same Tuesday
# occasion but not dated by the text (day bounds, no value).
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980812.0062.tml"}
USA, KEN, TZA, EGY, IRQ, SDN = "USA", "KEN", "TZA", "EGY", "IRQ", "SDN"
TUE = dict(value="1998-08-11", earliest="1998-08-11", latest="1998-08-11")
TUE_B = dict(earliest="1998-08-11", latest="1998-08-11")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
SINCE = dict(earliest="1998-08-07", latest="1998-08-11")
ALB = ("source", "Madeleine Albright", USA)
EVENTS = [
 dict(id="heartened", summary="Albright says she is heartened by cooperation from Kenya and Tanzania", cameo="051",
      cameo_any=["05", "01"], modality="occurred", when=TUE,
      actors=[ALB, ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("Albright said on Tuesday that she was heartened", "heartened")]),
 dict(id="condolences", summary="Envoys of 30 African countries come to the State Department to offer condolences",
      cameo="018", cameo_any=["01", "04"], modality="occurred", when=TUE_B,
      actors=[("source", "African envoys", None), ("target", "United States", USA)],
      mentions=[("who came to the State Department to offer condolences", "offer condolences")]),
 dict(id="thank", summary="Albright thanks the African governments for sharing information and tightening security",
      cameo="051", cameo_any=["*"], modality="occurred", when=TUE_B, required=False,
      mentions=[("I want to thank you for the help", "thank")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Nairobi and Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=AUG7, actors=[("target", "U.S. embassies", USA)],
      mentions=[("last Friday's bombings of U.S. embassies", "bombings"),
                ("The bombings at U.S embassies in Kenya and Tanzania have killed", "bombings")]),
 dict(id="killed", summary="More than 200 killed, over 5,000 wounded", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("have killed more than 200 people", "killed")]),
 dict(id="fbi", summary="The U.S. dispatches FBI agents to Africa to investigate", cameo="091",
      cameo_any=["09", "07", "06"], modality="occurred", when=SINCE,
      actors=[("source", "United States", USA)],
      mentions=[("The United States has dispatched FBI agents to Africa", "dispatched")]),
 dict(id="arrested", summary="Tanzanian police arrest 14 foreigners, six Iraqis and six Sudanese among them",
      cameo="173", cameo_any=["17"], modality="occurred", when=SINCE,
      actors=[("source", "Tanzanian police", TZA), ("target", "six Iraqis", IRQ), ("target", "six Sudanese", SDN)],
      mentions=[("they had arrested 14 foreigners", "arrested"),
                ("were rounded up because they failed", "rounded up")]),
 dict(id="reward", summary="Albright announces a reward of up to 2 million dollars for information on the bombers",
      cameo="010", cameo_any=["*"], modality="occurred",
      when=dict(value="1998-08-10", earliest="1998-08-10", latest="1998-08-10"), actors=[ALB],
      mentions=[("Albright announced on Monday to offer a reward", "announced")]),
 dict(id="visit", summary="Albright looks forward to visiting Kenya and Tanzania when it is no burden", cameo="042",
      cameo_any=["04", "03"], modality="expected", modality_any=["expected", "proposed", "hypothetical"],
      when=dict(earliest="1998-08-11"),
      actors=[ALB, ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("she looked forward to visiting Kenya and Tanzania", "visiting")]),
 dict(id="relationship", summary="Albright says the bombings will not prevent a strong new relationship with Africa",
      cameo="030", cameo_any=["*"], modality="occurred", when=TUE_B, required=False,
      mentions=[("She also said the bombings would not prevent", "said")]),
 dict(id="condemned", summary="The Egyptian ambassador, for the African envoys, condemns the bombings", cameo="111",
      cameo_any=["11"], modality="occurred", when=TUE_B,
      actors=[("source", "Ahmed Maher el-Sayed", EGY)],
      mentions=[("on behalf of the African envoys, condemned", "condemned")]),
 dict(id="strengthen", summary="Americans and Africans need to strengthen their cooperation against terrorism",
      cameo="020", cameo_any=["*"], modality="proposed", modality_any=["proposed", "occurred", "expected"],
      when=dict(earliest="1998-08-11"), required=False,
      mentions=[("need to strengthen their cooperation", "strengthen")]),
]
LINKS = [
 ("bombings", "causes", "condemned", True, ["causes", "responds_to", "before"]),
 ("bombings", "before", "condolences", False, ["before", "causes"]),
]
