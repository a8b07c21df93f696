# Third fresh gold (held-out) for AQUAINT XIE19990313.0173 (Xinhua, dateline Budapest March 12,
# DCT 1999-03-13): Hungary, Poland and the Czech Republic enter NATO; Orban, Gencz and the
# three ambassadors speak. Story group: NATO enlargement 1999 (another outlet than
# tests/gold-fresh2/NYT19990312.0271). "Friday" = the dateline's day 1999-03-12.
# Required: the accession and the statements of the Hungarian leaders and of the three
# ambassadors. Orban's second remark, the celebrations and the domestic parties' positions
# are non-required. The 1945 Yalta accord is background (not annotated).
DOC = {"id": "d1", "source": "Xinhua", "path": "../../../shared/corpus/tempeval3-train/AQUAINT/XIE19990313.0173.tml"}
HUN, POL, CZE = "HUN", "POL", "CZE"
FRI = dict(value="1999-03-12", earliest="1999-03-12", latest="1999-03-12")
FRI_B = dict(earliest="1999-03-12", latest="1999-03-12")
EVENTS = [
 dict(id="accession", summary="Hungary, Poland and the Czech Republic accede to NATO", cameo="057",
      cameo_any=["05", "06", "03"], modality="occurred", when=FRI,
      actors=[("source", "Hungary", HUN), ("source", "Poland", POL), ("source", "Czech Republic", CZE),
              ("target", "NATO", None)],
      mentions=[("Hungary's accession to NATO has brought about", "accession"),
                ("to mark the country's entry into NATO on Friday", "entry"),
                ("to accede to NATO on Friday", "accede")]),
 dict(id="orban", summary="Orban says the accession has shattered the Yalta configuration", cameo="010",
      cameo_any=["01"], modality="occurred", when=FRI, actors=[("source", "Viktor Orban", HUN)],
      mentions=[("Hungarian Prime Minister Viktor Orban said here Friday", "said")]),
 dict(id="orban_liaison", summary="Orban at the flag-lowering ceremony: the embassy's liaison mission ends", cameo="010",
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("Orban said the occasion indicated the end", "said")]),
 dict(id="celebrations", summary="The Hungarian government stages celebrations to mark the entry", cameo=None,
      cameo_any=["*"], modality="occurred", when=FRI_B, required=False,
      mentions=[("The Hungarian government staged a number of celebrations", "staged")]),
 dict(id="gencz", summary="President Gencz calls the entry a historic event", cameo="010",
      cameo_any=["01"], modality="occurred", when=FRI, actors=[("source", "Arpad Gencz", HUN)],
      mentions=[("President Arpad Gencz described the entry", "described")]),
 dict(id="joint_statement", summary="The ambassadors of the three countries issue a joint statement", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=FRI,
      actors=[("source", "Hungary", HUN), ("source", "Poland", POL), ("source", "Czech Republic", CZE)],
      mentions=[("issued a joint statement Friday", "issued")]),
 dict(id="parties_support", summary="Five Hungarian parties issue statements supporting NATO membership", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(latest="1999-03-12"), required=False,
      mentions=[("issued statements supporting the country's NATO membership", "issued")]),
 dict(id="parties_against", summary="Other parties and organizations oppose NATO's expansion", cameo="110",
      cameo_any=["*"], modality="occurred", when=dict(latest="1999-03-13"), required=False,
      mentions=[("are against NATO's expansion, claiming", "claiming")]),
]
LINKS = [
 ("accession", "causes", "celebrations", False, ["causes", "responds_to", "before"]),
]
