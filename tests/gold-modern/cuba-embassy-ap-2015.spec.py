# Modern gold (written by us in AP style; plain text with a date line, published Monday
# 2015-07-20): the United States and Cuba restore diplomatic relations; the Cuban flag is raised
# in Washington, Rodriguez meets Kerry.
# "Monday" = 2015-07-20; "next month" = 2015-08; "in December" = 2014-12; "in April" and
# "in May" = 2015-04 and 2015-05.
# Required: the restoration of relations, the flag raising, the Rodriguez-Kerry meeting and news
# conference, Kerry's remarks, Rodriguez's demands (embargo, Guantanamo), Kerry's human-rights
# statement, the opening of the U.S. embassy in Havana, Kerry's expected trip, the December
# announcement, the Panama meeting, the removal from the terrorism list, the lawmakers' threats
# and Rubio's accusation. The secret talks, the Republicans' refusal, Rubio's promised
# opposition and the 1961 break and 1962 embargo are non-required.
DOC = {"id": "d1", "title": "Cuba raises flag over Washington embassy as ties restored",
       "published": "2015-07-20", "source": "AP", "path": "cuba-embassy-ap-2015.txt"}
USA, CUB = "USA", "CUB"
MON = dict(value="2015-07-20", earliest="2015-07-20", latest="2015-07-20")
BEFORE = dict(latest="2015-07-20")
KERRY = ("source", "John Kerry", USA)
RODR = ("source", "Bruno Rodriguez", CUB)
EVENTS = [
 dict(id="restore", summary="The United States and Cuba formally restore diplomatic relations", cameo="054",
      cameo_any=["05", "03"], modality="occurred", when=MON,
      actors=[("participant", "United States", USA), ("participant", "Cuba", CUB)],
      mentions=[("formally restored diplomatic relations", "restored diplomatic relations"),
                ("as ties restored", "ties restored")]),
 dict(id="flag", summary="Cuba raises its flag over its embassy in Washington", cameo="017",
      cameo_any=["01", "05", "04"], modality="occurred", when=MON,
      actors=[("source", "Cuba", CUB), ("target", "United States", USA)],
      mentions=[("Cuba raises flag over Washington embassy", "raises flag"),
                ("Cuba's flag rose over its embassy in Washington on Monday", "flag rose"),
                ("watched as an honor guard hoisted the flag", "hoisted the flag")]),
 dict(id="meet", summary="Rodriguez meets Kerry at the State Department", cameo="042",
      cameo_any=["04"], modality="occurred", when=MON, actors=[RODR, ("target", "John Kerry", USA)],
      mentions=[("Later in the day Rodriguez met Secretary of State John Kerry", "met"),
                ("the first visit by a Cuban foreign minister to Washington since 1959", "visit")]),
 dict(id="presser", summary="Kerry and Rodriguez hold a joint news conference", cameo="040",
      cameo_any=["04", "01"], modality="occurred", when=MON, required=False,
      mentions=[("held a joint news conference", "news conference")]),
 dict(id="kerry_historic", summary="Kerry calls the day historic but acknowledges differences", cameo="010",
      cameo_any=["01"], modality="occurred", when=MON, actors=[KERRY],
      mentions=[("Kerry called the day historic", "called the day historic"),
                ("acknowledged that \"there are still many differences\"", "acknowledged")]),
 dict(id="press_embargo", summary="Rodriguez presses Washington to lift the embargo and return Guantanamo", cameo="1054",
      cameo_any=["10", "02"], modality="occurred", when=MON, actors=[RODR, ("target", "United States", USA)],
      mentions=[("Rodriguez, in turn, pressed Washington to lift the trade embargo", "pressed Washington")]),
 dict(id="no_normal", summary="Rodriguez says full normalization is impossible with the embargo", cameo="012",
      cameo_any=["01", "12"], modality="occurred", when=MON, actors=[RODR], required=False,
      mentions=[("He said full normalization would not be possible", "said")]),
 dict(id="rights", summary="Kerry says the U.S. will keep urging Havana to improve human rights", cameo="1043",
      cameo_any=["10", "02", "01"], modality="occurred", when=MON, actors=[KERRY, ("target", "Cuba", CUB)],
      mentions=[("would continue to urge Havana to improve its human rights record", "urge Havana")]),
 dict(id="us_embassy", summary="The U.S. Embassy in Havana opens", cameo="054", cameo_any=["05", "04"],
      modality="occurred", when=MON, actors=[("source", "United States", USA), ("target", "Cuba", CUB)],
      mentions=[("The U.S. Embassy in Havana also opened its doors Monday", "opened its doors")]),
 dict(id="kerry_trip", summary="Kerry is expected to travel to Cuba next month", cameo="042", cameo_any=["04"],
      modality="expected", when=dict(value="2015-08", earliest="2015-08-01", latest="2015-08-31"),
      actors=[KERRY, ("target", "Cuba", CUB)],
      mentions=[("Kerry is expected to travel to Cuba next month", "travel to Cuba"),
                ("the first visit by a secretary of state to the island in 70 years", "visit")]),
 dict(id="announce", summary="Obama and Castro announce they will work to restore relations", cameo="036",
      cameo_any=["03", "05"], modality="occurred", when=dict(value="2014-12", earliest="2014-12-01", latest="2014-12-31"),
      actors=[("participant", "Barack Obama", USA), ("participant", "Raul Castro", CUB)],
      mentions=[("announced in December that they would work to restore relations", "announced")]),
 dict(id="secret_talks", summary="18 months of secret talks brokered in part by Pope Francis", cameo="046",
      cameo_any=["04"], modality="occurred", when=dict(latest="2014-12-31"), required=False,
      mentions=[("after 18 months of secret talks", "secret talks")]),
 dict(id="panama", summary="Obama and Castro meet in Panama", cameo="044", cameo_any=["04"],
      modality="occurred", when=dict(value="2015-04", earliest="2015-04-01", latest="2015-04-30"),
      actors=[("participant", "Barack Obama", USA), ("participant", "Raul Castro", CUB)],
      mentions=[("The two leaders met in Panama in April", "met")]),
 dict(id="terror_list", summary="The State Department removes Cuba from the state sponsors of terrorism list", cameo="081",
      cameo_any=["08", "05"], modality="occurred", when=dict(value="2015-05", earliest="2015-05-01", latest="2015-05-31"),
      actors=[("source", "State Department", USA), ("target", "Cuba", CUB)],
      mentions=[("the State Department removed Cuba from its list of state sponsors of terrorism", "removed Cuba")]),
 dict(id="refuse_embargo", summary="Republican leaders refuse to consider lifting the embargo", cameo="1244",
      cameo_any=["12"], modality="occurred", when=BEFORE, required=False,
      mentions=[("Republican leaders have refused to consider it", "refused")]),
 dict(id="threat_funds", summary="Lawmakers threaten to block funding for the embassy and the ambassador's confirmation", cameo="130",
      cameo_any=["13", "12"], modality="occurred", when=BEFORE, actors=[("source", "U.S. lawmakers", USA)],
      mentions=[("Some lawmakers have threatened to block funding", "threatened")]),
 dict(id="rubio", summary="Rubio accuses the administration of rewarding a dictatorship", cameo="111",
      cameo_any=["11"], modality="occurred", when=BEFORE,
      actors=[("source", "Marco Rubio", USA), ("target", "Obama administration", USA)],
      mentions=[("accused the administration of rewarding a dictatorship", "accused")]),
 dict(id="rubio_oppose", summary="Rubio says he will oppose any nominee", cameo="120", cameo_any=["12", "13"],
      modality="expected", modality_any=["expected", "occurred"], when=dict(earliest="2015-07-20"), required=False,
      mentions=[("said he would oppose any nominee", "oppose")]),
 dict(id="break_1961", summary="The U.S. breaks off relations with Cuba in January 1961", cameo="161",
      cameo_any=["16"], modality="occurred", when=dict(value="1961-01", earliest="1961-01-01", latest="1961-01-31"),
      required=False, mentions=[("The U.S. broke off relations with Cuba in January 1961", "broke off relations"),
                                 ("relations that were severed at the height of the Cold War", "severed")]),
 dict(id="embargo_1962", summary="The U.S. imposes the embargo the following year", cameo="163", cameo_any=["16"],
      modality="occurred", when=dict(value="1962", earliest="1962-01-01", latest="1962-12-31"), required=False,
      mentions=[("imposed the embargo the following year", "imposed the embargo")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("secret_talks", "before", "announce", True, ["before", "causes"]),
 ("announce", "before", "restore", False, ["before", "causes"]),
 ("terror_list", "before", "restore", False, ["before", "causes"]),
 ("break_1961", "before", "embargo_1962", False, ["before"]),
]
