# Third fresh gold (held-out) for TimeBank ABC19980120.1830.0957 (ABC World News broadcast,
# DCT Tuesday 1998-01-20): analysis on the eve of the Pope's visit to Cuba: Castro invited
# John Paul; the U.S. embargo. Story group: Cuba-U.S.-Vatican 1998. Broadcast transcript, an
# outlet and genre not in the other sets. The visit is not dated by the text: after the DCT.
# The Holy See is given VAT. Required: Castro's invitation and the Pope's coming visit. The
# decades-long U.S. policy (attempts on Castro, the embargo, "would not tolerate") and Castro's
# general remarks are non-required (no time of their own).
DOC = {"id": "d1", "source": "ABC", "path": "../../../shared/corpus/tempeval3-train/TimeBank/ABC19980120.1830.0957.tml"}
CUB, VAT, USA = "CUB", "VAT", "USA"
BEFORE = dict(latest="1998-01-20")
EVENTS = [
 dict(id="invited", summary="Castro invited John Paul to come to Cuba", cameo="036",
      cameo_any=["03", "04", "05", "02"], modality="occurred", when=BEFORE,
      actors=[("source", "Fidel Castro", CUB), ("target", "John Paul", VAT)],
      mentions=[("Fidel Castro invited John Paul to come", "invited")]),
 dict(id="visit", summary="The Pope's visit to Cuba", cameo="042", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"], when=dict(earliest="1998-01-20"),
      actors=[("source", "John Paul", VAT), ("target", "Cuba", CUB)],
      mentions=[("widely advanced before the visit", "visit"),
                ("the risk that the Pope's visit will persuade", "visit")]),
 dict(id="hasten", summary="The U.S. has tried to hasten Castro's demise", cameo=None, cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("the US has tried to hasten it", "tried to hasten")]),
 dict(id="not_tolerate", summary="The U.S. has said it would not tolerate totalitarian rule in its backyard", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("the United States has said categorically", "said")]),
 dict(id="embargo", summary="The U.S. economic and political embargo on Cuba", cameo="163", cameo_any=["16"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("the US economic and political embargo", "embargo")]),
 dict(id="castro_christian", summary="Castro says one can be a Communist and a Christian", cameo="010", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("Castro has said that you can be a Communist", "said")]),
]
LINKS = [
 ("invited", "before", "visit", False, ["before", "causes"]),
]
