# Modern gold (written by us in El País English style; Markdown with front matter, published
# Friday 2022-08-12): Colombia and Venezuela name ambassadors, the first step to restore the
# relations broken off in 2019.
# "Thursday" = 2022-08-11; "Friday" = 08-12; "Sunday" = 08-07; "Wednesday" = 08-10;
# "July 28" = 2022-07-28; "February 2019" = 2019-02; "September 26" = 2022-09-26. Maduro's
# address comes after Wednesday evening's call; the consulates closed "weeks later" than
# February 2019 (bounded to the first half of 2019). US reactions follow Thursday's naming.
# Required: the step to restore relations (naming ambassadors), Benedetti's and Plasencia's
# appointments, Maduro's pledge to reopen the border, the phone call and congratulations, the
# San Cristóbal meeting and the agreement there, the 2019 break and the consulates' closure,
# Benedetti's expected trip, the border reopening, Guaidó's criticism and appeal, Duque's
# accusation and Caracas's denial, the US reaction and appeal. Petro's inauguration, Duque's
# backing of Guaidó, the aid convoy, Benedetti's remarks, the possible meeting, Petro's refusal
# to say, the hypothetical recognition, and the US being informed are non-required.
DOC = {"id": "d1", "title": "Colombia and Venezuela name ambassadors as Petro and Maduro turn the page",
       "published": "2022-08-12", "source": "El País English", "path": "colombia-venezuela-elpais-2022.md"}
COL, VEN, USA = "COL", "VEN", "USA"
THU = dict(value="2022-08-11", earliest="2022-08-11", latest="2022-08-11")
FRI = dict(value="2022-08-12", earliest="2022-08-12", latest="2022-08-12")
WED = dict(value="2022-08-10", earliest="2022-08-10", latest="2022-08-10")
JUL28 = dict(value="2022-07-28", earliest="2022-07-28", latest="2022-07-28")
BOTH = [("participant", "Colombia", COL), ("participant", "Venezuela", VEN)]
PETRO = ("source", "Gustavo Petro", COL)
MADURO = ("source", "Nicolás Maduro", VEN)
COL_T = ("target", "Colombia", COL)
VEN_T = ("target", "Venezuela", VEN)
EVENTS = [
 dict(id="restore", summary="Colombia and Venezuela name ambassadors, the first step to restore relations", cameo="054",
      cameo_any=["05", "03", "04"], modality="occurred", when=THU, actors=BOTH,
      mentions=[("Colombia and Venezuela name ambassadors as Petro and Maduro turn the page", "name ambassadors", 1),
                ("took the first formal step towards restoring diplomatic relations on Thursday",
                 "restoring diplomatic relations"),
                ("naming ambassadors to each other's capitals", "naming ambassadors")]),
 dict(id="benedetti", summary="Petro names Armando Benedetti envoy in Caracas", cameo="050", cameo_any=["05", "03", "04"],
      modality="occurred", when=THU, actors=[PETRO, VEN_T],
      mentions=[("announced on Twitter that former senator Armando Benedetti would be his envoy in Caracas",
                 "announced on Twitter")]),
 dict(id="plasencia", summary="Maduro names Félix Plasencia ambassador in Bogotá", cameo="050", cameo_any=["05", "03", "04"],
      modality="occurred", when=THU, actors=[MADURO, COL_T],
      mentions=[("Hours later, Venezuelan leader Nicolás Maduro named", "named")]),
 dict(id="inauguration", summary="Petro takes office", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(value="2022-08-07", earliest="2022-08-07", latest="2022-08-07"), required=False,
      mentions=[("who took office on Sunday", "took office")]),
 dict(id="pledge", summary="Maduro pledges to open the border and restore the relationship", cameo="030",
      cameo_any=["03", "01"], modality="occurred", when=dict(earliest="2022-08-10", latest="2022-08-12"),
      actors=[MADURO, COL_T],
      mentions=[("Maduro said in a televised address", "televised address")]),
 dict(id="call", summary="Maduro and Petro speak by telephone", cameo="041", cameo_any=["04"], modality="occurred",
      when=WED, actors=[("participant", "Nicolás Maduro", VEN), ("participant", "Gustavo Petro", COL)],
      mentions=[("he had spoken with Petro by telephone on Wednesday evening", "spoken with Petro by telephone")]),
 dict(id="congratulate", summary="Maduro congratulates Petro on his inauguration", cameo="051",
      cameo_any=["05", "01", "018"], modality="occurred", when=WED, actors=[MADURO, ("target", "Gustavo Petro", COL)],
      mentions=[("congratulated him on his inauguration", "congratulated")]),
 dict(id="meeting", summary="Leyva and Faría meet in San Cristóbal", cameo="042", cameo_any=["04"],
      modality="occurred", when=JUL28,
      actors=[("participant", "Álvaro Leyva", COL), ("participant", "Carlos Faría", VEN)],
      mentions=[("The appointments follow a meeting on July 28", "meeting")]),
 dict(id="agreed", summary="Both sides agree to re-establish relations gradually", cameo="057", cameo_any=["05", "03"],
      modality="occurred", when=JUL28, actors=BOTH,
      mentions=[("both sides agreed to re-establish relations gradually", "agreed to re-establish relations")]),
 dict(id="sever", summary="Maduro severs ties with Bogotá", cameo="161", cameo_any=["16"], modality="occurred",
      when=dict(value="2019-02", earliest="2019-02-01", latest="2019-02-28"), actors=[MADURO, COL_T],
      mentions=[("Maduro severed ties with Bogotá in February 2019", "severed ties"),
                ("three years after the two neighbours broke off ties", "broke off ties")]),
 dict(id="duque_backed", summary="Duque backs opposition leader Juan Guaidó", cameo="051", cameo_any=["05"],
      modality="occurred", when=dict(latest="2019-02-28"), required=False,
      mentions=[("Iván Duque, backed the opposition leader Juan Guaidó", "backed")]),
 dict(id="aid_convoy", summary="Duque supports an attempt to bring humanitarian aid across the border", cameo=None,
      cameo_any=["*"], modality="occurred", when=dict(latest="2019-02-28"), required=False,
      mentions=[("supported an attempt to bring humanitarian aid across the border bridges", "supported an attempt")]),
 dict(id="consulates", summary="Colombia closes its consulates in Venezuela", cameo="161", cameo_any=["16"],
      modality="occurred", when=dict(earliest="2019-02-01", latest="2019-06-30"),
      actors=[("source", "Colombia", COL), VEN_T],
      mentions=[("Colombia closed its consulates in Venezuela weeks later", "closed its consulates")]),
 dict(id="travel", summary="Benedetti is expected to travel to Caracas to present his credentials", cameo="042",
      cameo_any=["04", "05"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="2022-08-12"), actors=[("source", "Armando Benedetti", COL), VEN_T],
      mentions=[("Benedetti is expected to travel to Caracas in the coming days", "travel to Caracas")]),
 dict(id="priorities", summary="Benedetti tells reporters his priorities", cameo="010", cameo_any=["01", "03"],
      modality="occurred", when=FRI, required=False,
      mentions=[("He told reporters in Bogotá on Friday", "told reporters")]),
 dict(id="border", summary="The border is due to reopen fully to cargo", cameo="081", cameo_any=["08", "03", "05", "06"],
      modality="expected", modality_any=["expected", "proposed"],
      when=dict(value="2022-09-26", earliest="2022-09-26", latest="2022-09-26"), actors=BOTH,
      mentions=[("is due to reopen fully to cargo on September 26", "reopen fully to cargo")]),
 dict(id="maybe_meet", summary="Petro does not rule out meeting Maduro in person", cameo="036", cameo_any=["03", "04"],
      modality="hypothetical", modality_any=["hypothetical", "proposed", "expected"], when=dict(earliest="2022-08-12"),
      required=False, mentions=[("Petro did not rule out meeting Maduro in person", "meeting Maduro")]),
 dict(id="refused_say", summary="Petro refuses to say whether Colombia will recognise the 2018 election", cameo="011",
      cameo_any=["01", "12"], modality="occurred", when=dict(latest="2022-08-12"), required=False,
      mentions=[("he refused to say whether Colombia would recognise", "refused to say")]),
 dict(id="recognise", summary="Colombia might recognise the results of Venezuela's 2018 election", cameo="054",
      cameo_any=["*"], modality="hypothetical", modality_any=["occurred", "negated", "hypothetical", "expected", "proposed", "alleged"], when=dict(earliest="2022-08-12"), required=False,
      mentions=[("whether Colombia would recognise the results", "recognise")]),
 dict(id="guaido_criticise", summary="Guaidó says restoring relations legitimises a dictatorship", cameo="111",
      cameo_any=["11"], modality="occurred", when=FRI, actors=[("source", "Juan Guaidó", VEN)],
      mentions=[("The Venezuelan opposition criticised the rapprochement", "criticised"),
                ("Guaidó said on Friday that restoring relations", "said")]),
 dict(id="guaido_urge", summary="Guaidó urges Petro not to abandon the push for free elections", cameo="0241",
      cameo_any=["02", "10"], modality="occurred", when=FRI,
      actors=[("source", "Juan Guaidó", VEN), ("target", "Gustavo Petro", COL)],
      mentions=[("urged Petro not to abandon the push for free elections", "urged Petro")]),
 dict(id="duque_warn", summary="Duque says Maduro's government harbours Colombian guerrilla leaders", cameo="112",
      cameo_any=["11"], modality="occurred", when=dict(latest="2022-08-12"),
      actors=[("source", "Iván Duque", COL), VEN_T],
      mentions=[("warned that Maduro's government still harboured Colombian guerrilla leaders", "warned")]),
 dict(id="denied", summary="Caracas denies harbouring guerrilla leaders", cameo="016", cameo_any=["016", "01", "12"],
      modality="occurred", when=dict(latest="2022-08-12"), actors=[("source", "Venezuela", VEN)],
      mentions=[("an accusation Caracas has always denied", "denied")]),
 dict(id="us_respect", summary="Washington says it will respect Colombia's decision", cameo="010",
      cameo_any=["01", "03", "05"], modality="occurred", when=dict(earliest="2022-08-11", latest="2022-08-12"),
      actors=[("source", "United States", USA), COL_T],
      mentions=[("said it would respect Colombia's decision", "respect Colombia's decision")]),
 dict(id="us_urge", summary="Washington urges Bogotá to press Caracas on human rights", cameo="0243",
      cameo_any=["02", "10"], modality="occurred", when=dict(earliest="2022-08-11", latest="2022-08-12"),
      actors=[("source", "United States", USA), COL_T],
      mentions=[("urged Bogotá to press Caracas on human rights", "urged Bogotá")]),
 dict(id="informed", summary="The United States was informed of the move in advance", cameo="010", cameo_any=["*"],
      modality="occurred", when=dict(latest="2022-08-11"), required=False,
      mentions=[("the United States had been informed of the move in advance", "informed")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("agreed", "causes", "restore", True, CAUSAL),
 ("sever", "responds_to", "duque_backed", True, CAUSAL),
 ("denied", "denies", "duque_warn", True, ["denies"]),
 ("benedetti", "before", "plasencia", False, CAUSAL),
 ("sever", "before", "consulates", False, CAUSAL),
 ("guaido_criticise", "responds_to", "restore", False, CAUSAL),
]
