# Modern gold (written by us in AFP style; small HTML page with article:published_time, published
# Monday 2017-06-05): Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar.
# "Monday" = 2017-06-05, "Tuesday" = 06-06, "last month" = 2017-05.
# Required: the severing of relations (with its joiners), the accusation of supporting
# extremists, the border and traffic closure, the expulsion of Qatari citizens and diplomats,
# the coalition's expulsion of Qatar, Doha's rejection, Qatar's denial, Tillerson's appeal,
# Erdogan's offer, the expected Kuwaiti mediation, Iran's blame on Trump and Trump's Riyadh
# visit. The hacking, the airline's suspension, the analysts' conditions and the World Cup
# remark are non-required.
DOC = {"id": "d1", "title": "Gulf states cut ties with Qatar in worst regional crisis in years",
       "published": "2017-06-05", "source": "AFP", "path": "qatar-rift-afp-2017.html"}
SAU, ARE, BHR, EGY, QAT, USA, TUR, KWT, IRN = "SAU", "ARE", "BHR", "EGY", "QAT", "USA", "TUR", "KWT", "IRN"
MON = dict(value="2017-06-05", earliest="2017-06-05", latest="2017-06-05")
BEFORE = dict(latest="2017-06-05")
LASTMONTH = dict(value="2017-05", earliest="2017-05-01", latest="2017-05-31")
QAT_T = ("target", "Qatar", QAT)
EVENTS = [
 dict(id="sever", summary="Saudi Arabia, the UAE, Bahrain and Egypt sever diplomatic relations with Qatar", cameo="161",
      cameo_any=["16"], modality="occurred", when=MON,
      actors=[("source", "Saudi Arabia", SAU), ("source", "United Arab Emirates", ARE), ("source", "Bahrain", BHR),
              ("source", "Egypt", EGY), QAT_T],
      mentions=[("Gulf states cut ties with Qatar in worst regional crisis in years", "cut ties", 2),
                ("Saudi Arabia and its allies on Monday severed diplomatic relations with Qatar", "severed diplomatic relations"),
                ("announced the move within minutes of each other", "the move")]),
 dict(id="joined", summary="Yemen's government and the Maldives join the break", cameo="161", cameo_any=["16"],
      modality="occurred", when=MON, required=False,
      mentions=[("were later joined by Yemen's internationally recognised government and the Maldives", "joined")]),
 dict(id="accuse", summary="The Gulf states accuse Qatar of supporting extremist groups and cosying up to Iran", cameo="112",
      cameo_any=["11"], modality="occurred", when=MON, actors=[("source", "Saudi Arabia", SAU), QAT_T],
      mentions=[("accusing the gas-rich emirate of supporting extremist groups", "accusing")]),
 dict(id="border", summary="Riyadh closes its land border with Qatar and halts air and sea traffic", cameo="1721",
      cameo_any=["16", "17", "19"], modality="occurred", when=MON, actors=[("source", "Saudi Arabia", SAU), QAT_T],
      mentions=[("it was closing its land border with Qatar", "closing its land border"),
                ("halting all air and sea traffic", "halting")]),
 dict(id="citizens", summary="Saudi Arabia gives Qatari citizens 14 days to leave", cameo="174", cameo_any=["17", "16"],
      modality="occurred", when=MON, actors=[("source", "Saudi Arabia", SAU), QAT_T],
      mentions=[("gave Qatari citizens 14 days to leave the kingdom", "14 days to leave")]),
 dict(id="diplomats_out", summary="The UAE and Bahrain order Qatari diplomats out within 48 hours", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=MON,
      actors=[("source", "United Arab Emirates", ARE), ("source", "Bahrain", BHR), QAT_T],
      mentions=[("ordered Qatari diplomats out within 48 hours", "ordered Qatari diplomats out")]),
 dict(id="spa", summary="Saudi Press Agency says the decision protects national security from terrorism", cameo="010",
      cameo_any=["01", "11"], modality="occurred", when=MON, required=False,
      mentions=[("The official Saudi Press Agency said the decision", "said")]),
 dict(id="coalition", summary="The Saudi-led coalition in Yemen expels Qatar", cameo="166", cameo_any=["16"],
      modality="occurred", when=MON, actors=[("source", "Saudi-led coalition", SAU), QAT_T],
      mentions=[("said it was expelling Qatar from the alliance", "expelling Qatar")]),
 dict(id="doha_reject", summary="Doha calls the measures unjustified and baseless", cameo="111", cameo_any=["11", "12", "016"],
      modality="occurred", when=MON, actors=[("source", "Qatar", QAT), ("target", "Saudi Arabia", SAU)],
      mentions=[("Doha hit back, calling the measures", "hit back"),
                ("The foreign ministry said the campaign aimed to place the emirate under guardianship", "said")]),
 dict(id="deny", summary="Qatar denies funding extremist groups", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=BEFORE, actors=[("source", "Qatar", QAT)],
      mentions=[("Qatar has long denied that it funds extremist groups", "denied")]),
 dict(id="hack", summary="Hackers plant fake remarks attributed to the emir on the state news agency", cameo=None,
      cameo_any=["*"], modality="alleged", modality_any=["alleged", "occurred"], when=dict(latest="2017-05-31"),
      required=False, mentions=[("hackers had planted fake remarks", "planted fake remarks")]),
 dict(id="tillerson", summary="Tillerson urges the Gulf countries to sit down and address their differences", cameo="027",
      cameo_any=["02"], modality="occurred", when=MON,
      actors=[("source", "Rex Tillerson", USA), ("target", "Saudi Arabia", SAU), QAT_T],
      mentions=[("Rex Tillerson urged the Gulf countries to sit down together", "urged")]),
 dict(id="erdogan", summary="Erdogan offers to help resolve the dispute", cameo="039", cameo_any=["03"],
      modality="occurred", when=BEFORE, actors=[("source", "Recep Tayyip Erdogan", TUR)],
      mentions=[("offered to help resolve it", "offered to help resolve")]),
 dict(id="kuwait", summary="Kuwait is expected to try to mediate in the coming days", cameo="045",
      cameo_any=["04", "03"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="2017-06-05"), actors=[("source", "Kuwait", KWT)],
      mentions=[("is expected to try to mediate in the coming days", "mediate")]),
 dict(id="iran_blame", summary="Iran blames the crisis on Trump", cameo="112", cameo_any=["11"],
      modality="occurred", when=BEFORE, actors=[("source", "Iran", IRN), ("target", "Donald Trump", USA)],
      mentions=[("Iran blamed the crisis on US President Donald Trump", "blamed")]),
 dict(id="trump_visit", summary="Trump visits Riyadh and urges Muslim nations to confront extremism", cameo="042",
      cameo_any=["04"], modality="occurred", when=LASTMONTH,
      actors=[("source", "Donald Trump", USA), ("target", "Saudi Arabia", SAU)],
      mentions=[("who visited Riyadh last month", "visited Riyadh"),
                ("performed by Trump during the visit", "visit")]),
 dict(id="flights", summary="Qatar Airways suspends all flights to Saudi Arabia from Tuesday", cameo=None,
      cameo_any=["*"], modality="expected", modality_any=["expected", "occurred"],
      when=dict(value="2017-06-06", earliest="2017-06-06", latest="2017-06-06"), required=False,
      mentions=[("Qatar Airways said it was suspending all flights", "suspending all flights")]),
 dict(id="curb", summary="Doha might agree to curb its ties with Tehran and expel Hamas and Brotherhood members", cameo="0342",
      cameo_any=["*"], modality="hypothetical", when=dict(earliest="2017-06-05"), required=False,
      mentions=[("unless Doha agreed to curb its ties with Tehran", "curb its ties")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("sever", "causes", "doha_reject", True, CAUSAL),
 ("deny", "denies", "accuse", True, ["denies"]),
 ("trump_visit", "causes", "sever", False, CAUSAL),
 ("sever", "causes", "kuwait", False, CAUSAL),
]
