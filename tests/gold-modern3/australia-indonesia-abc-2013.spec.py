# Modern gold (written by us in ABC News (Australia) style; Markdown with front matter, published
# Wednesday 2013-11-20): Indonesia suspends military and people-smuggling cooperation with
# Australia over reports that Australian intelligence targeted President Yudhoyono's phone.
# "Wednesday" = 2013-11-20; "Monday" = 11-18; "Tuesday" = 11-19; "August 2009" = 2009-08.
# Natalegawa's remarks carry no day: between the recall (Monday) and publication. Bishop's call
# and the cancelled Darwin exercise are only known to precede publication.
# Required: the suspension of military cooperation, the halt of people-smuggling cooperation,
# the letter Yudhoyono will write, the phone targeting, the recall of the ambassador,
# Natalegawa's review of the relationship and his criticism, Abbott's refusal to apologise and
# his regret, his promised reply, Bishop's talk with Natalegawa, the protest at the embassy and
# the cancelled Darwin exercise. The televised statement, the media reports, the possible phone
# call, Bishop's refusal to comment, Shorten's appeal, the jets' return and the 1999 East Timor
# force are non-required.
DOC = {"id": "d1", "title": "Indonesia suspends military cooperation with Australia over spying claims",
       "published": "2013-11-20", "source": "ABC News", "path": "australia-indonesia-abc-2013.md"}
IDN, AUS, USA = "IDN", "AUS", "USA"
WED = dict(value="2013-11-20", earliest="2013-11-20", latest="2013-11-20")
TUE = dict(value="2013-11-19", earliest="2013-11-19", latest="2013-11-19")
MON = dict(value="2013-11-18", earliest="2013-11-18", latest="2013-11-18")
SINCE_MON = dict(earliest="2013-11-18", latest="2013-11-20")
SBY = ("source", "Susilo Bambang Yudhoyono", IDN)
ABBOTT = ("source", "Tony Abbott", AUS)
AUS_T = ("target", "Australia", AUS)
IDN_T = ("target", "Indonesia", IDN)
EVENTS = [
 dict(id="suspend_mil", summary="Yudhoyono suspends military cooperation with Australia", cameo="160",
      cameo_any=["16", "12"], modality="occurred", when=WED, actors=[SBY, AUS_T],
      mentions=[("Indonesia suspends military cooperation with Australia over spying claims",
                 "suspends military cooperation", 1),
                ("has suspended military cooperation with Australia", "suspended military cooperation"),
                ("he had ordered a \"temporary halt\"", "ordered")]),
 dict(id="halt_smuggling", summary="Yudhoyono halts joint work against people smuggling", cameo="160",
      cameo_any=["16", "12"], modality="occurred", when=WED, actors=[SBY, AUS_T],
      mentions=[("halted joint work against people smuggling", "halted joint work"),
                ("The suspension of people-smuggling cooperation", "suspension")]),
 dict(id="statement", summary="Yudhoyono makes a televised statement", cameo="010", cameo_any=["01"],
      modality="occurred", when=WED, required=False,
      mentions=[("In a televised statement from Jakarta", "televised statement"),
                ("We are not in the era of the Cold War,\" he said", "said")]),
 dict(id="letter", summary="Yudhoyono will write to Abbott seeking an official explanation", cameo="101",
      cameo_any=["10", "02"], modality="expected", modality_any=["expected", "proposed", "occurred"],
      when=dict(earliest="2013-11-20"), actors=[SBY, ("target", "Tony Abbott", AUS)],
      mentions=[("He said he would write to Prime Minister Tony Abbott", "write to Prime Minister Tony Abbott")]),
 dict(id="tap", summary="Australian intelligence targets the phones of Yudhoyono, his wife and ministers", cameo=None,
      cameo_any=["*"], modality="alleged", modality_any=["alleged", "occurred"],
      when=dict(value="2009-08", earliest="2009-08-01", latest="2009-08-31"),
      actors=[("source", "Defence Signals Directorate", AUS), ("target", "Susilo Bambang Yudhoyono", IDN)],
      mentions=[("Australian spies tried to tap his mobile phone", "tap his mobile phone"),
                ("the Defence Signals Directorate targeted the phones of the president", "targeted the phones")]),
 dict(id="reports", summary="The ABC and Guardian Australia report the leaked documents", cameo=None, cameo_any=["*"],
      modality="occurred", when=MON, required=False,
      mentions=[("reported by the ABC and Guardian Australia on Monday", "reported")]),
 dict(id="recall", summary="Indonesia recalls its ambassador from Canberra", cameo="161", cameo_any=["16"],
      modality="occurred", when=MON, actors=[("source", "Indonesia", IDN), AUS_T],
      mentions=[("Jakarta recalled its ambassador in Canberra", "recalled its ambassador")]),
 dict(id="review", summary="Natalegawa says the relationship will be reviewed", cameo="014",
      cameo_any=["01", "13", "16"], modality="occurred", modality_any=["occurred", "expected"], when=SINCE_MON,
      actors=[("source", "Marty Natalegawa", IDN), AUS_T],
      mentions=[("said the relationship would be reviewed", "reviewed")]),
 dict(id="unfriendly", summary="Natalegawa calls the surveillance an unfriendly act", cameo="111", cameo_any=["11"],
      modality="occurred", when=SINCE_MON, actors=[("source", "Marty Natalegawa", IDN), AUS_T],
      mentions=[("described the alleged surveillance as", "described")]),
 dict(id="no_apology", summary="Abbott tells Parliament he will not apologise", cameo="055",
      cameo_any=["055", "05", "12"], modality="negated", modality_any=["negated", "occurred"], when=TUE,
      actors=[ABBOTT, IDN_T],
      mentions=[("he would not apologise for steps taken to protect Australia", "would not apologise"),
                ("Australia should not be expected to apologise", "apologise")]),
 dict(id="regret", summary="Abbott expresses deep and sincere regret for the embarrassment", cameo="018",
      cameo_any=["01", "055"], modality="occurred", when=TUE, actors=[ABBOTT, ("target", "Susilo Bambang Yudhoyono", IDN)],
      mentions=[("he expressed \"deep and sincere regret\"", "expressed")]),
 dict(id="respond", summary="Abbott says he will respond to the letter swiftly, fully and courteously", cameo="030",
      cameo_any=["03", "01", "04"], modality="expected", modality_any=["expected", "proposed", "occurred"],
      when=dict(earliest="2013-11-20"), actors=[ABBOTT, IDN_T],
      mentions=[("Mr Abbott said he would respond to the letter", "respond to the letter")]),
 dict(id="phone", summary="Abbott does not rule out phoning the president", cameo="041", cameo_any=["04", "03"],
      modality="hypothetical", modality_any=["hypothetical", "expected", "proposed"],
      when=dict(earliest="2013-11-20"), required=False,
      mentions=[("did not rule out speaking to the president by phone in the coming days", "speaking to the president by phone")]),
 dict(id="bishop_spoke", summary="Bishop speaks to Natalegawa", cameo="040", cameo_any=["04"],
      modality="occurred", when=dict(latest="2013-11-20"),
      actors=[("source", "Julie Bishop", AUS), ("target", "Marty Natalegawa", IDN)],
      mentions=[("she had spoken to Dr Natalegawa", "spoken to")]),
 dict(id="bishop_refuse", summary="Bishop refuses to comment on intelligence matters", cameo="011", cameo_any=["01"],
      modality="occurred", when=dict(latest="2013-11-20"), required=False,
      mentions=[("she refused to comment on intelligence matters", "refused to comment")]),
 dict(id="protest", summary="Protesters rally outside the Australian embassy in Jakarta and burn a flag", cameo="141",
      cameo_any=["14"], modality="occurred", when=WED, actors=[("source", "protesters", IDN), AUS_T],
      mentions=[("About 200 protesters rallied outside the Australian embassy in Jakarta", "rallied"),
                ("burning an Australian flag", "burning")]),
 dict(id="shorten", summary="Shorten urges Abbott to contact the president", cameo="026", cameo_any=["02"],
      modality="occurred", when=dict(latest="2013-11-20"), required=False,
      mentions=[("Opposition Leader Bill Shorten urged Mr Abbott", "urged")]),
 dict(id="exercise", summary="A joint air force exercise in Darwin is cancelled", cameo="160", cameo_any=["16", "12"],
      modality="occurred", when=dict(latest="2013-11-20"), actors=[("source", "Indonesia", IDN), AUS_T],
      mentions=[("a joint air force exercise in Darwin had already been cancelled", "cancelled")]),
 dict(id="jets", summary="Indonesian jets in the exercise return home", cameo="166", cameo_any=["16"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2013-11-20"), required=False,
      mentions=[("Indonesian jets taking part would return home", "return home")]),
 dict(id="timor", summary="Australia leads a peacekeeping force into East Timor", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="1999", earliest="1999-01-01", latest="1999-12-31"), required=False,
      mentions=[("Australia led a peacekeeping force into East Timor", "led a peacekeeping force")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("suspend_mil", "responds_to", "tap", True, CAUSAL),
 ("recall", "responds_to", "tap", False, CAUSAL),
 ("respond", "responds_to", "letter", False, CAUSAL),
 ("protest", "responds_to", "tap", False, CAUSAL),
]
