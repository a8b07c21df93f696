# Second modern gold (written by us in EL PAIS English style; Markdown with front matter,
# published Wednesday 2022-12-21): Peru declares Mexico's ambassador persona non grata after
# Mexico grants asylum to Pedro Castillo's family.
# "Wednesday" = 2022-12-21, "Tuesday" = 12-20, "last week" = 2022-W50, "December 7" = 2022-12-07,
# "last month" = 2022-11, "this week" = 2022-W51.
# Required: the expulsion, the accusation of interference, the asylum, the safe-conduct passes,
# Lopez Obrador's refusal to recognise Boluarte and his coup remarks, the four countries' joint
# statement, Ebrard's condemnation, Peru's recall of its ambassador, Boluarte's statement.
# Non-required: Mexico's confirmation, the family's sheltering, the corruption case and denial,
# Castillo's removal, attempt to dissolve Congress, arrest and detention (domestic), Mexico's
# refusal to break off relations, Monroy's return, the tweet, the protests, the expected vote,
# the frozen bloc, the cancelled summit, Congress' refusal, the analysts' warning.
DOC = {"id": "d1", "title": "Peru expels Mexico's ambassador over asylum for Pedro Castillo's family",
       "published": "2022-12-21", "source": "EL PAÍS English", "path": "peru-mexico-elpais-2022.md"}
PER, MEX, COL, ARG, BOL = "PER", "MEX", "COL", "ARG", "BOL"
WED = dict(value="2022-12-21", earliest="2022-12-21", latest="2022-12-21")
TUE = dict(value="2022-12-20", earliest="2022-12-20", latest="2022-12-20")
LASTWEEK = dict(value="2022-W50", earliest="2022-12-12", latest="2022-12-18")
DEC7 = dict(value="2022-12-07", earliest="2022-12-07", latest="2022-12-07")
BEFORE = dict(latest="2022-12-21")
PER_S = ("source", "Peru", PER)
MEX_S = ("source", "Mexico", MEX)
PER_T = ("target", "Peru", PER)
MEX_T = ("target", "Mexico", MEX)
AMLO = ("source", "Andrés Manuel López Obrador", MEX)
EVENTS = [
 dict(id="expel", summary="Peru declares Mexico's ambassador Pablo Monroy persona non grata and gives him 72 hours to leave",
      cameo="166", cameo_any=["16", "174"], modality="occurred", when=TUE,
      actors=[("source", "Ana Cecilia Gervasi", PER), ("target", "Pablo Monroy", MEX)],
      mentions=[("Peru expels Mexico's ambassador over asylum", "expels Mexico's ambassador", 1),
                ("has declared Mexico's ambassador in Lima persona non grata", "declared Mexico's ambassador in Lima persona non grata"),
                ("Gervasi announced on Tuesday", "announced"),
                ("Pablo Monroy had 72 hours to leave the country", "72 hours to leave"),
                ("The decision was made public", "The decision"),
                ("called the expulsion \"unfounded", "the expulsion")]),
 dict(id="accuse", summary="Peru accuses Mexico of repeated interference in its internal affairs", cameo="112",
      cameo_any=["11"], modality="occurred", when=TUE, actors=[("source", "Ana Cecilia Gervasi", PER), MEX_T],
      mentions=[("accusing Mexico of \"repeated interference\"", "accusing")]),
 dict(id="confirm", summary="Mexico confirms the asylum", cameo="010", cameo_any=["01"], modality="occurred", when=TUE,
      required=False, mentions=[("hours after Mexico confirmed", "confirmed")]),
 dict(id="asylum", summary="Mexico grants political asylum to Castillo's wife Lilia Paredes and two of their children",
      cameo="075", cameo_any=["07", "05"], modality="occurred", when=BEFORE,
      actors=[MEX_S, ("target", "Lilia Paredes", PER)],
      mentions=[("it had granted political asylum to Castillo's wife", "granted political asylum")]),
 dict(id="shelter", summary="Castillo's family shelters in the Mexican embassy", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(earliest="2022-12-12", latest="2022-12-21"), required=False,
      mentions=[("who had been sheltering in the Mexican embassy since last week", "sheltering")]),
 dict(id="safe_conduct", summary="Peru will grant the family safe-conduct passes to travel to Mexico", cameo="081",
      cameo_any=["08", "03", "07"], modality="expected", modality_any=["expected", "proposed", "occurred"],
      when=dict(earliest="2022-12-20"), actors=[("source", "Ana Cecilia Gervasi", PER), MEX_T],
      mentions=[("Lima would nevertheless grant the family safe-conduct passes", "grant the family safe-conduct passes")]),
 dict(id="investigation", summary="Paredes is under investigation in a corruption case, which she denies", cameo=None,
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Paredes is under investigation in Peru", "under investigation"), ("which she denies", "denies")]),
 dict(id="removed", summary="Congress removes Castillo", cameo=None, cameo_any=["*"], modality="occurred", when=DEC7,
      required=False, mentions=[("Castillo was removed by Congress on December 7", "removed")]),
 dict(id="dissolve", summary="Castillo tries to dissolve the legislature", cameo=None, cameo_any=["*"], modality="occurred",
      when=DEC7, required=False, mentions=[("he tried to dissolve the legislature", "tried to dissolve")]),
 dict(id="arrest", summary="Castillo is arrested on his way to the Mexican embassy", cameo="173", cameo_any=["17", "*"],
      modality="occurred", when=DEC7, required=False,
      mentions=[("He was arrested the same day", "arrested")]),
 dict(id="request", summary="Castillo intends to request asylum", cameo=None, cameo_any=["*"], modality="alleged",
      modality_any=["alleged", "hypothetical", "expected"], when=DEC7, required=False,
      mentions=[("he intended to request asylum", "request asylum")]),
 dict(id="detention", summary="A judge orders Castillo held in pre-trial detention", cameo="173", cameo_any=["17", "*"],
      modality="occurred", when=dict(earliest="2022-12-07", latest="2022-12-21"), required=False,
      mentions=[("A judge has since ordered him held", "ordered him held")]),
 dict(id="no_recognition", summary="Lopez Obrador refuses to recognise Dina Boluarte as head of state", cameo="120",
      cameo_any=["12", "11", "16"], modality="occurred", when=dict(earliest="2022-12-07", latest="2022-12-21"),
      actors=[AMLO, ("target", "Dina Boluarte", PER)],
      mentions=[("has refused to recognize Dina Boluarte", "refused to recognize")]),
 dict(id="coup", summary="Lopez Obrador describes Castillo as the victim of a coup by the Peruvian elite", cameo="111",
      cameo_any=["11"], modality="occurred", when=dict(earliest="2022-12-07", latest="2022-12-21"), actors=[AMLO, PER_T],
      mentions=[("has repeatedly described the ousted leader as the victim of a coup", "described")]),
 dict(id="joint", summary="Mexico, Colombia, Argentina and Bolivia call on Peru to respect the will of the people",
      cameo="020", cameo_any=["02", "01"], modality="occurred", when=LASTWEEK,
      actors=[MEX_S, ("source", "Colombia", COL), ("source", "Argentina", ARG), ("source", "Bolivia", BOL), PER_T],
      mentions=[("issued a joint statement", "issued a joint statement"),
                ("calling on Peruvian authorities to respect the will of the people", "calling on")]),
 dict(id="ebrard", summary="Ebrard calls the expulsion unfounded and reprehensible", cameo="111", cameo_any=["11"],
      modality="occurred", when=WED, actors=[("source", "Marcelo Ebrard", MEX), PER_T],
      mentions=[("Marcelo Ebrard called the expulsion", "called")]),
 dict(id="no_break", summary="Mexico will not break off relations with Peru", cameo="161", cameo_any=["16"],
      modality="negated", modality_any=["negated", "hypothetical"], when=WED, required=False,
      mentions=[("Mexico would not break off relations", "break off relations")]),
 dict(id="return", summary="Monroy will return home with Castillo's family", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(earliest="2022-12-21"), required=False,
      mentions=[("Monroy will return home with Castillo's family", "return home")]),
 dict(id="tweet", summary="Ebrard says on Twitter the ambassador acted within international law", cameo="052",
      cameo_any=["05", "01"], modality="occurred", when=WED, required=False,
      mentions=[("he wrote on Twitter", "wrote on Twitter")]),
 dict(id="recall", summary="Peru recalls its ambassador from Mexico City for consultations", cameo="161", cameo_any=["16"],
      modality="occurred", when=LASTWEEK, actors=[PER_S, MEX_T],
      mentions=[("Lima had already recalled its own ambassador from Mexico City", "recalled its own ambassador")]),
 dict(id="boluarte", summary="Boluarte says she wants cordial ties with Mexico but will not accept interference",
      cameo="010", cameo_any=["01", "12"], modality="occurred", when=TUE,
      actors=[("source", "Dina Boluarte", PER), MEX_T],
      mentions=[("said on Tuesday that she wanted to keep cordial ties with Mexico", "said")]),
 dict(id="protests", summary="Deadly protests demand early elections", cameo=None, cameo_any=["*"], modality="occurred",
      when=BEFORE, required=False, mentions=[("weeks of deadly protests demanding early elections", "protests")]),
 dict(id="vote", summary="Congress is expected to vote on bringing the election forward", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(value="2022-W51", earliest="2022-12-19", latest="2022-12-25"), required=False,
      mentions=[("The Peruvian Congress is expected to vote this week", "vote")]),
 dict(id="frozen", summary="The row freezes the Pacific Alliance", cameo=None, cameo_any=["*"], modality="occurred",
      when=BEFORE, required=False, mentions=[("The row has also frozen the Pacific Alliance", "frozen")]),
 dict(id="summit", summary="The Pacific Alliance summit in Lima is cancelled", cameo="164", cameo_any=["16", "*"],
      modality="occurred", when=dict(value="2022-11", earliest="2022-11-01", latest="2022-11-30"), required=False,
      mentions=[("which was cancelled last month", "cancelled")]),
 dict(id="travel", summary="Congress refuses to let Castillo travel abroad", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(latest="2022-11-30"), required=False,
      mentions=[("refused to let Castillo travel abroad", "refused")]),
 dict(id="review", summary="Peru could review its participation in regional forums", cameo=None, cameo_any=["*"],
      modality="hypothetical", when=dict(earliest="2022-12-21"), required=False,
      mentions=[("push Peru to review its participation", "review")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("asylum", "causes", "expel", True, CAUSAL),
 ("expel", "causes", "ebrard", True, CAUSAL),
 ("coup", "causes", "recall", True, CAUSAL),
 ("asylum", "causes", "safe_conduct", False, CAUSAL),
 ("travel", "causes", "summit", False, CAUSAL),
]
