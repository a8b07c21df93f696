# Third fresh gold (held-out) for TimeBank APW19980308.0201 (AP, Istanbul, published Sunday
# 1998-03-08): ethnic Albanians in Turkey protest the killings in Kosovo at Yugoslav missions;
# Turkey urges the Balkan states to a joint declaration. Story group: Kosovo 1998.
# "Sunday" = 1998-03-08 ("Meanwhile" puts the Ankara wreath on the same day). "In recent days"
# bounds the killings by the DCT. Yugoslavia and Serbia are given SRB (ISO 3166-1 has no
# current code for Yugoslavia). The ethnic Albanians in Turkey get no country.
# Required: the march, the wreath at the embassy, the killings and Turkey's appeal. The
# Turkish police's barring of the crowd and the Serbian police's claim are non-required.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/TimeBank/APW19980308.0201.tml"}
SRB, TUR = "SRB", "TUR"
SUN = dict(value="1998-03-08", earliest="1998-03-08", latest="1998-03-08")
SUN_B = dict(earliest="1998-03-08", latest="1998-03-08")
EVENTS = [
 dict(id="march", summary="Some 1,500 ethnic Albanians march in Istanbul, burning Serbian flags", cameo="141",
      cameo_any=["14"], modality="occurred", when=SUN,
      actors=[("source", "ethnic Albanians", None), ("target", "Serbia", SRB)],
      mentions=[("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul", "marched"),
                ("allowed them to demonstrate on nearby streets", "demonstrate")]),
 dict(id="killings", summary="Serb police kill ethnic Albanians in Kosovo (at least 51 dead in clashes)", cameo="180",
      cameo_any=["18", "19", "20"], modality="occurred", when=dict(latest="1998-03-08"),
      actors=[("source", "Serb police", SRB)],
      mentions=[("to protest the killings of ethnic Albanians by Serb police", "killings"),
                ("killed in clashes between Serb police and ethnic Albanians", "clashes")]),
 dict(id="barred", summary="Turkish police bar the crowd from the Yugoslav consulate", cameo=None,
      cameo_any=["*"], modality="occurred", when=SUN_B, required=False,
      mentions=[("The police barred the crowd from reaching the Yugoslavian consulate", "barred")]),
 dict(id="wreath", summary="Ethnic Albanians lay a black wreath at the Yugoslav embassy in Ankara", cameo="141",
      cameo_any=["14", "01"], modality="occurred", when=SUN_B,
      actors=[("source", "ethnic Albanians", None), ("target", "Yugoslavia", SRB)],
      mentions=[("laid a black wreath at the gate of Yugoslavian embassy", "laid")]),
 dict(id="serb_claim", summary="Serbian police say they are eliminating the KLA and restoring order", cameo="010",
      cameo_any=["*"], modality="occurred", when=dict(latest="1998-03-08"), required=False,
      mentions=[("Serbian police say they are trying to eliminate", "say")]),
 dict(id="urged", summary="Turkey urges all Balkan states to sign a joint declaration on a peaceful solution", cameo="020",
      cameo_any=["02", "03", "04", "05"], modality="occurred", when=dict(latest="1998-03-08"),
      actors=[("source", "Turkey", TUR)],
      mentions=[("urged all Balkan states to sign a joint declaration", "urged")]),
 dict(id="declaration", summary="A joint declaration that the Kosovo crisis be solved peacefully", cameo="057",
      cameo_any=["*"], modality="proposed", modality_any=["proposed", "hypothetical", "expected"],
      when=dict(earliest="1998-03-08"), required=False,
      mentions=[("to sign a joint declaration that the Kosovo crisis", "sign")]),
]
LINKS = [
 ("killings", "before", "march", True, ["before", "causes", "responds_to"]),
 ("urged", "before", "declaration", False, ["before", "causes"]),
]
