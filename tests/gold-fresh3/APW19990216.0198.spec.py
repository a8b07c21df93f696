# Third fresh gold (held-out) for AQUAINT APW19990216.0198 (AP, Washington, published Tuesday
# 1999-02-16): Albright invites the Polish, Czech and Hungarian foreign ministers to the
# accession ceremony in Independence, Mo. Story group: NATO enlargement 1999.
# The accession is marked by the March 12 ceremony but not dated by the text itself: after the DCT.
# Truman's 1949 announcement ("50 years ago") is background, non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19990216.0198.tml"}
USA, POL, CZE, HUN = "USA", "POL", "CZE", "HUN"
MAR12 = dict(value="1999-03-12", earliest="1999-03-12", latest="1999-03-12")
EVENTS = [
 dict(id="invited", summary="Albright invites the three foreign ministers to the accession ceremony", cameo="036",
      cameo_any=["03", "04", "05", "02"], modality="occurred", when=dict(latest="1999-02-16"),
      actors=[("source", "Madeleine Albright", USA), ("target", "Poland", POL),
              ("target", "Czech Republic", CZE), ("target", "Hungary", HUN)],
      mentions=[("Madeleine Albright has invited the foreign ministers", "invited")]),
 dict(id="ceremony", summary="Ceremony at the Truman Library in Independence on March 12", cameo="043",
      cameo_any=["04", "05"], modality="expected", modality_any=["expected", "proposed"], when=MAR12,
      mentions=[("to a ceremony in Independence, Mo., on March 12", "ceremony"),
                ("The ceremony will take place at the Truman Presidential Library", "ceremony")]),
 dict(id="accession", summary="Accession of Poland, the Czech Republic and Hungary to NATO", cameo="057",
      cameo_any=["05", "06", "03"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="1999-02-16"),
      actors=[("source", "Poland", POL), ("source", "Czech Republic", CZE), ("source", "Hungary", HUN)],
      mentions=[("to mark the accession of the three countries", "accession")]),
 dict(id="truman", summary="Truman announces the creation of NATO 50 years ago", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(value="1949", earliest="1949-01-01", latest="1949-12-31"),
      required=False, mentions=[("the announcement by President Truman", "announcement")]),
 dict(id="state_said", summary="The State Department explains the choice of venue", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(latest="1999-02-16"), required=False,
      mentions=[("the State Department said", "said")]),
]
LINKS = [
 ("invited", "before", "ceremony", False, ["before"]),
]
