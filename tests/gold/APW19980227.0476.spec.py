# Gold timeline for TimeBank APW19980227.0476 (AP, published Friday 1998-02-27): the World Court
# rejects U.S. and British objections to Libya's Lockerbie case. Story group: lockerbie (with the
# Pan Am 103 suspects in PRI19980205.2000.1890).
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/TimeBank/APW19980227.0476.tml"}
USA, GBR, LBY = "USA", "GBR", "LBY"
FRI = dict(value="1998-02-27", earliest="1998-02-27", latest="1998-02-27")
SAME_DAY = dict(earliest="1998-02-27", latest="1998-02-27")
Y1995 = dict(value="1995", earliest="1995-01-01", latest="1995-12-31")
EVENTS = [
 dict(id="ruling", summary="The World Court rejects U.S. and British objections to Libya's case", cameo="120",
      cameo_any=["12", "11"], modality="occurred", when=FRI,
      actors=[("source", "World Court", None), ("target", "United States", USA), ("target", "Britain", GBR)],
      mentions=[("The World Court Friday rejected U.S. and British objections", "rejected")]),
 dict(id="case", summary="Libya brings a case against the United States and Britain to the World Court",
      cameo="115", cameo_any=["115", "11"], modality="occurred", when=dict(latest="1995-12-31"),
      actors=[("source", "Libya", LBY), ("target", "United States", USA), ("target", "Britain", GBR)],
      mentions=[("Libya, which brought the case to the United Nations' highest judicial body", "brought the case")]),
 dict(id="blocked", summary="The case blocks the trial of two Libyan suspects", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="1998-02-27"), required=False,
      mentions=[("has blocked the trial of two Libyans", "blocked")]),
 dict(id="panam", summary="A Pan Am jumbo jet is blown up over Scotland", cameo="183", cameo_any=["18"],
      modality="occurred", modality_any=["occurred", "alleged"],
      when=dict(value="1988", earliest="1988-01-01", latest="1988-12-31"),
      actors=[("source", "two Libyan suspects", LBY), ("target", "Pan Am", USA)],
      mentions=[("suspected of blowing up a Pan Am jumbo jet over Scotland in 1988", "blowing up")]),
 dict(id="hailed", summary="Libya hails the ruling", cameo="051", cameo_any=["05", "01"], modality="occurred",
      when=SAME_DAY, actors=[("source", "Libya", LBY)],
      mentions=[("hailed the ruling", "hailed")]),
 dict(id="press", summary="Libya says it will press anew for a trial in a neutral country", cameo="020",
      cameo_any=["02", "03", "10"], modality="occurred", when=SAME_DAY, actors=[("source", "Libya", LBY)],
      mentions=[("said it would press anew for a trial", "said it would press anew")]),
 dict(id="trial", summary="Trial of the suspects in a third neutral country", cameo="063", cameo_any=["*"],
      modality="proposed", modality_any=["proposed", "expected"], when=dict(earliest="1998-02-27"),
      required=False, mentions=[("a trial in a third neutral country", "trial")]),
 dict(id="objections", summary="U.S. and British officials file objections to the court's jurisdiction",
      cameo="114", cameo_any=["11", "12"], modality="occurred", when=Y1995,
      actors=[("source", "United States", USA), ("source", "Britain", GBR), ("target", "Libya", LBY)],
      mentions=[("Both U.S. and British officials filed objections", "filed objections")]),
 dict(id="resolutions", summary="Security Council resolutions imposed on Libya to force the extradition",
      cameo="172", cameo_any=["17", "16", "10"], modality="occurred", when=dict(latest="1995-12-31"),
      actors=[("source", "UN Security Council", None), ("target", "Libya", LBY)],
      mentions=[("Security Council resolutions imposed on Lybia", "imposed")]),
 dict(id="extradition", summary="Extradition of the suspects", cameo="174", cameo_any=["*"], modality="proposed",
      modality_any=["proposed", "expected", "hypothetical"], when=dict(), required=False,
      mentions=[("to force the suspects' extradition", "extradition")]),
 dict(id="convention", summary="The 1971 Convention gives Libya the right to try the men", cameo="057",
      cameo_any=["*"], modality="occurred",
      when=dict(value="1971", earliest="1971-01-01", latest="1971-12-31"), required=False,
      mentions=[("a 1971 Convention which gives Libya the right", "Convention")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("objections", "causes", "ruling", True, CAUSAL),
 ("ruling", "causes", "hailed", True, CAUSAL),
 ("case", "before", "objections", False, ["before", "causes"]),
 ("panam", "before", "case", False, ["before", "causes"]),
 ("resolutions", "causes", "objections", False, CAUSAL),
]
