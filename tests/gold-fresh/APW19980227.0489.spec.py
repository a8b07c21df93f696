# Fresh gold (held-out) for TimeBank APW19980227.0489 (AP, Addis Ababa, published Friday 1998-02-27):
# the OAU sets up a panel to investigate the 1994 Rwandan genocide.
DOC = {"id": "d1", "source": "AP", "path": "../../../shared/corpus/tempeval3-train/TimeBank/APW19980227.0489.tml"}
RWA = "RWA"
FRI = dict(value="1998-02-27", earliest="1998-02-27", latest="1998-02-27")
Y1994 = dict(earliest="1994-01-01", latest="1994-12-31")
EVENTS = [
 dict(id="announce", summary="The OAU says it will investigate the Rwandan genocide", cameo="094",
      cameo_any=["09", "03", "01"], modality="occurred", modality_any=["occurred", "expected", "proposed"],
      when=FRI, actors=[("source", "Organization of African Unity", None), ("target", "Rwanda", RWA)],
      mentions=[("The Organization of African Unity said Friday it would investigate", "said Friday it would investigate")]),
 dict(id="meeting", summary="OAU foreign ministers meet in Addis Ababa", cameo="040", cameo_any=["04"],
      modality="occurred", when=dict(latest="1998-02-27"),
      actors=[("participant", "OAU foreign ministers", None)],
      mentions=[("Foreign ministers of member-states meeting in the Ethiopian capital", "meeting")]),
 dict(id="panel", summary="The ministers agree to set up a seven-member panel", cameo="094",
      cameo_any=["09", "05", "03"], modality="occurred", when=dict(latest="1998-02-27"),
      actors=[("source", "OAU foreign ministers", None)],
      mentions=[("agreed to set up a seven-member panel", "agreed")]),
 dict(id="genocide", summary="The Hutu-organized genocide of Tutsis in Rwanda", cameo="202", cameo_any=["20", "18"],
      modality="occurred", when=Y1994, required=False, actors=[("target", "Tutsis", RWA)],
      mentions=[("the Hutu-organized genocide of more than 500,000", "genocide")]),
 dict(id="shootdown", summary="Habyarimana's plane is shot down", cameo="186", cameo_any=["18", "19"],
      modality="occurred", when=dict(value="1994-04-06", earliest="1994-04-06", latest="1994-04-06"),
      actors=[("target", "Juvenal Habyarimana", RWA)],
      mentions=[("who shot down Rwandan President Juvenal Habyarimana's plane", "shot down")]),
 dict(id="rampage", summary="A murderous rampage by Hutu forces and civilians", cameo="202", cameo_any=["20", "18", "19"],
      modality="occurred", when=Y1994, required=False,
      mentions=[("touched off a murderous rampage", "rampage")]),
 dict(id="civilwar", summary="The civil war is reignited", cameo="190", cameo_any=["*"], modality="occurred",
      when=Y1994, required=False, mentions=[("It also reignited the civil war", "reignited")]),
 dict(id="exodus", summary="About 2 million Rwandan Hutus flee to neighboring countries", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(latest="1998-02-27"), required=False,
      mentions=[("The panel also will look at the exodus", "exodus")]),
 dict(id="finish", summary="The panel will finish within a year", cameo=None, cameo_any=["*"], modality="expected",
      modality_any=["expected", "proposed"], when=dict(earliest="1998-02-27"), required=False,
      mentions=[("will finish its investigation within a year", "finish")]),
]
LINKS = [
 ("shootdown", "causes", "rampage", True, ["causes", "responds_to"]),
 ("meeting", "before", "panel", False, ["before", "simultaneous", "includes"]),
]
