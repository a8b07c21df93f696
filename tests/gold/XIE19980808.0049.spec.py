# Gold timeline for AQUAINT XIE19980808.0049 (Xinhua, dateline Washington Saturday 1998-08-08):
# Clinton vows to hunt down the embassy bombers. Story group: embassy-bombings-1998.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980808.0049.tml"}
USA, KEN, TZA = "USA", "KEN", "TZA"
SAT = dict(value="1998-08-08", earliest="1998-08-08", latest="1998-08-08")
FRI = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
SINCE = dict(earliest="1998-08-07", latest="1998-08-08")  # after Friday's bombings, by the DCT
EVENTS = [
 dict(id="vow", summary="Clinton vows to hunt down and bring to justice those responsible for the bombings",
      cameo="130", cameo_any=["13", "03", "01"], modality="occurred", when=SAT,
      actors=[("source", "Bill Clinton", USA)],
      mentions=[("President Bill Clinton Saturday vowed to hunt down", "vowed"),
                ("Clinton said in his weekly radio address", "said in his weekly radio address")]),
 dict(id="pursue", summary="The U.S. will pursue the terrorists until justice is done", cameo="173",
      cameo_any=["17", "*"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="1998-08-08"), required=False, actors=[("source", "United States", USA)],
      mentions=[("hunt down and bring to justice those who were responsible", "hunt down and bring to justice"),
                ("we will pursue terrorists until the cases are solved", "we will pursue terrorists")]),
 dict(id="victory", summary="Clinton says terrorism must not be given a victory", cameo="010",
      cameo_any=["01", "13"], modality="occurred", when=SAT, required=False,
      actors=[("source", "Bill Clinton", USA)],
      mentions=[("that would give terrorism a victory it must not and will not have,\" the president said", "the president said")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Nairobi and Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=FRI, actors=[("target", "U.S. embassies", USA)],
      mentions=[("the bombings of two U.S. embassies in Kenya and Tanzania", "bombings"),
                ("The Friday explosions at U.S. embassies in Nairobi", "explosions")]),
 dict(id="killed", summary="At least 110 people killed, more than 2,200 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=FRI, required=False,
      mentions=[("killed at least 110 people", "killed"),
                ("The 11 Americans were killed in Kenya", "were killed")]),
 dict(id="supplies", summary="The State Department sends medical supplies and investigators", cameo="073",
      cameo_any=["07", "09"], modality="occurred", when=SINCE,
      actors=[("source", "State Department", USA), ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("The State Department has sent medical and other supplies", "has sent")]),
 dict(id="fbi", summary="The FBI dispatches dozens of agents and bombing specialists", cameo="091",
      cameo_any=["09", "07"], modality="occurred", when=SINCE, actors=[("source", "FBI", USA)],
      mentions=[("The FBI also dispatched dozens of agents", "dispatched")]),
 dict(id="aircraft", summary="Aircraft take off with medical supplies and replacement personnel", cameo="073",
      cameo_any=["07", "*"], modality="occurred", when=SINCE, required=False,
      mentions=[("Aircraft have taken off from the United States", "have taken off")]),
 dict(id="rescue", summary="A rescue team is en route to Nairobi", cameo="073", cameo_any=["07", "*"],
      modality="occurred", when=SINCE, required=False, actors=[("source", "United States", USA)],
      mentions=[("A 62-member rescue team", "rescue team")]),
 dict(id="security", summary="U.S. embassies and installations ordered to tighten security", cameo="151",
      cameo_any=["15", "*"], modality="occurred", when=SINCE, required=False,
      actors=[("source", "United States", USA)],
      mentions=[("were ordered to set up barriers and tighten security systems", "ordered")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "vow", True, CAUSAL),
 ("bombings", "causes", "killed", False, CAUSAL),
 ("bombings", "causes", "supplies", False, CAUSAL),
 ("bombings", "causes", "fbi", False, CAUSAL),
 ("vow", "before", "pursue", False, ["before", "causes"]),
]
