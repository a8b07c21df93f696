# Gold timeline for TimeBank CNN19980222.1130.0084 (CNN Headline News, Sunday 1998-02-22): Annan
# meets Saddam Hussein in Baghdad. Story group: iraq-inspections-1998.
DOC = {"id": "d1", "source": "CNN", "path": "../../../shared/corpus/tempeval3-train/TimeBank/CNN19980222.1130.0084.tml"}
IRQ = "IRQ"
TODAY = dict(value="1998-02-22", earliest="1998-02-22", latest="1998-02-22")
EVENTS = [
 dict(id="spokesman", summary="A UN spokesman says Annan is on the verge of a breakthrough", cameo="013",
      cameo_any=["01"], modality="occurred", when=dict(earliest="1998-02-22", latest="1998-02-22"),
      actors=[("source", "UN spokesman", None)],
      mentions=[("A UN spokesman says UN secretary general Kofi Annan is on the verge", "A UN spokesman says"),
                ("but added it's not done yet", "added")]),
 dict(id="breakthrough", summary="A breakthrough in the UN standoff with Iraq", cameo="057",
      cameo_any=["*"], modality="expected", modality_any=["expected", "hypothetical"],
      when=dict(earliest="1998-02-22"), required=False,
      mentions=[("on the verge of a breakthrough", "breakthrough")]),
 dict(id="headway", summary="Diplomacy making headway in resolving the UN's standoff with Iraq", cameo="046",
      cameo_any=["04", "*"], modality="occurred", modality_any=["occurred", "expected"],
      when=dict(latest="1998-02-22"), required=False,
      mentions=[("Diplomacy appears to be making headway", "making headway")]),
 dict(id="meeting", summary="Annan meets Saddam Hussein in Baghdad for three hours", cameo="046",
      cameo_any=["04"], modality="occurred", when=TODAY,
      actors=[("participant", "Kofi Annan", None), ("participant", "Saddam Hussein", IRQ)],
      mentions=[("Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein", "meeting")]),
 dict(id="aziz", summary="Annan expected to meet Tariq Aziz later in the afternoon", cameo="040",
      cameo_any=["04"], modality="expected", when=TODAY,
      actors=[("participant", "Kofi Annan", None), ("participant", "Tariq Aziz", IRQ)],
      mentions=[("He's expected to meet with Iraqi deputy prime minister Tariq Aziz", "expected to meet")]),
 dict(id="proposal", summary="Iraq proposes to open its presidential sites for no more than sixty days",
      cameo="035", cameo_any=["03", "08"], modality="occurred", when=dict(latest="1998-02-22"),
      actors=[("source", "Iraq", IRQ)],
      mentions=[("Iraq's proposal to open it's presidential sites", "proposal")]),
 dict(id="open", summary="Iraq opens its presidential sites for sixty days", cameo="086", cameo_any=["08", "*"],
      modality="proposed", when=dict(), required=False, actors=[("source", "Iraq", IRQ)],
      mentions=[("to open it's presidential sites", "open")]),
 dict(id="insists", summary="The Security Council insists any deal allow inspectors unrestricted access",
      cameo="100", cameo_any=["10"], modality="occurred", when=dict(latest="1998-02-22"),
      actors=[("source", "UN Security Council", None), ("target", "Iraq", IRQ)],
      mentions=[("The UN security council insists any deal", "insists")]),
]
LINKS = [
 ("meeting", "before", "aziz", True, ["before"]),
]
