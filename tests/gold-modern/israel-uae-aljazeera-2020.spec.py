# Modern gold (written by us in Al Jazeera style; small HTML page with article:published_time,
# published Friday 2020-08-14): the UAE and Israel agree to normalise ties in a US-brokered deal.
# "Thursday" = 2020-08-13, "Friday" = 08-14. Reactions told without a day follow the Thursday
# announcement: bounded by Thursday and Friday.
# Required: the normalisation agreement, the joint statement, the planned delegation meetings
# and agreements, the suspension of annexation, Netanyahu's contradicting remark, Trump's
# praise and expected signing ceremony, the Palestinian rejection and recall of the ambassador,
# the Hamas and Iranian condemnations, Turkey's criticism and Erdogan's threat, Egypt's
# welcome, Gargash's denial. The 1979 and 1994 treaties and the years of discreet contacts are
# non-required.
DOC = {"id": "d1", "title": "UAE and Israel agree to normalise ties in US-brokered deal",
       "published": "2020-08-14", "source": "Al Jazeera", "path": "israel-uae-aljazeera-2020.html"}
ARE, ISR, USA, PSE, IRN, TUR, EGY, JOR = "ARE", "ISR", "USA", "PSE", "IRN", "TUR", "EGY", "JOR"
THU = dict(value="2020-08-13", earliest="2020-08-13", latest="2020-08-13")
FRI = dict(value="2020-08-14", earliest="2020-08-14", latest="2020-08-14")
THU_FRI = dict(earliest="2020-08-13", latest="2020-08-14")
UAE_T = ("target", "United Arab Emirates", ARE)
EVENTS = [
 dict(id="deal", summary="The UAE and Israel agree to establish full diplomatic relations", cameo="057",
      cameo_any=["05", "03"], modality="occurred", when=THU,
      actors=[("participant", "United Arab Emirates", ARE), ("participant", "Israel", ISR)],
      mentions=[("UAE and Israel agree to normalise ties", "agree to normalise ties", 1),
                ("have agreed to establish full diplomatic relations", "agreed to establish full diplomatic relations"),
                ("in a deal announced by United States President Donald Trump", "deal")]),
 dict(id="statement", summary="Trump, Netanyahu and Mohammed bin Zayed release a joint statement", cameo="010",
      cameo_any=["01", "05"], modality="occurred", when=THU,
      actors=[("source", "Donald Trump", USA), ("source", "Benjamin Netanyahu", ISR), ("source", "Mohammed bin Zayed", ARE)],
      mentions=[("In a joint statement released on Thursday", "joint statement"),
                ("the statement said", "statement said")]),
 dict(id="delegations", summary="Delegations will meet in the coming weeks to sign agreements", cameo="046",
      cameo_any=["04", "05", "03"], modality="expected", modality_any=["expected", "proposed"],
      when=dict(earliest="2020-08-13"),
      actors=[("participant", "United Arab Emirates", ARE), ("participant", "Israel", ISR)],
      mentions=[("delegations from the two countries would meet in the coming weeks", "would meet"),
                ("to sign agreements on investment, tourism", "sign agreements")]),
 dict(id="suspend", summary="Israel will suspend its plans to annex parts of the West Bank", cameo="0356",
      cameo_any=["03", "08"], modality="expected", modality_any=["expected", "occurred", "proposed"],
      when=dict(earliest="2020-08-13"), actors=[("source", "Israel", ISR), ("target", "Palestinians", PSE)],
      mentions=[("Israel will suspend its plans to annex parts of the occupied West Bank", "suspend its plans"),
                ("Israel says it will suspend annexation plans in return", "suspend annexation plans")]),
 dict(id="delayed", summary="Netanyahu says annexation has only been delayed", cameo="010", cameo_any=["01"],
      modality="occurred", when=THU, actors=[("source", "Benjamin Netanyahu", ISR)],
      mentions=[("told a news conference in Jerusalem hours later", "told a news conference"),
                ("annexation had only been delayed", "delayed")]),
 dict(id="trump_praise", summary="Trump calls the deal a truly historic moment", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=THU_FRI, actors=[("source", "Donald Trump", USA)],
      mentions=[("Trump told reporters at the White House that the deal", "told reporters"),
                ("predicted that other countries in the region would follow", "predicted")]),
 dict(id="signing", summary="A signing ceremony will be held at the White House within three weeks", cameo="057",
      cameo_any=["05", "04"], modality="expected", when=dict(earliest="2020-08-13", latest="2020-09-04"),
      actors=[("participant", "United Arab Emirates", ARE), ("participant", "Israel", ISR)],
      mentions=[("a signing ceremony would be held at the White House", "signing ceremony")]),
 dict(id="abbas_reject", summary="Abbas's office rejects the deal as a betrayal", cameo="111", cameo_any=["11", "12"],
      modality="occurred", when=THU_FRI, actors=[("source", "Mahmoud Abbas", PSE), UAE_T],
      mentions=[("The office of President Mahmoud Abbas rejected the deal", "rejected the deal"),
                ("Palestinians condemn the agreement as a betrayal", "condemn"),
                ("Palestinian leaders reacted with fury", "reacted with fury")]),
 dict(id="recall", summary="The Palestinians recall their ambassador to the UAE", cameo="161", cameo_any=["16"],
      modality="occurred", when=THU_FRI, actors=[("source", "Palestinian Authority", PSE), UAE_T],
      mentions=[("the Palestinian ambassador to the UAE was being recalled", "recalled")]),
 dict(id="hamas", summary="Hamas says the agreement rewards the occupation", cameo="111", cameo_any=["11"],
      modality="occurred", when=THU_FRI, actors=[("source", "Hamas", PSE)],
      mentions=[("said the agreement rewarded the Israeli occupation for its crimes", "rewarded")]),
 dict(id="iran", summary="Iran calls the deal strategic stupidity and warns it will strengthen the resistance", cameo="111",
      cameo_any=["11", "13"], modality="occurred", when=THU_FRI, actors=[("source", "Iran", IRN), UAE_T],
      mentions=[("Iran called it \"strategic stupidity\"", "called it"),
                ("warned that it would only strengthen the resistance", "warned")]),
 dict(id="turkey", summary="Turkey's foreign ministry says history will never forgive the UAE", cameo="111",
      cameo_any=["11"], modality="occurred", when=THU_FRI, actors=[("source", "Turkish foreign ministry", TUR), UAE_T],
      mentions=[("Turkey's foreign ministry said history would never forgive", "would never forgive")]),
 dict(id="erdogan", summary="Erdogan says Ankara is considering suspending relations with Abu Dhabi", cameo="1313",
      cameo_any=["13", "014", "16"], modality="occurred", modality_any=["occurred", "hypothetical", "expected", "proposed"],
      when=FRI, actors=[("source", "Recep Tayyip Erdogan", TUR), UAE_T],
      mentions=[("Ankara was considering suspending diplomatic relations with Abu Dhabi", "considering suspending")]),
 dict(id="welcome", summary="Egypt and Jordan welcome the move", cameo="051", cameo_any=["05", "01"],
      modality="occurred", when=THU_FRI, actors=[("source", "Egypt", EGY), ("source", "Jordan", JOR)],
      mentions=[("welcomed the move", "welcomed"),
                ("said he had followed the announcement \"with interest and appreciation\"", "followed the announcement")]),
 dict(id="treaties", summary="Egypt and Jordan signed peace treaties with Israel in 1979 and 1994", cameo="057",
      cameo_any=["05"], modality="occurred", when=dict(earliest="1979-01-01", latest="1994-12-31"), required=False,
      mentions=[("which signed peace treaties with Israel in 1979 and 1994", "signed peace treaties")]),
 dict(id="gargash", summary="Gargash denies the deal came at the Palestinians' expense", cameo="016",
      cameo_any=["016", "01", "052"], modality="occurred", when=THU_FRI,
      actors=[("source", "Anwar Gargash", ARE)],
      mentions=[("denied that the agreement came at the expense of the Palestinians", "denied")]),
 dict(id="contacts", summary="Years of discreet contacts between the UAE and Israel", cameo="040", cameo_any=["04", "*"],
      modality="occurred", when=dict(latest="2020-08-13"), required=False,
      mentions=[("formalised years of discreet contacts", "discreet contacts")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("deal", "causes", "recall", True, CAUSAL),
 ("deal", "causes", "suspend", True, CAUSAL + ["simultaneous"]),
 ("deal", "causes", "abbas_reject", False, CAUSAL),
 ("deal", "causes", "erdogan", False, CAUSAL),
 ("gargash", "denies", "abbas_reject", False, ["denies"]),
]
