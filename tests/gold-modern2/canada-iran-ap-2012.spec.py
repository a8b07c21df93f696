# Second modern gold (written by us in AP style; plain text with title and date line, published
# Friday 2012-09-07): Canada suspends relations with Iran, closes its embassy and expels Iranian
# diplomats; Tehran condemns it.
# "Friday" = 2012-09-07, "Thursday" = 09-06, "last November" = 2011-11, "next week" = 2012-W37.
# Required: the suspension of relations, the embassy closure, the expulsion, the withdrawal of
# Canada's diplomats, Baird's reasons (the accusation, the safety claim, the "threat" remark),
# the terrorism listing, Iran's condemnation, accusation, threat to respond and denial,
# Netanyahu's praise and appeal.
# Non-required: the spokesman's "told", the State Department's remarks, Italy as protecting
# power, the Baird-Lavrov meeting, the conditional restoration, the background storming and
# Kazemi death, the expected debate in parliament.
DOC = {"id": "d1", "title": "Canada cuts diplomatic ties with Iran, closes embassy in Tehran",
       "published": "2012-09-07", "source": "AP", "path": "canada-iran-ap-2012.txt"}
CAN, IRN, ISR, GBR, USA, ITA, RUS = "CAN", "IRN", "ISR", "GBR", "USA", "ITA", "RUS"
FRI = dict(value="2012-09-07", earliest="2012-09-07", latest="2012-09-07")
THU = dict(value="2012-09-06", earliest="2012-09-06", latest="2012-09-06")
BEFORE = dict(latest="2012-09-07")
BAIRD = ("source", "John Baird", CAN)
CAN_S = ("source", "Canada", CAN)
IRN_T = ("target", "Iran", IRN)
IRN_S = ("source", "Iran", IRN)
CAN_T = ("target", "Canada", CAN)
EVENTS = [
 dict(id="suspend", summary="Canada suspends diplomatic relations with Iran", cameo="161", cameo_any=["16"],
      modality="occurred", when=FRI, actors=[CAN_S, IRN_T],
      mentions=[("Canada cuts diplomatic ties with Iran", "cuts diplomatic ties"),
                ("Foreign Minister John Baird announced the decision", "announced the decision"),
                ("Canada was formally suspending diplomatic relations with Iran", "suspending diplomatic relations"),
                ("Iran condemned the move", "the move")]),
 dict(id="close", summary="Canada closes its embassy in Tehran", cameo="161", cameo_any=["16"],
      modality="occurred", when=FRI, actors=[CAN_S, IRN_T],
      mentions=[("closes embassy in Tehran", "closes embassy"),
                ("Canada closed its embassy in Tehran on Friday", "closed its embassy")]),
 dict(id="expel", summary="Canada orders all Iranian diplomats to leave within five days", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=FRI, actors=[CAN_S, IRN_T],
      mentions=[("ordered all Iranian diplomats to leave the country within five days", "ordered all Iranian diplomats to leave"),
                ("The Iranian diplomats remaining in Ottawa were declared persona non grata", "declared persona non grata")]),
 dict(id="withdraw", summary="All Canadian diplomats leave Iran", cameo="166", cameo_any=["16"],
      modality="occurred", when=BEFORE, actors=[CAN_S, IRN_T],
      mentions=[("all Canadian diplomats had already left the country", "had already left")]),
 dict(id="threat_remark", summary="Baird calls Iran the most significant threat to world peace", cameo="111",
      cameo_any=["11", "01"], modality="occurred", when=FRI, actors=[BAIRD, IRN_T],
      mentions=[("calling Iran the most significant threat to world peace", "calling"),
                ("the most significant threat to global peace and security in the world today,\" Baird said", "Baird said")]),
 dict(id="accuse", summary="Baird cites Iran's military aid to Assad, its defiance of UN nuclear resolutions and threats against Israel",
      cameo="112", cameo_any=["11"], modality="occurred", when=FRI, actors=[BAIRD, IRN_T],
      mentions=[("Baird cited Iran's military assistance", "cited")]),
 dict(id="safety", summary="Baird says Ottawa can no longer guarantee the safety of its staff in Iran", cameo="010",
      cameo_any=["01", "11"], modality="occurred", when=FRI, actors=[BAIRD, IRN_T],
      mentions=[("He also said Ottawa could no longer guarantee the safety of its staff", "said")]),
 dict(id="storming", summary="A mob storms the British Embassy in Tehran", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="2011-11", earliest="2011-11-01", latest="2011-11-30"), required=False,
      mentions=[("the storming of the British Embassy in Tehran", "storming")]),
 dict(id="list", summary="Canada will list Iran as a state sponsor of terrorism", cameo="172",
      cameo_any=["17", "16", "11"], modality="expected", modality_any=["expected", "occurred"],
      when=dict(earliest="2012-09-07"), actors=[CAN_S, IRN_T],
      mentions=[("Canada would also list Iran as a state sponsor of terrorism", "list Iran as a state sponsor of terrorism")]),
 dict(id="condemn", summary="Iran condemns the move as hostile", cameo="111", cameo_any=["11"],
      modality="occurred", when=FRI, actors=[IRN_S, CAN_T],
      mentions=[("Iran condemned the move as \"hostile\"", "condemned")]),
 dict(id="accuse_back", summary="Iran accuses Canada's government of acting on behalf of Israel and Britain", cameo="112",
      cameo_any=["11"], modality="occurred", when=FRI, actors=[IRN_S, CAN_T],
      mentions=[("accused the Conservative government of acting on behalf of Israel and Britain", "accused")]),
 dict(id="told", summary="Iran's foreign ministry spokesman speaks to IRNA", cameo="010", cameo_any=["01"],
      modality="occurred", when=FRI, required=False,
      mentions=[("Ramin Mehmanparast told the official IRNA news agency", "told")]),
 dict(id="respond", summary="Tehran says it will respond appropriately", cameo="130", cameo_any=["13"],
      modality="occurred", modality_any=["occurred", "expected"], when=FRI,
      actors=[("source", "Ramin Mehmanparast", IRN), CAN_T],
      mentions=[("Tehran would respond appropriately", "would respond")]),
 dict(id="deny", summary="Iran denies Canadian diplomats were ever in danger", cameo="016", cameo_any=["016", "01"],
      modality="occurred", when=FRI, actors=[("source", "Ramin Mehmanparast", IRN)],
      mentions=[("He denied that Canadian diplomats had ever been in danger", "denied")]),
 dict(id="praise", summary="Netanyahu praises Canada's decision", cameo="051", cameo_any=["05"],
      modality="occurred", when=FRI, actors=[("source", "Benjamin Netanyahu", ISR), CAN_T],
      mentions=[("Benjamin Netanyahu praised the decision", "praised")]),
 dict(id="urge", summary="Netanyahu urges other nations to follow Canada's example", cameo="022", cameo_any=["02"],
      modality="occurred", when=FRI, actors=[("source", "Benjamin Netanyahu", ISR)],
      mentions=[("urged other nations to follow Canada's example", "urged")]),
 dict(id="us_informed", summary="Washington says it was informed in advance and declines further comment", cameo="011",
      cameo_any=["01"], modality="occurred", when=FRI, required=False,
      mentions=[("The U.S. State Department said Washington had been informed in advance", "said"),
                ("declined to comment further", "declined to comment")]),
 dict(id="italy", summary="Italy agrees to represent Canadian interests in Iran", cameo=None, cameo_any=["*"],
      modality="occurred", when=BEFORE, required=False,
      mentions=[("Italy had agreed to represent Canadian interests in Iran", "agreed to represent")]),
 dict(id="lavrov", summary="Baird meets Lavrov on the sidelines of the summit", cameo="040", cameo_any=["04"],
      modality="occurred", when=THU, required=False,
      mentions=[("who met Russian Foreign Minister Sergey Lavrov", "met")]),
 dict(id="restore", summary="Canada might restore relations if Tehran changes course", cameo=None, cameo_any=["*"],
      modality="hypothetical", modality_any=["hypothetical", "negated", "proposed"], when=dict(earliest="2012-09-07"),
      required=False, mentions=[("did not rule out restoring relations in the future", "restoring relations")]),
 dict(id="kazemi", summary="Zahra Kazemi dies in Iranian custody", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(value="2003", earliest="2003-01-01", latest="2003-12-31"), required=False,
      mentions=[("the 2003 death in Iranian custody of Zahra Kazemi", "death")]),
 dict(id="debate", summary="Iranian lawmakers are expected to discuss the decision next week", cameo=None, cameo_any=["*"],
      modality="expected", when=dict(value="2012-W37", earliest="2012-09-10", latest="2012-09-16"), required=False,
      mentions=[("Iranian lawmakers are expected to discuss the Canadian decision", "discuss")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("suspend", "causes", "condemn", True, CAUSAL),
 ("deny", "denies", "safety", True, ["denies"]),
 ("suspend", "causes", "praise", False, CAUSAL),
 ("storming", "causes", "safety", False, CAUSAL),
 ("suspend", "causes", "debate", False, CAUSAL),
]
