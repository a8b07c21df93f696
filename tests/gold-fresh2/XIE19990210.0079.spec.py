# Second fresh gold (held-out) for AQUAINT XIE19990210.0079 (Xinhua, dateline Brussels
# February 10, DCT Wednesday 1999-02-10): NATO decides to admit Poland, Hungary and the Czech
# Republic in early March. Story group: NATO enlargement 1999. "Early March" gets the month
# (value 1999-03, bounds the whole month: no exact date was fixed).
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19990210.0079.tml"}
POL, HUN, CZE = "POL", "HUN", "CZE"
MARCH = dict(value="1999-03", earliest="1999-03-01", latest="1999-03-31")
SUMMIT = dict(earliest="1999-04-24", latest="1999-04-25")
THREE = [("target", "Poland", POL), ("target", "Hungary", HUN), ("target", "Czech Republic", CZE)]
EVENTS = [
 dict(id="decided", summary="NATO decides to admit Poland, Hungary and the Czech Republic in early March",
      cameo="050", cameo_any=["05", "03", "06"], modality="occurred", when=dict(latest="1999-02-10"),
      actors=[("source", "NATO", None)] + THREE,
      mentions=[("has decided to admit Poland, Hungary and the Czech Republic", "decided")]),
 dict(id="accession", summary="The three countries' accession to NATO in early March", cameo="057",
      cameo_any=["05", "06", "03"], modality="expected", modality_any=["expected", "proposed"], when=MARCH,
      actors=[("source", "Poland", POL), ("source", "Hungary", HUN), ("source", "Czech Republic", CZE),
              ("target", "NATO", None)],
      mentions=[("the accession was planned for early March", "accession"),
                ("The March accession will enable", "accession")]),
 dict(id="ceremony", summary="A ceremonial accession will be held at the NATO Washington summit", cameo="057",
      cameo_any=["05", "04", "06"], modality="expected", modality_any=["expected", "proposed"], when=SUMMIT,
      mentions=[("a ceremonial accession would still be held", "ceremonial accession")]),
 dict(id="summit", summary="NATO summit in Washington on April 24 and 25", cameo="043", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"], when=SUMMIT,
      actors=[("participant", "NATO", None)],
      mentions=[("at the NATO Washington summit on April 24 and 25", "summit")]),
 dict(id="signing", summary="The three become eligible to sign the summit documents", cameo="057",
      cameo_any=["*"], modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=SUMMIT, required=False,
      mentions=[("eligible for signing the summit documents", "signing")]),
 dict(id="invited", summary="NATO invites the three countries to join at the Madrid summit in July 1997", cameo="050",
      cameo_any=["05", "03", "04", "02"], modality="occurred",
      when=dict(value="1997-07", earliest="1997-07-01", latest="1997-07-31"),
      actors=[("source", "NATO", None)] + THREE,
      mentions=[("The western military alliance invited the three", "invited")]),
 dict(id="ratified", summary="The Hungarian parliament ratifies the accession treaty on Tuesday", cameo="057",
      cameo_any=["05", "*"], modality="occurred",
      when=dict(value="1999-02-09", earliest="1999-02-09", latest="1999-02-09"),
      actors=[("source", "Hungarian parliament", HUN)],
      mentions=[("after the Hungarian parliament ratified the accession treaty", "ratified")]),
 dict(id="formalities", summary="The three countries finish all formalities for accession", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(earliest="1999-02-09", latest="1999-02-10"), required=False,
      mentions=[("have finished all necessary formalities", "finished")]),
 dict(id="applying", summary="Six more countries apply for NATO membership", cameo="020", cameo_any=["*"],
      modality="occurred", when=dict(latest="1999-02-10"), required=False,
      mentions=[("Also applying for NATO membership", "applying")]),
]
LINKS = [
 ("ratified", "before", "formalities", False, ["before", "causes"]),
 ("invited", "before", "decided", False, ["before"]),
]
