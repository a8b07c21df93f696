# Fourth fresh gold (held-out) for AQUAINT APW19990312.0251 (AP, dateline Independence, Mo.,
# published Friday 1999-03-12): Poland, Hungary and the Czech Republic become NATO members at the
# Truman Library; the foreign ministers' and Albright's remarks; Russia's objection.
# Story group: NATO enlargement 1999 (the ceremony announced in tests/gold-fresh3's
# APW19990216.0198). "today" = 1999-03-12. The ministers' remarks were made at the ceremony but
# the text gives them no day of their own: bounded by the DCT.
# Required: the accession, Albright's acceptance of the papers, Geremek's call to keep the door
# open and Ivanov's objection. Kavan's and Martonyi's remarks, the State Department's and
# Solana's statements, Gorbachev's view, the April summit and the history (NATO's founding,
# earlier enlargements, 1968, Churchill's 1946 speech, Bosnia) are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/APW19990312.0251.tml"}
USA, POL, CZE, HUN, RUS = "USA", "POL", "CZE", "HUN", "RUS"
TODAY = dict(value="1999-03-12", earliest="1999-03-12", latest="1999-03-12")
TODAY_B = dict(earliest="1999-03-12", latest="1999-03-12")
BEFORE = dict(latest="1999-03-12")
THREE = [("source", "Poland", POL), ("source", "Hungary", HUN), ("source", "Czech Republic", CZE)]
EVENTS = [
 dict(id="joined", summary="Poland, Hungary and the Czech Republic become full members of NATO", cameo="057",
      cameo_any=["05", "06", "03"], modality="occurred", when=TODAY,
      actors=THREE + [("target", "NATO", None)],
      mentions=[("the Czech Republic today became full-fledged members of NATO", "became"),
                ("marking their formal entry into the 50-year-old alliance", "entry")]),
 dict(id="accepted", summary="Albright accepts the admission papers from the three foreign ministers", cameo="057",
      cameo_any=["05", "04", "03", "06"], modality="occurred", when=TODAY_B,
      actors=[("source", "Madeleine Albright", USA), ("target", "Poland", POL), ("target", "Hungary", HUN),
              ("target", "Czech Republic", CZE)],
      mentions=[("Madeleine Albright accepted admission papers", "accepted")]),
 dict(id="ceremony", summary="The ceremony takes place at the Truman Library", cameo="043",
      cameo_any=["04", "05"], modality="occurred", when=TODAY_B, required=False,
      mentions=[("the ceremony took place at the Harry S. Truman Library", "ceremony")]),
 dict(id="exclaimed", summary="Albright exclaims Hallelujah", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=TODAY_B, required=False,
      actors=[("source", "Madeleine Albright", USA)],
      mentions=[("Albright exclaimed", "exclaimed")]),
 dict(id="martonyi", summary="Martonyi: Hungary has come home", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "Janos Martonyi", HUN)],
      mentions=[("said Hungarian Foreign Minister Janos Martonyi", "said")]),
 dict(id="kavan", summary="Kavan: the accession is a guarantee against foreign invasion", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "Jan Kavan", CZE)],
      mentions=[("foreign invasion,'' Kavan said", "said")]),
 dict(id="kavan_1968", summary="Kavan says he was in Kansas City in 1968", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Czech Foreign Minister Jan Kavan said he was in nearby Kansas City", "said")]),
 dict(id="prague_1968", summary="Soviet troops occupy Czechoslovakia in 1968", cameo="192",
      cameo_any=["*"], modality="occurred", when=dict(value="1968", earliest="1968-01-01", latest="1968-12-31"),
      required=False, mentions=[("Russian troops swept through Praque in the occupation of Czechoslovakia", "occupation")]),
 dict(id="geremek", summary="Geremek calls for keeping NATO's door open to others", cameo="010",
      cameo_any=["01", "02", "03", "05"], modality="occurred", when=BEFORE,
      actors=[("source", "Bronislaw Geremek", POL)],
      mentions=[("Polish Foreign Minister Bronislaw Geremek said", "said")]),
 dict(id="founded", summary="NATO is founded in 1949", cameo="057",
      cameo_any=["*"], modality="occurred", when=dict(value="1949", earliest="1949-01-01", latest="1949-12-31"),
      required=False, mentions=[("the North Atlantic Treaty Organization was founded", "founded")]),
 dict(id="expanded", summary="NATO is expanded to Greece and Turkey (1952), Germany (1955) and Spain (1982)", cameo="057",
      cameo_any=["*"], modality="occurred", when=dict(earliest="1952-01-01", latest="1982-12-31"), required=False,
      mentions=[("it has been expanded to include Greece and Turkey in 1952", "expanded")]),
 dict(id="summit", summary="A NATO summit is set for Washington in April", cameo="043",
      cameo_any=["04", "05"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="1999-04", earliest="1999-04-01", latest="1999-04-30"), required=False,
      mentions=[("a NATO summit set for Washington in April", "summit")]),
 dict(id="churchill", summary="Churchill's Iron Curtain speech at Fulton on March 5, 1946", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(value="1946-03-05", earliest="1946-03-05", latest="1946-03-05"),
      required=False, mentions=[("Winston Churchill warned about in his famous", "warned"),
                                ("speech delivered on March 5, 1946", "speech")]),
 dict(id="bosnia", summary="NATO warplanes helped end the war in Bosnia almost four years ago", cameo="195",
      cameo_any=["*"], modality="occurred", when=dict(latest="1999-03-12"), required=False,
      mentions=[("NATO warplanes helped end the war in Bosnia", "helped")]),
 dict(id="kosovo", summary="NATO is poised to intervene in Yugoslavia should Kosovo peace efforts fail", cameo="138",
      cameo_any=["13", "15", "19"], modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=dict(earliest="1999-03-12"), required=False,
      mentions=[("now are poised to intervene in Yugoslavia", "intervene")]),
 dict(id="state_dept", summary="The State Department says the new members enhance NATO's ability", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "State Department", USA)],
      mentions=[("The State Department says the three new members", "says")]),
 dict(id="solana", summary="Solana: the accession shows Europe is growing closer together", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=BEFORE, required=False,
      actors=[("source", "Javier Solana", None)],
      mentions=[("NATO Secretary General Javier Solana says", "says")]),
 dict(id="gorbachev", summary="Gorbachev says the push east rejects the common European security system", cameo="111",
      cameo_any=["01", "11"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Mikhail Gorbachev says the push east", "says")]),
 dict(id="ivanov", summary="Ivanov calls NATO's eastward extension a movement in the wrong direction", cameo="111",
      cameo_any=["11", "01", "12"], modality="occurred", when=BEFORE,
      actors=[("source", "Igor Ivanov", RUS)],
      mentions=[("Russian Foreign Minister Igor Ivanov calls extending NATO membership", "calls"),
                ("he was quoted as saying", "saying")]),
]
LINKS = [
 ("accepted", "simultaneous", "joined", False, ["simultaneous", "includes", "causes", "before"]),
 ("founded", "before", "joined", False, ["before"]),
]
