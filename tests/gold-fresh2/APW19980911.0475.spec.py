# Second fresh gold (held-out) for AQUAINT APW19980911.0475 (AP, Dar es Salaam, published
# Friday 1998-09-11): Tanzania expels five Iraqis and a Libyan questioned over the embassy
# bombings. Story group: embassy-bombings-1998 (investigation). The expulsion is reported Friday
# but not dated (latest = DCT). Police work (raids, findings) is non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980911.0475.tml"}
USA, TZA, IRQ, LBY, SAU = "USA", "TZA", "IRQ", "LBY", "SAU"
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
SINCE = dict(earliest="1998-08-07", latest="1998-09-11")
EVENTS = [
 dict(id="expelled", summary="Tanzania expels five Iraqis and a Libyan questioned over the bombings", cameo="174",
      cameo_any=["17", "16"], modality="occurred", when=SINCE,
      actors=[("source", "Tanzania", TZA), ("target", "five Iraqis", IRQ), ("target", "Atif Issa Enhamed", LBY)],
      mentions=[("Tanzania expelled five Iraqis and a Libyan", "expelled"),
                ("Five Iraqis, whose names were not disclosed, also were deported", "deported"),
                ("It gave no reason for the expulsions", "expulsions")]),
 dict(id="escorted", summary="Immigration officials escort the Libyan to the airport", cameo="174",
      cameo_any=["*"], modality="occurred", when=SINCE, required=False,
      mentions=[("Immigration officials escorted the Libyan", "escorted")]),
 dict(id="questioned", summary="The FBI and police question the six", cameo="091", cameo_any=["*"],
      modality="occurred", when=SINCE, required=False,
      mentions=[("who were questioned by the FBI and police", "questioned")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Nairobi and Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=AUG7, actors=[("target", "U.S. embassies", USA)],
      mentions=[("the bombing of two U.S. embassies in East Africa last month", "bombing"),
                ("Nearly simultaneous bombings at U.S. embassies", "bombings")]),
 dict(id="killed", summary="258 killed, more than 5,500 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("on Aug. 7 killed 258 people", "killed")]),
 dict(id="handed", summary="Two key suspects in the Kenya bombing are handed over to the U.S. for trial",
      cameo="063", cameo_any=["06", "08", "17"], modality="occurred", when=SINCE,
      actors=[("target", "United States", USA)],
      mentions=[("have been handed over to the United States for trial", "handed over")]),
 dict(id="allege", summary="U.S. authorities allege the attacks were plotted by Osama bin Laden", cameo="112",
      cameo_any=["11"], modality="occurred", when=dict(latest="1998-09-11"),
      actors=[("source", "American authorities", USA), ("target", "Osama bin Laden", SAU)],
      mentions=[("American authorities allege the attacks were plotted", "allege")]),
 dict(id="discoveries", summary="Tanzanian police and FBI agents say they made extraordinary discoveries",
      cameo="010", cameo_any=["*"], modality="occurred",
      when=dict(value="1998-09-06", earliest="1998-09-06", latest="1998-09-06"), required=False,
      mentions=[("Tanzanian police and FBI agents said they had made", "said")]),
 dict(id="refused", summary="They refuse to provide details", cameo="011", cameo_any=["*"], modality="occurred",
      when=dict(value="1998-09-06", earliest="1998-09-06", latest="1998-09-06"), required=False,
      mentions=[("They refused to provide details", "refused")]),
 dict(id="raided", summary="Comoros police raid two homes searching for a bombing suspect", cameo="173",
      cameo_any=["*"], modality="occurred",
      when=dict(value="1998-09-02", earliest="1998-09-02", latest="1998-09-02"), required=False,
      mentions=[("raided two homes and searched for a suspect", "raided")]),
]
LINKS = [
 ("bombings", "before", "handed", False, ["before", "causes"]),
 ("questioned", "before", "expelled", False, ["before", "causes"]),
]
