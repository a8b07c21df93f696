# Second modern gold (written by us in Al Jazeera style; small HTML page with
# article:published_time, published Monday 2018-07-09): Abiy and Isaias sign a declaration in
# Asmara ending the "state of war"; embassies, flights and links to be restored.
# "Monday" = 2018-07-09, "Sunday" = 07-08, "last month" = 2018-06, "June 26" = 2018-06-26,
# "next week" = 2018-W29, the war 1998-2000, the boundary ruling 2002.
# Required: the declaration (title, summary, body), the planned reopening of embassies and the
# restoration of flights and links, Abiy's arrival, the Sunday talks, Isaias' welcome at the
# airport, the restored telephone lines, Abiy's acceptance of the boundary ruling, the Eritrean
# delegation's visit, Guterres' welcome, the expected return visit.
# Non-required: Yemane's tweet, the airline's plan, the 2002 ruling, Ethiopia's refusal, the
# war, the Algiers deal, Guterres' remark on sanctions, the troop withdrawal, the protests.
DOC = {"id": "d1", "title": "Ethiopia and Eritrea declare end of 'state of war' | Al Jazeera",
       "published": "2018-07-09", "source": "Al Jazeera", "path": "ethiopia-eritrea-aljazeera-2018.html"}
ETH, ERI = "ETH", "ERI"
MON = dict(value="2018-07-09", earliest="2018-07-09", latest="2018-07-09")
SUN = dict(value="2018-07-08", earliest="2018-07-08", latest="2018-07-08")
LASTMONTH = dict(value="2018-06", earliest="2018-06-01", latest="2018-06-30")
AFTER = dict(earliest="2018-07-09")
BOTH = [("source", "Ethiopia", ETH), ("source", "Eritrea", ERI)]
ABIY = ("source", "Abiy Ahmed", ETH)
ISAIAS = ("source", "Isaias Afwerki", ERI)
EVENTS = [
 dict(id="declaration", summary="Abiy and Isaias sign a Joint Declaration of Peace and Friendship ending the state of war",
      cameo="057", cameo_any=["05", "03", "019"], modality="occurred", when=MON,
      actors=[ABIY, ISAIAS],
      mentions=[("Ethiopia and Eritrea declare end of 'state of war'", "declare end", 2),
                ("Leaders sign joint declaration in Asmara", "sign joint declaration"),
                ("have signed a declaration formally ending", "signed a declaration"),
                ("signed the \"Joint Declaration of Peace and Friendship\"", "signed"),
                ("Under the agreement, the two countries", "the agreement"),
                ("The breakthrough follows", "The breakthrough")]),
 dict(id="yemane", summary="Eritrea's information minister announces the end of the state of war on Twitter", cameo="010",
      cameo_any=["01"], modality="occurred", when=MON, required=False,
      mentions=[("Eritrea's information minister Yemane Gebremeskel said", "said"),
                ("Yemane wrote on Twitter", "wrote on Twitter")]),
 dict(id="embassies", summary="The two countries will reopen their embassies", cameo="054", cameo_any=["05", "03"],
      modality="expected", modality_any=["expected", "proposed"], when=AFTER, actors=BOTH,
      mentions=[("agree to reopen embassies", "reopen embassies"),
                ("the two countries will reopen their embassies", "reopen their embassies")]),
 dict(id="links", summary="The two countries will resume flights and restore trade, transport and telecommunications links",
      cameo="061", cameo_any=["06", "03", "05"], modality="expected", modality_any=["expected", "proposed"],
      when=AFTER, actors=BOTH,
      mentions=[("restore flights two decades after", "restore flights"),
                ("resume flights and restore trade, transport and telecommunications links", "resume flights")]),
 dict(id="arrive", summary="Abiy arrives in Asmara, the first visit by an Ethiopian leader in two decades", cameo="042",
      cameo_any=["04"], modality="occurred", when=SUN, actors=[ABIY, ("target", "Eritrea", ERI)],
      mentions=[("Abiy arrived in Asmara on Sunday", "arrived in Asmara")]),
 dict(id="greet", summary="Isaias greets and embraces Abiy at the airport", cameo="043", cameo_any=["04", "017", "05"],
      modality="occurred", when=SUN, actors=[ISAIAS, ("target", "Abiy Ahmed", ETH)],
      mentions=[("He was greeted at the airport by Isaias", "greeted"),
                ("who embraced him", "embraced")]),
 dict(id="talks", summary="Abiy and Isaias hold talks late into the night", cameo="040", cameo_any=["04"],
      modality="occurred", when=SUN, actors=[ABIY, ISAIAS],
      mentions=[("their first face-to-face meeting in nearly two decades", "meeting"),
                ("the two leaders held talks that lasted late into the night", "held talks")]),
 dict(id="phones", summary="Telephone lines between the two countries are restored for the first time since 1998", cameo="060",
      cameo_any=["06", "05", "08"], modality="occurred", when=dict(earliest="2018-07-08", latest="2018-07-09"),
      mentions=[("telephone lines between the two countries were restored", "were restored")]),
 dict(id="airline", summary="Ethiopian Airlines will resume flights to Asmara next week", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(value="2018-W29", earliest="2018-07-16", latest="2018-07-22"), required=False,
      mentions=[("Ethiopian Airlines said it would resume flights to Asmara next week", "resume flights to Asmara")]),
 dict(id="accept", summary="Abiy announces Ethiopia will fully accept the 2002 boundary ruling awarding Badme to Eritrea",
      cameo="035", cameo_any=["03", "08"], modality="occurred", when=LASTMONTH,
      actors=[ABIY, ("target", "Eritrea", ERI)],
      mentions=[("Abiy's surprise announcement last month", "announcement"),
                ("Ethiopia would fully accept a 2002 ruling", "accept")]),
 dict(id="ruling", summary="An international boundary commission awards Badme to Eritrea", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="2002", earliest="2002-01-01", latest="2002-12-31"), required=False,
      mentions=[("which awarded the disputed town of Badme to Eritrea", "awarded")]),
 dict(id="refused", summary="Ethiopia refuses for 16 years to implement the ruling", cameo="128", cameo_any=["12", "*"],
      modality="occurred", when=dict(earliest="2002-01-01", latest="2018-06-30"), required=False,
      mentions=[("Addis Ababa had refused for 16 years to implement the decision", "refused")]),
 dict(id="delegation", summary="Isaias sends a delegation led by Osman Saleh to Addis Ababa", cameo="042", cameo_any=["04"],
      modality="occurred", when=dict(value="2018-06-26", earliest="2018-06-26", latest="2018-06-26"),
      actors=[ISAIAS, ("target", "Ethiopia", ETH)],
      mentions=[("sending a delegation led by Foreign Minister Osman Saleh", "sending a delegation"),
                ("the first such visit in years", "visit")]),
 dict(id="war", summary="Ethiopia and Eritrea fight a border war", cameo="190", cameo_any=["19", "*"], modality="occurred",
      when=dict(earliest="1998-01-01", latest="2000-12-31"), required=False,
      mentions=[("Ethiopia and Eritrea fought a border war from 1998 to 2000", "fought a border war")]),
 dict(id="algiers", summary="A peace deal is signed in Algiers", cameo="057", cameo_any=["05", "*"], modality="occurred",
      when=dict(value="2000", earliest="2000-01-01", latest="2000-12-31"), required=False,
      mentions=[("A peace deal signed in Algiers in 2000", "peace deal")]),
 dict(id="guterres", summary="Guterres welcomes the rapprochement", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=dict(earliest="2018-07-08", latest="2018-07-09"),
      actors=[("source", "Antonio Guterres", None), ("target", "Ethiopia", ETH), ("target", "Eritrea", ERI)],
      mentions=[("Antonio Guterres welcomed the rapprochement", "welcomed")]),
 dict(id="sanctions_remark", summary="Guterres says UN sanctions on Eritrea could soon become obsolete", cameo="013",
      cameo_any=["01"], modality="occurred", when=dict(earliest="2018-07-08", latest="2018-07-09"), required=False,
      mentions=[("He said he believed UN sanctions on Eritrea could soon become obsolete", "said")]),
 dict(id="withdraw", summary="Ethiopian troops may withdraw from Badme", cameo=None, cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "expected"], when=AFTER, required=False,
      mentions=[("when Ethiopian troops would withdraw from Badme", "withdraw")]),
 dict(id="protest", summary="Badme residents protest against handing the town over", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="2018-07-09"), required=False,
      mentions=[("residents of the town have protested", "protested")]),
 dict(id="return_visit", summary="Isaias is expected to make a return visit to Ethiopia in the coming weeks", cameo="042",
      cameo_any=["04"], modality="expected", when=AFTER, actors=[ISAIAS, ("target", "Ethiopia", ETH)],
      mentions=[("Isaias is expected to make a return visit to Ethiopia", "return visit")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("accept", "causes", "delegation", True, CAUSAL),
 ("talks", "before", "declaration", True, ["before"]),
 ("accept", "causes", "declaration", False, CAUSAL),
 ("declaration", "causes", "guterres", False, CAUSAL),
 ("war", "before", "algiers", False, ["before", "causes"]),
]
