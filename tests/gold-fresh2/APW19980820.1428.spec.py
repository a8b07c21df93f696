# Second fresh gold (held-out) for AQUAINT APW19980820.1428 (AP, Wellington, DCT Thursday
# 1998-08-20): New Zealand backs the U.S. missile strikes on Sudan and Afghanistan.
# Story group: embassy-bombings-1998 (retaliation). The story's "Friday" is New Zealand's
# Friday, 1998-08-21, one day after the DCT (the strikes are "Thursday", the 20th).
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19980820.1428.tml"}
USA, NZL, AFG, SDN = "USA", "NZL", "AFG", "SDN"
FRI = dict(value="1998-08-21", earliest="1998-08-21", latest="1998-08-21")
THU = dict(value="1998-08-20", earliest="1998-08-20", latest="1998-08-20")
AUG7 = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="backs", summary="New Zealand says the U.S. had the right to defend its citizens; it appreciates the steps taken",
      cameo="052", cameo_any=["05", "01"], modality="occurred", when=FRI,
      actors=[("source", "New Zealand", NZL), ("target", "United States", USA)],
      mentions=[("New Zealand said Friday in response to U.S. missile attacks", "said"),
                ("New Zealand appreciates and understands the steps", "appreciates")]),
 dict(id="mckinnon", summary="McKinnon says the bombings show terrorism is an indiscriminate killer", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(earliest="1998-08-20", latest="1998-08-21"), required=False,
      mentions=[("Foreign Minister Don McKinnon said that terrorist bombings", "said")]),
 dict(id="strikes", summary="U.S. forces launch cruise missile strikes on camps in Afghanistan and a plant in Sudan",
      cameo="195", cameo_any=["19", "18"], modality="occurred", when=THU,
      actors=[("source", "United States", USA), ("target", "Afghanistan", AFG), ("target", "Sudan", SDN)],
      mentions=[("U.S. forces Thursday launched cruise missile strikes", "strikes"),
                ("in response to U.S. missile attacks", "attacks")]),
 dict(id="bombings", summary="Bombings of the U.S. embassies in Nairobi and Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=AUG7, actors=[("target", "U.S. embassies", USA)],
      mentions=[("terrorist bombings this month of U.S. embassies", "bombings"),
                ("The embassy bombings, on Aug. 7", "bombings")]),
 dict(id="killed", summary="247 killed in Kenya and 10 in Tanzania", cameo=None, cameo_any=["*"],
      modality="occurred", when=AUG7, required=False,
      mentions=[("killed 247 people in Kenya", "killed")]),
 dict(id="intel", summary="McKinnon's spokeswoman says the U.S. had very good intelligence linking the sites",
      cameo="010", cameo_any=["*"], modality="occurred", when=dict(earliest="1998-08-20", latest="1998-08-21"),
      required=False, mentions=[("McKinnon's spokeswoman said the United States", "said")]),
]
LINKS = [
 ("bombings", "causes", "strikes", True, ["causes", "responds_to", "before"]),
 ("strikes", "causes", "backs", True, ["causes", "responds_to", "before"]),
]
