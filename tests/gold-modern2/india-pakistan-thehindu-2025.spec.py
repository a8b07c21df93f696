# Second modern gold (written by us in The Hindu style; Markdown with front matter, published
# Thursday 2025-04-24): after the Pahalgam attack India holds the Indus Waters Treaty in
# abeyance and expels Pakistan's defence advisers; Pakistan closes its airspace, suspends trade
# and expels India's advisers.
# "Thursday (April 24, 2025)" = 2025-04-24, "Wednesday (April 23, 2025)" = 04-23, "Tuesday" =
# 04-22, "April 30", "May 1", treaty 1960, Simla 1972, downgrade 2019.
# Required: Pakistan's airspace closure, trade suspension, "act of war" warning, expulsion of
# the Indian advisers and the possible suspension of bilateral agreements; India's treaty
# suspension, Attari closure, visa cancellation, expulsion of the Pakistani advisers,
# withdrawal of its own, reduction of the missions, summoning of the Pakistani diplomat,
# India's charge of cross-border links and Pakistan's denial and call for an investigation,
# Jaishankar's briefing of envoys, Guterres' appeal, Trump's call and offer of support.
# Non-required: the umbrella "measures", the two committee meetings, Misri's briefing, Modi's
# curtailed Saudi visit, the attack itself, the absence of High Commissioners, the 2019
# downgrade and revocation.
DOC = {"id": "d1", "title": "Pakistan shuts airspace, suspends trade after India holds Indus treaty in abeyance",
       "published": "2025-04-24", "source": "The Hindu", "path": "india-pakistan-thehindu-2025.md"}
IND, PAK, SAU, USA = "IND", "PAK", "SAU", "USA"
THU = dict(value="2025-04-24", earliest="2025-04-24", latest="2025-04-24")
WED = dict(value="2025-04-23", earliest="2025-04-23", latest="2025-04-23")
TUE = dict(value="2025-04-22", earliest="2025-04-22", latest="2025-04-22")
SINCE_ATTACK = dict(earliest="2025-04-22", latest="2025-04-24")
PAK_S = ("source", "Pakistan", PAK)
IND_S = ("source", "India", IND)
PAK_T = ("target", "Pakistan", PAK)
IND_T = ("target", "India", IND)
TITLE = "Pakistan shuts airspace, suspends trade after India holds Indus treaty in abeyance"
EVENTS = [
 dict(id="airspace", summary="Pakistan closes its airspace to Indian airlines", cameo="163", cameo_any=["16", "17"],
      modality="occurred", when=THU, actors=[PAK_S, IND_T],
      mentions=[(TITLE, "shuts airspace", 1),
                ("closed its airspace to all Indian-owned", "closed its airspace")]),
 dict(id="trade", summary="Pakistan suspends all trade with India", cameo="163", cameo_any=["16", "17"],
      modality="occurred", when=THU, actors=[PAK_S, IND_T],
      mentions=[(TITLE, "suspends trade", 1),
                ("suspended all trade with India", "suspended all trade")]),
 dict(id="nsc", summary="Pakistan's National Security Committee meets", cameo=None, cameo_any=["*"], modality="occurred",
      when=THU, required=False,
      mentions=[("The decisions were taken at a meeting of Pakistan's National Security Committee", "meeting")]),
 dict(id="war_warning", summary="Pakistan warns that diverting its water would be an act of war", cameo="138",
      cameo_any=["13"], modality="occurred", when=THU, actors=[PAK_S, IND_T],
      mentions=[("A statement issued after the meeting said", "A statement issued"),
                ("would be considered \"an act of war\"", "considered")]),
 dict(id="pak_expel", summary="Pakistan declares the Indian defence, naval and air advisers persona non grata", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=THU, actors=[PAK_S, IND_T],
      mentions=[("Islamabad also declared the Indian defence, naval and air advisers", "declared"),
                ("asked them to leave by April 30", "asked them to leave")]),
 dict(id="simla", summary="Pakistan could hold all bilateral agreements, including the Simla Agreement, in abeyance",
      cameo="161", cameo_any=["16", "13"], modality="hypothetical", modality_any=["hypothetical", "expected"],
      when=dict(earliest="2025-04-24"), actors=[PAK_S, IND_T],
      mentions=[("It said it could hold all bilateral agreements with India", "could hold all bilateral agreements")]),
 dict(id="measures", summary="India announces punitive diplomatic measures against Pakistan", cameo="160",
      cameo_any=["16", "17"], modality="occurred", when=WED, required=False,
      mentions=[("New Delhi announced a series of punitive diplomatic measures", "announced"),
                ("The measures were decided at a meeting", "The measures")]),
 dict(id="indus", summary="India holds the Indus Waters Treaty in abeyance", cameo="160", cameo_any=["16"],
      modality="occurred", when=WED, actors=[IND_S, PAK_T],
      mentions=[(TITLE, "holds Indus treaty in abeyance", 1),
                ("the Indus Waters Treaty of 1960 would be held in abeyance", "held in abeyance")]),
 dict(id="briefing", summary="Misri tells a press briefing", cameo="010", cameo_any=["01"], modality="occurred", when=WED,
      required=False, mentions=[("Vikram Misri told a press briefing", "told a press briefing")]),
 dict(id="attari", summary="India closes the Integrated Check Post at Attari", cameo="1721", cameo_any=["16", "17"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2025-04-23"),
      actors=[IND_S, PAK_T],
      mentions=[("the Integrated Check Post at Attari would be closed", "would be closed")]),
 dict(id="visas", summary="India bars Pakistani nationals from travelling under the SAARC visa exemption scheme",
      cameo="172", cameo_any=["17", "16"], modality="occurred", modality_any=["occurred", "expected"],
      when=dict(earliest="2025-04-23"), actors=[IND_S, PAK_T],
      mentions=[("Pakistani nationals would no longer be allowed to travel to India", "no longer be allowed")]),
 dict(id="ccs", summary="The Cabinet Committee on Security meets", cameo=None, cameo_any=["*"], modality="occurred",
      when=WED, required=False,
      mentions=[("a meeting of the Cabinet Committee on Security", "meeting")]),
 dict(id="saudi_visit", summary="Modi cuts short his visit to Saudi Arabia", cameo="042", cameo_any=["04", "*"],
      modality="occurred", when=dict(earliest="2025-04-22", latest="2025-04-23"), required=False,
      mentions=[("who had cut short his visit to Saudi Arabia", "cut short his visit")]),
 dict(id="ind_expel", summary="India expels the defence advisers of the Pakistani High Commission", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=WED, actors=[IND_S, PAK_T],
      mentions=[("New Delhi also expelled the defence advisers", "expelled"),
                ("giving them a week to leave", "a week to leave")]),
 dict(id="withdraw", summary="India will withdraw its own defence advisers from Islamabad", cameo="166", cameo_any=["16"],
      modality="expected", modality_any=["expected", "proposed"], when=dict(earliest="2025-04-23"),
      actors=[IND_S, PAK_T],
      mentions=[("it would withdraw its own advisers from Islamabad", "withdraw")]),
 dict(id="strength", summary="Both High Commissions are cut to 30 staff by May 1", cameo="161", cameo_any=["16"],
      modality="expected", when=dict(earliest="2025-04-23", latest="2025-05-01"), actors=[IND_S, PAK_T],
      mentions=[("will be brought down to 30 from 55 by May 1", "brought down")]),
 dict(id="summon", summary="India summons Pakistan's senior-most diplomat and hands over notes declaring the advisers persona non grata",
      cameo="1125", cameo_any=["11", "16", "04", "10"], modality="occurred", when=THU,
      actors=[("source", "Ministry of External Affairs", IND), PAK_T],
      mentions=[("the Ministry of External Affairs summoned Pakistan's senior-most diplomat", "summoned"),
                ("handed over formal notes", "handed over formal notes")]),
 dict(id="attack", summary="Militants kill 26 people near Pahalgam", cameo=None, cameo_any=["*"], modality="occurred",
      when=TUE, required=False,
      mentions=[("were killed on Tuesday when militants opened fire", "killed"),
                ("following the terror attack in Pahalgam", "terror attack")]),
 dict(id="charge", summary="India says the attack had cross-border linkages", cameo="112", cameo_any=["11"],
      modality="occurred", when=SINCE_ATTACK, actors=[IND_S, PAK_T],
      mentions=[("India has said the attack had \"cross-border linkages\"", "said")]),
 dict(id="reject", summary="Pakistan rejects the charge and says it had nothing to do with the killings", cameo="016",
      cameo_any=["016", "01", "12"], modality="occurred", when=SINCE_ATTACK, actors=[PAK_S, IND_T],
      mentions=[("a charge Pakistan has rejected", "rejected"),
                ("Pakistan's Foreign Office said Islamabad had nothing to do", "said")]),
 dict(id="investigation", summary="Pakistan calls for a neutral investigation", cameo="101", cameo_any=["10", "02"],
      modality="occurred", when=SINCE_ATTACK, actors=[PAK_S],
      mentions=[("called for a neutral investigation", "called for")]),
 dict(id="jaishankar", summary="Jaishankar briefs envoys of several countries on the attack", cameo="040",
      cameo_any=["04", "01"], modality="occurred", when=THU, actors=[("source", "S. Jaishankar", IND)],
      mentions=[("S. Jaishankar briefed envoys of several countries", "briefed")]),
 dict(id="guterres", summary="Guterres urges both sides to exercise maximum restraint", cameo="0256", cameo_any=["02"],
      modality="occurred", when=SINCE_ATTACK,
      actors=[("source", "Antonio Guterres", None), IND_T, PAK_T],
      mentions=[("Antonio Guterres urged both sides to exercise maximum restraint", "urged")]),
 dict(id="trump_call", summary="Trump speaks to Modi", cameo="041", cameo_any=["04"], modality="occurred", when=SINCE_ATTACK,
      actors=[("source", "Donald Trump", USA), ("target", "Narendra Modi", IND)],
      mentions=[("he had spoken to Mr. Modi", "spoken to")]),
 dict(id="trump_support", summary="Trump offers India full support", cameo="032", cameo_any=["03", "05"],
      modality="occurred", when=SINCE_ATTACK, actors=[("source", "Donald Trump", USA), IND_T],
      mentions=[("offered full support", "offered")]),
 dict(id="no_hc", summary="The two countries have had no High Commissioners since 2019", cameo=None, cameo_any=["*"],
      modality="negated", modality_any=["negated", "occurred"], when=dict(earliest="2019-01-01", latest="2025-04-24"),
      required=False, mentions=[("have not had High Commissioners", "had High Commissioners")]),
 dict(id="downgrade", summary="Pakistan downgrades ties with India", cameo="161", cameo_any=["16"], modality="occurred",
      when=dict(value="2019", earliest="2019-01-01", latest="2019-12-31"), required=False,
      mentions=[("when Pakistan downgraded ties", "downgraded ties")]),
 dict(id="revoke", summary="India revokes the special status of Jammu and Kashmir", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="2019", earliest="2019-01-01", latest="2019-12-31"), required=False,
      mentions=[("India revoked the special status", "revoked")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("indus", "causes", "airspace", True, CAUSAL),
 ("reject", "denies", "charge", True, ["denies"]),
 ("indus", "causes", "trade", False, CAUSAL),
 ("attack", "causes", "measures", False, CAUSAL),
 ("attack", "causes", "indus", False, CAUSAL),
 ("revoke", "causes", "downgrade", False, CAUSAL),
]
