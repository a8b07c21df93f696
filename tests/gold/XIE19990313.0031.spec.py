# Gold timeline for AQUAINT XIE19990313.0031 (Xinhua, dateline Washington Friday 1999-03-12; the
# DCT is 1999-03-13): Poland, Hungary and the Czech Republic join NATO. Story group: nato-1999.
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19990313.0031.tml"}
POL, HUN, CZE = "POL", "HUN", "CZE"
FRI = dict(value="1999-03-12", earliest="1999-03-12", latest="1999-03-12")
SAME_DAY = dict(earliest="1999-03-12", latest="1999-03-12")  # at Friday's ceremony, no date of its own
EVENTS = [
 dict(id="join", summary="Poland, Hungary and the Czech Republic formally join NATO", cameo="057",
      cameo_any=["05", "06", "03"], modality="occurred", when=FRI,
      actors=[("source", "Poland", POL), ("source", "Hungary", HUN), ("source", "Czech Republic", CZE),
              ("target", "NATO", None)],
      mentions=[("Poland, Hungary and the Czech Republic Friday formally joined NATO", "formally joined NATO")]),
 dict(id="ceremony", summary="Accession ceremony in Independence, Missouri", cameo=None, cameo_any=["*"],
      modality="occurred", when=FRI, required=False,
      mentions=[("at a ceremony held in the city of Independence", "ceremony held")]),
 dict(id="sign", summary="The three foreign ministers sign the documents of accession", cameo="057",
      cameo_any=["057", "05"], modality="occurred", when=SAME_DAY,
      actors=[("participant", "Bronislaw Geremek", POL), ("participant", "Janos Martonyi", HUN),
              ("participant", "Jan Kavan", CZE)],
      mentions=[("signed formal documents of accession", "signed")]),
 dict(id="speeches", summary="The ministers say NATO membership assures their security", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=SAME_DAY,
      actors=[("source", "Bronislaw Geremek", POL), ("source", "Janos Martonyi", HUN),
              ("source", "Jan Kavan", CZE)],
      mentions=[("In speeches before the signing ceremony, the ministers said", "the ministers said")]),
 dict(id="kavan", summary="Kavan says the Czech Republic will no longer be a powerless victim", cameo="010",
      cameo_any=["01"], modality="occurred", when=SAME_DAY, required=False,
      actors=[("source", "Jan Kavan", CZE)],
      mentions=[("Kavan said the Czech Republic would no longer become", "Kavan said")]),
 dict(id="martonyi", summary="Martonyi calls Hungary's admission a return to its natural habitat", cameo="010",
      cameo_any=["01"], modality="occurred", when=SAME_DAY, required=False,
      actors=[("source", "Janos Martonyi", HUN)],
      mentions=[("Martonyi called Hunragy's admission in NATO", "Martonyi called")]),
 dict(id="geremek", summary="Geremek calls it a great day for Poland", cameo="010", cameo_any=["01"],
      modality="occurred", when=SAME_DAY, required=False, actors=[("source", "Bronislaw Geremek", POL)],
      mentions=[("And Geremek said it was", "Geremek said")]),
]
LINKS = [
 ("speeches", "before", "sign", True, ["before"]),
 ("ceremony", "includes", "sign", False, ["includes", "simultaneous"]),
]
