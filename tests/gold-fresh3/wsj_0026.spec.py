# Third fresh gold (held-out) for TimeBank wsj_0026 (Wall Street Journal, DCT Thursday
# 1989-11-02): President Bush grants duty-free treatment under the Generalized System of
# Preferences to 18 categories of watches from developing nations and turns down the rest of
# Timex's petition. Story group: trade preferences 1989. No day is given: the decision is
# bounded by the DCT. Required: the grant and the refusal (two halves of one decision, two acts).
# The Timex petition, the earlier denial and the officials' remarks are non-required.
DOC = {"id": "d1", "source": "Wall Street Journal", "path": "../../../shared/corpus/tempeval3-train/TimeBank/wsj_0026.tml"}
USA, PHL, THA = "USA", "PHL", "THA"
BEFORE = dict(latest="1989-11-02")
BUSH = ("source", "George Bush", USA)
EVENTS = [
 dict(id="approved", summary="Bush approves duty-free treatment for imports of certain watches", cameo="061",
      cameo_any=["06", "07", "08", "05", "03"], modality="occurred", when=BEFORE, actors=[BUSH],
      mentions=[("President Bush has approved duty-free treatment", "approved"),
                ("Mr. Bush decided to grant duty-free status for 18 categories", "decided to grant"),
                ("the main beneficiaries of the president's action", "action")]),
 dict(id="turned_down", summary="Bush turns down duty-free treatment for other types of watches", cameo="120",
      cameo_any=["12"], modality="occurred", when=BEFORE, actors=[BUSH],
      mentions=[("but turned down such treatment for other types of watches", "turned down")]),
 dict(id="wh_said", summary="The White House announces the decision", cameo="010", cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("The White House said President Bush", "said")]),
 dict(id="petition", summary="Timex files a petition for changes in the U.S. Generalized System of Preferences",
      cameo="020", cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("a petition filed by Timex Inc.", "petition"),
                ("Timex had requested duty-free treatment", "requested")]),
 dict(id="denied_before", summary="Watch imports were previously denied duty-free treatment", cameo="120",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("watch imports were denied such duty-free treatment", "denied")]),
 dict(id="beneficiaries", summary="U.S. trade officials say the Philippines and Thailand will benefit most", cameo="010",
      cameo_any=["*"], modality="occurred", when=BEFORE, required=False,
      mentions=[("U.S. trade officials said the Philippines and Thailand", "said")]),
]
LINKS = [
 ("petition", "before", "approved", False, ["before", "causes", "responds_to"]),
]
