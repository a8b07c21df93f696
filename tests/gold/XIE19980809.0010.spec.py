# Gold timeline for AQUAINT XIE19980809.0010 (Xinhua, dateline Tehran Saturday 1998-08-08):
# Iran condemns the embassy bombings. Story group: embassy-bombings-1998.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19980809.0010.tml"}
USA, IRN = "USA", "IRN"
SAT = dict(value="1998-08-08", earliest="1998-08-08", latest="1998-08-08")
FRI = dict(value="1998-08-07", earliest="1998-08-07", latest="1998-08-07")
EVENTS = [
 dict(id="condemn", summary="Iran condemns the bombing of U.S. embassies in Kenya and Tanzania",
      cameo="111", cameo_any=["11"], modality="occurred", when=SAT, actors=[("source", "Iran", IRN)],
      mentions=[("Iran Saturday condemned the bombing", "condemned"),
                ("Mahmoud Mohammadi said that Iran condemns any acts", "Iran condemns any acts")]),
 dict(id="sympathy", summary="Iran expresses sympathy for the victims' families", cameo="018",
      cameo_any=["018", "01"], modality="occurred", when=SAT, actors=[("source", "Iran", IRN)],
      mentions=[("expressed sympathy for the families of the victims", "expressed sympathy")]),
 dict(id="hope", summary="Iran hopes terrorism will be uprooted through international cooperation",
      cameo="022", cameo_any=["02", "01", "03"], modality="occurred",
      when=dict(earliest="1998-08-07", latest="1998-08-08"), actors=[("source", "Mahmoud Mohammadi", IRN)],
      mentions=[("He expressed hope the", "expressed hope")]),
 dict(id="uproot", summary="Terrorism uprooted by an international campaign", cameo=None, cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=dict(earliest="1998-08-08"), required=False,
      mentions=[("will be uprooted with an all-out campaign", "uprooted")]),
 dict(id="bombings", summary="Blasts next to the U.S. embassies in Kenya and Tanzania", cameo="183",
      cameo_any=["18"], modality="occurred", when=FRI, actors=[("target", "U.S. embassies", USA)],
      mentions=[("the bombing of U.S. embassies in Kenya and Tanzania", "bombing"),
                ("in the blasts next to the U.S. embassies", "blasts")]),
 dict(id="killed", summary="More than 100 killed and 1,000 wounded", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(earliest="1998-08-07", latest="1998-08-08"), required=False,
      mentions=[("More than 100 people have been killed", "have been killed")]),
 dict(id="noclaim", summary="No one claims responsibility", cameo="015", cameo_any=["015", "01"],
      modality="negated", when=dict(latest="1998-08-08"),
      mentions=[("No one has claimed responsibility", "claimed responsibility")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("bombings", "causes", "condemn", True, CAUSAL),
 ("bombings", "causes", "sympathy", False, CAUSAL),
 ("bombings", "causes", "killed", False, CAUSAL),
]
