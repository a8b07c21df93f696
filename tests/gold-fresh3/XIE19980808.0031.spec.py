# Third fresh gold (held-out) for AQUAINT XIE19980808.0031 (Xinhua, dateline Johannesburg
# August 7, DCT 1998-08-08): South Africa deplores the embassy bombings in Nairobi and Dar es
# Salaam and sends condolences. Story group: embassy-bombings-1998. "Friday" = the
# dateline's day 1998-08-07 (also "earlier in the day", "Friday morning").
# Required: South Africa's condemnation and condolences, and the twin blasts. The two blasts
# are also reported one by one (non-required); the injured and casualty figures are non-required.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980808.0031.tml"}
USA, ZAF = "USA", "ZAF"
FRI = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
FRI_B = dict(earliest="1998-08-07", latest="1998-08-07")
SA = ("source", "South Africa", ZAF)
EVENTS = [
 dict(id="deplored", summary="South Africa deplores the bomb blasts at the U.S. embassies", cameo="111",
      cameo_any=["11"], modality="occurred", when=FRI, actors=[SA],
      mentions=[("South Africa deplored Friday the bomb blasts", "deplored"),
                ("The South African government deplores these senseless acts", "deplores"),
                ("A statement by the Foreign Affairs Department described the attacks as senseless", "described")]),
 dict(id="condolences", summary="South Africa expresses its condolences to the victims", cameo="018",
      cameo_any=["01"], modality="occurred", when=FRI_B, actors=[SA],
      mentions=[("would like to express its condolences to the victims", "express")]),
 dict(id="blasts", summary="Bomb blasts outside the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=FRI,
      actors=[("target", "U.S. embassies", USA)],
      mentions=[("the bomb blasts which killed scores of people", "blasts")]),
 dict(id="nairobi", summary="A massive blast damages the U.S. embassy in Nairobi", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=FRI, required=False,
      mentions=[("a massive blast damaged the U.S. embassy in Nairobi", "blast")]),
 dict(id="dar", summary="An explosion near the American embassy in Dar es Salaam kills at least four", cameo="183",
      cameo_any=["18", "19"], modality="occurred", when=FRI, required=False,
      mentions=[("were killed in an explosion that took place near the American embassy", "explosion")]),
 dict(id="injured", summary="Kenya's trade minister and the U.S. ambassador are injured in the blast", cameo=None,
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("Prudence Bushnell were injured in the blast", "injured")]),
 dict(id="no_sa", summary="The Department says no South Africans were affected", cameo="010",
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("the South African Foreign Affairs Department said", "said")]),
]
LINKS = [
 ("blasts", "before", "deplored", True, ["before", "causes", "responds_to"]),
]
