# Gold timeline for AQUAINT XIE19980808.0060 (Xinhua, dateline Nicosia Saturday 1998-08-08):
# Cyprus condemns the embassy bombings. Story group: embassy-bombings-1998.
# Convention of the group: one required "bombings" event for the twin attacks; sentences about
# only one of them are non-required events (they absorb a system that splits the two).
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980808.0060.tml"}
USA, CYP, KEN, TZA = "USA", "CYP", "KEN", "TZA"
SAT = dict(value="1998-08-08", earliest="1998-08-08", latest="1998-08-08")
FRI = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
SINCE = dict(earliest="1998-08-07", latest="1998-08-08")
EVENTS = [
 dict(id="condemn", summary="The Cypriot government condemns the bomb attacks as an atrocious crime",
      cameo="111", cameo_any=["11"], modality="occurred", when=SAT,
      actors=[("source", "Cypriot government", CYP)],
      mentions=[("The Cypriot government Saturday strongly condemned", "strongly condemned"),
                ("President Glafcos Clerides condemned the terrorist acts", "condemned the terrorist acts")]),
 dict(id="telegram", summary="Clerides sends a condolence telegram to Clinton", cameo="018",
      cameo_any=["018", "01"], modality="occurred", when=SINCE,
      actors=[("source", "Glafcos Clerides", CYP), ("target", "Bill Clinton", USA)],
      mentions=[("In a condolence telegram to U.S. President Bill Clinton", "condolence telegram"),
                ("extended his sympathy to the victims' families", "extended his sympathy")]),
 dict(id="telegrams", summary="Cyprus sends similar telegrams to the presidents of Kenya and Tanzania",
      cameo="018", cameo_any=["018", "01"], modality="occurred", when=SINCE,
      actors=[("source", "Cyprus government", CYP), ("target", "Kenya", KEN), ("target", "Tanzania", TZA)],
      mentions=[("Similar telegrams were sent by the Cyprus government", "telegrams were sent")]),
 dict(id="bombings", summary="Two bomb attacks on the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18"], modality="occurred", when=FRI, actors=[("target", "U.S. embassies", USA)],
      mentions=[("two terrorist bomb attacks in Kenya and Tanzania Friday", "bomb attacks"),
                ("The two bombings happened only minutes apart", "bombings happened")]),
 dict(id="nairobi", summary="A bomb rips through an office building next to the U.S. embassy in Nairobi",
      cameo="183", cameo_any=["18"], modality="occurred", when=FRI, required=False,
      actors=[("target", "U.S. embassy in Nairobi", USA)],
      mentions=[("a bomb ripped through an office building", "ripped through")]),
 dict(id="dar", summary="Car bomb attack outside the U.S. embassy in Dar es Salaam", cameo="183",
      cameo_any=["18"], modality="occurred", when=FRI, required=False,
      actors=[("target", "U.S. embassy in Dar es Salaam", USA)],
      mentions=[("in a car bomb attack on Friday outside the U.S. embassy", "car bomb attack")]),
 dict(id="died", summary="More than 100 people die, over 1,000 injured", cameo=None, cameo_any=["*"],
      modality="occurred", when=SINCE, required=False,
      mentions=[("More than 100 people have died", "have died"),
                ("Six people were also killed", "were also killed")]),
 dict(id="noclaim", summary="No one claims responsibility for the attacks", cameo="015", cameo_any=["015", "01"],
      modality="negated", when=dict(latest="1998-08-08"),
      mentions=[("No one has claimed responsibility for the attacks", "claimed responsibility")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "condemn", True, CAUSAL),
 ("bombings", "causes", "telegram", False, CAUSAL),
 ("bombings", "causes", "died", False, CAUSAL),
]
