# Fresh gold (held-out) for TimeBank VOA19980501.1800.0355 (VOA, published Friday 1998-05-01):
# Netanyahu on the gaps before next week's London talks; Gore calls on Israel to take risks.
DOC = {"id": "d1", "source": "VOA", "path": "../../../shared/corpus/tempeval3-train/TimeBank/VOA19980501.1800.0355.tml"}
ISR, PSE, USA = "ISR", "PSE", "USA"
SAME_DAY = dict(earliest="1998-05-01", latest="1998-05-01")
MON = dict(value="1998-05-04", earliest="1998-05-04", latest="1998-05-04")
NEXT_WEEK = dict(earliest="1998-05-04", latest="1998-05-10")
EVENTS = [
 dict(id="gaps", summary="Netanyahu says considerable gaps remain between Israeli and Palestinian positions",
      cameo="012", cameo_any=["01"], modality="occurred", when=SAME_DAY,
      actors=[("source", "Benjamin Netanyahu", ISR)],
      mentions=[("Benjamin Netanyahu says considerable gaps remain", "says")]),
 dict(id="talks", summary="Israeli-Palestinian talks in London next week", cameo="046", cameo_any=["04"],
      modality="expected", modality_any=["expected", "proposed"], when=NEXT_WEEK,
      actors=[("participant", "Israel", ISR), ("participant", "Palestinians", PSE)],
      mentions=[("before next week's talks in London", "talks")]),
 dict(id="meet", summary="Netanyahu and Arafat meet separately with Albright on Monday", cameo="040",
      cameo_any=["04"], modality="expected", modality_any=["expected", "proposed"], when=MON,
      actors=[("participant", "Benjamin Netanyahu", ISR), ("participant", "Yasser Arafat", PSE),
              ("participant", "Madeleine Albright", USA)],
      mentions=[("He and Palestinian leader Yasser Arafat meet separately Monday", "meet")]),
 dict(id="news_conf", summary="Netanyahu holds a news conference with Gore in Jerusalem", cameo="040",
      cameo_any=["04", "01"], modality="occurred", when=dict(latest="1998-05-01"), required=False,
      actors=[("participant", "Benjamin Netanyahu", ISR), ("participant", "Al Gore", USA)],
      mentions=[("At a news conference with US Vice President Al Gore", "news conference")]),
 dict(id="suggested", summary="Netanyahu suggests Israel might move a little on issues holding up peace",
      cameo="030", cameo_any=["03", "01"], modality="occurred", when=dict(latest="1998-05-01"),
      actors=[("source", "Benjamin Netanyahu", ISR)],
      mentions=[("Mr. Netanyahu suggested Israel might be willing to move", "suggested")]),
 dict(id="expects", summary="Netanyahu says he expects an equal effort from the Palestinians", cameo="100",
      cameo_any=["10", "01", "02"], modality="occurred", when=dict(latest="1998-05-01"), required=False,
      actors=[("source", "Benjamin Netanyahu", ISR), ("target", "Palestinians", PSE)],
      mentions=[("he said he expects an equal effort from the Palestinians", "he said")]),
 dict(id="gore", summary="Gore calls on Israel to continue taking risks for peace", cameo="020",
      cameo_any=["02", "01", "10"], modality="occurred", when=dict(latest="1998-05-01"),
      actors=[("source", "Al Gore", USA), ("target", "Israel", ISR)],
      mentions=[("Mr. Gore called on Israel to continue taking risks for peace", "called on")]),
]
LINKS = [
 ("meet", "before", "talks", False, ["before"]),
]
