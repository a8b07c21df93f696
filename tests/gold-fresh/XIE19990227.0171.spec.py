# Fresh gold (held-out) for AQUAINT XIE19990227.0171 (Xinhua, dateline Warsaw February 26, DCT
# 1999-02-27): the Polish and Czech presidents sign NATO accession papers.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19990227.0171.tml"}
POL, CZE, HUN, USA = "POL", "CZE", "HUN", "USA"
MAR12 = dict(value="1999-03-12", earliest="1999-03-12", latest="1999-03-12")
EVENTS = [
 dict(id="sign", summary="The Polish and Czech presidents sign papers of accession to NATO", cameo="057",
      cameo_any=["05"], modality="occurred", when=dict(latest="1999-02-26"),
      actors=[("participant", "Aleksander Kwasniewski", POL), ("participant", "Vaclav Havel", CZE)],
      mentions=[("have signed papers of accession", "signed"),
                ("Vaclav Havel signed the preparatory documents", "signed")]),
 dict(id="ceremonies", summary="Simultaneous ceremonies in Warsaw and Prague", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="1999-02-26"), required=False,
      mentions=[("in simultaneous ceremonies", "ceremonies")]),
 dict(id="present", summary="Defense Minister Onyszkiewicz attends the ceremony", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="1999-02-26"), required=False,
      mentions=[("were also present at the ceremony", "present")]),
 dict(id="invited", summary="NATO invites the three countries in Madrid in July 1997", cameo="050",
      cameo_any=["05", "03", "04"], modality="occurred",
      when=dict(value="1997-07", earliest="1997-07-01", latest="1997-07-31"),
      actors=[("source", "NATO", None), ("target", "Poland", POL), ("target", "Czech Republic", CZE),
              ("target", "Hungary", HUN)],
      mentions=[("who were invited to join NATO in Madrid in July 1997", "invited")]),
 dict(id="join", summary="The three countries will officially join NATO on March 12", cameo="057",
      cameo_any=["05", "06", "03"], modality="expected", modality_any=["expected", "proposed"], when=MAR12,
      actors=[("source", "Poland", POL), ("source", "Czech Republic", CZE), ("source", "Hungary", HUN),
              ("target", "NATO", None)],
      mentions=[("will officially join NATO on March 12", "join")]),
 dict(id="goencz", summary="Hungarian president Goencz signs the accession document on February 10",
      cameo="057", cameo_any=["05"], modality="occurred",
      when=dict(value="1999-02-10", earliest="1999-02-10", latest="1999-02-10"),
      actors=[("source", "Arpad Goencz", HUN)],
      mentions=[("Arpad Goencz signed Budapest's accession document", "signed")]),
 dict(id="invite", summary="Albright invites Polish Foreign Minister Geremek to visit the United States",
      cameo="043", cameo_any=["04", "03", "05"], modality="occurred", when=dict(latest="1999-02-26"),
      actors=[("source", "Madeleine Albright", USA), ("target", "Bronisaw Geremek", POL)],
      mentions=[("Madeleine Albright has invited Polish Foreign Minister", "invited")]),
 dict(id="travel", summary="Geremek will travel to Washington on March 12 to submit the document", cameo="042",
      cameo_any=["04", "05"], modality="expected", modality_any=["expected", "proposed"], when=MAR12,
      actors=[("source", "Bronisaw Geremek", POL), ("target", "United States", USA)],
      mentions=[("He will then travel to Washington DC on March 12", "travel")]),
]
LINKS = [
 ("invite", "causes", "travel", True, ["causes", "responds_to", "before"]),
 ("goencz", "before", "sign", False, ["before"]),
 ("invited", "before", "join", False, ["before", "causes"]),
]
