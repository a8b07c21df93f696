# Second modern gold (written by us in BBC News style; Markdown with front matter, published
# Saturday 2024-04-06): Mexico suspends relations with Ecuador after Ecuadorean police storm its
# embassy in Quito and arrest Jorge Glas.
# "Friday" = 2024-04-05, "Thursday" = 04-04, "Saturday" = 04-06, "Sunday" = 04-07,
# "next week" = 2024-W15, "since December" = 2023-12, "last year's election" = 2023,
# "in January" = 2024-01.
# Required: Mexico's suspension of relations, the raid, Glas' arrest, Lopez Obrador's
# condemnation, the asylum and Ecuador's rejection of it, Barcena's accusation and the ICJ
# case, the staff's departure, Ecuador's defence of the raid, Serur's expulsion and the
# remarks that caused it, the Latin American criticism, Nicaragua's break, the OAS meeting,
# Washington's condemnation and appeal, Ecuador's openness to dialogue, Lopez Obrador's refusal
# to restore ties.
# Non-required: Glas' convictions, Canseco's account and remarks, Ecuador's claim of abuse,
# the election killing, the crackdown, the transfer to prison, Glas' claim of persecution.
DOC = {"id": "d1", "title": "Mexico breaks off relations with Ecuador after police storm embassy",
       "published": "2024-04-06", "source": "BBC News", "path": "mexico-ecuador-bbc-2024.md"}
MEX, ECU, BRA, COL, ARG, NIC, USA = "MEX", "ECU", "BRA", "COL", "ARG", "NIC", "USA"
SAT = dict(value="2024-04-06", earliest="2024-04-06", latest="2024-04-06")
FRI = dict(value="2024-04-05", earliest="2024-04-05", latest="2024-04-05")
THU = dict(value="2024-04-04", earliest="2024-04-04", latest="2024-04-04")
SUN = dict(value="2024-04-07", earliest="2024-04-07", latest="2024-04-07")
FRI_SAT = dict(earliest="2024-04-05", latest="2024-04-06")
MEX_S = ("source", "Mexico", MEX)
ECU_S = ("source", "Ecuador", ECU)
MEX_T = ("target", "Mexico", MEX)
ECU_T = ("target", "Ecuador", ECU)
AMLO = ("source", "Andrés Manuel López Obrador", MEX)
GLAS_T = ("target", "Jorge Glas", ECU)
EVENTS = [
 dict(id="suspend", summary="Mexico suspends diplomatic relations with Ecuador", cameo="161", cameo_any=["16"],
      modality="occurred", when=FRI_SAT, actors=[MEX_S, ECU_T],
      mentions=[("Mexico breaks off relations with Ecuador after police storm embassy", "breaks off relations", 1),
                ("Mexico has suspended diplomatic relations with Ecuador", "suspended diplomatic relations")]),
 dict(id="raid", summary="Ecuadorean police storm the Mexican embassy in Quito", cameo="171", cameo_any=["17", "18", "19"],
      modality="occurred", when=FRI, actors=[ECU_S, MEX_T],
      mentions=[("Mexico breaks off relations with Ecuador after police storm embassy", "storm embassy", 1),
                ("Ecuadorean police forced their way into its embassy", "forced their way"),
                ("said the raid was \"an authoritarian act\"", "the raid"),
                ("Ecuador's presidency defended the operation", "the operation"),
                ("The raid drew condemnation", "The raid")]),
 dict(id="arrest", summary="Ecuadorean police arrest former vice-president Jorge Glas", cameo="173", cameo_any=["17"],
      modality="occurred", when=FRI, actors=[ECU_S, GLAS_T],
      mentions=[("arrested a former vice-president", "arrested")]),
 dict(id="amlo", summary="Lopez Obrador calls the raid an authoritarian act and a violation of Mexico's sovereignty",
      cameo="111", cameo_any=["11"], modality="occurred", when=FRI_SAT, actors=[AMLO, ECU_T],
      mentions=[("President Andrés Manuel López Obrador said the raid", "said")]),
 dict(id="convicted", summary="Glas is convicted of corruption", cameo=None, cameo_any=["*"], modality="occurred",
      when=dict(latest="2024-04-05"), required=False, mentions=[("had been convicted twice of corruption", "convicted")]),
 dict(id="asylum", summary="Mexico grants Glas political asylum", cameo="075", cameo_any=["07", "05"], modality="occurred",
      when=FRI, actors=[MEX_S, GLAS_T],
      mentions=[("Mexico had granted him political asylum", "granted him political asylum")]),
 dict(id="illicit", summary="Ecuador calls the asylum illicit", cameo="111", cameo_any=["11", "12"], modality="occurred",
      when=FRI_SAT, actors=[ECU_S, MEX_T],
      mentions=[("a move Ecuador called \"illicit\"", "called")]),
 dict(id="canseco", summary="Canseco says he was pushed to the ground", cameo="010", cameo_any=["01", "11"],
      modality="occurred", when=FRI_SAT, required=False,
      mentions=[("said he had been pushed to the ground", "pushed"), ("he told reporters", "told reporters")]),
 dict(id="injured", summary="Barcena says several Mexican diplomats were injured", cameo="112", cameo_any=["11", "01"],
      modality="occurred", when=FRI_SAT, actors=[("source", "Alicia Bárcena", MEX), ECU_T],
      mentions=[("Alicia Bárcena said several diplomats had been injured", "said")]),
 dict(id="icj", summary="Mexico will take the case to the International Court of Justice", cameo="115",
      cameo_any=["11", "10"], modality="expected", modality_any=["expected", "proposed"], when=dict(earliest="2024-04-05"),
      actors=[("source", "Alicia Bárcena", MEX), ECU_T],
      mentions=[("Mexico would take the case to the International Court of Justice", "take the case")]),
 dict(id="staff", summary="All Mexican embassy staff will leave Ecuador on Sunday", cameo="166", cameo_any=["16"],
      modality="expected", when=SUN, actors=[MEX_S, ECU_T],
      mentions=[("All Mexican embassy staff would leave Ecuador on Sunday", "leave Ecuador")]),
 dict(id="defend", summary="Ecuador's presidency defends the operation", cameo="052", cameo_any=["05", "01", "12"],
      modality="occurred", when=FRI_SAT, actors=[ECU_S, MEX_T],
      mentions=[("Ecuador's presidency defended the operation", "defended")]),
 dict(id="abuse", summary="Mexico allegedly abused the immunities granted to its mission", cameo=None, cameo_any=["*"],
      modality="alleged", when=dict(latest="2024-04-05"), required=False,
      mentions=[("Mexico had abused the immunities", "abused")]),
 dict(id="serur", summary="Ecuador declares the Mexican ambassador Raquel Serur persona non grata", cameo="166",
      cameo_any=["16", "174"], modality="occurred", when=THU, actors=[ECU_S, ("target", "Raquel Serur", MEX)],
      mentions=[("Ecuador declared the Mexican ambassador, Raquel Serur, persona non grata", "declared")]),
 dict(id="comments", summary="Lopez Obrador suggests the election killing helped Noboa win", cameo="111",
      cameo_any=["11", "01"], modality="occurred", when=dict(latest="2024-04-04"), actors=[AMLO, ECU_T],
      mentions=[("in response to comments by Mr López Obrador", "comments"),
                ("Mr López Obrador had suggested that the killing", "suggested")]),
 dict(id="killing", summary="Presidential candidate Fernando Villavicencio is shot dead", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(value="2023", earliest="2023-01-01", latest="2023-12-31"), required=False,
      mentions=[("Fernando Villavicencio was shot dead", "shot dead")]),
 dict(id="latam", summary="Brazil, Colombia and Argentina criticise the raid", cameo="111", cameo_any=["11"],
      modality="occurred", when=FRI_SAT,
      actors=[("source", "Brazil", BRA), ("source", "Colombia", COL), ("source", "Argentina", ARG), ECU_T],
      mentions=[("drew condemnation across Latin America", "condemnation"),
                ("Brazil, Colombia and Argentina criticised it", "criticised")]),
 dict(id="nicaragua", summary="Nicaragua breaks off relations with Ecuador", cameo="161", cameo_any=["16"],
      modality="occurred", when=SAT, actors=[("source", "Nicaragua", NIC), ECU_T],
      mentions=[("breaking off relations with Quito on Saturday", "breaking off relations")]),
 dict(id="oas", summary="The OAS will convene an emergency meeting of its permanent council", cameo="040",
      cameo_any=["04", "03"], modality="expected", when=dict(value="2024-W15", earliest="2024-04-08", latest="2024-04-14"),
      actors=[("source", "Organization of American States", None)],
      mentions=[("it would convene an emergency meeting", "convene an emergency meeting")]),
 dict(id="us_condemn", summary="Washington condemns any violation of the Vienna Convention", cameo="111", cameo_any=["11"],
      modality="occurred", when=FRI_SAT, actors=[("source", "United States", USA), ECU_T],
      mentions=[("Washington \"condemns any violation\"", "condemns")]),
 dict(id="us_urge", summary="Washington urges Mexico and Ecuador to resolve their differences", cameo="027",
      cameo_any=["02"], modality="occurred", when=FRI_SAT, actors=[("source", "United States", USA), MEX_T, ECU_T],
      mentions=[("urged the two countries to resolve their differences", "urged")]),
 dict(id="crackdown", summary="Noboa's government takes a hard line on crime", cameo=None, cameo_any=["*"],
      modality="occurred", when=dict(earliest="2024-01-01", latest="2024-04-06"), required=False,
      mentions=[("has taken a hard line against crime", "taken a hard line")]),
 dict(id="dialogue", summary="Ecuador says it remains open to dialogue with Mexico", cameo="036", cameo_any=["03", "01"],
      modality="occurred", when=FRI_SAT, actors=[ECU_S, MEX_T],
      mentions=[("His office insisted that Ecuador remained open to dialogue", "insisted")]),
 dict(id="no_restore", summary="Lopez Obrador says he will not restore ties while Noboa is in power", cameo="120",
      cameo_any=["12", "01", "16"], modality="occurred", modality_any=["occurred", "negated"], when=FRI_SAT,
      actors=[AMLO, ECU_T],
      mentions=[("he would not restore ties while Mr Noboa was in power", "would not restore ties")]),
 dict(id="prison", summary="Glas is taken to a maximum-security prison in Guayaquil", cameo=None, cameo_any=["*"],
      modality="occurred", when=SAT, required=False,
      mentions=[("Mr Glas was taken to a maximum-security prison", "taken to a maximum-security prison")]),
 dict(id="persecuted", summary="Glas claims he is being persecuted", cameo=None, cameo_any=["*"], modality="alleged",
      modality_any=["alleged", "occurred"], when=dict(latest="2024-04-05"), required=False,
      mentions=[("claiming he was being persecuted", "claiming")]),
]
CAUSAL = ["causes", "responds_to", "before"]
LINKS = [
 ("raid", "causes", "suspend", True, CAUSAL),
 ("comments", "causes", "serur", True, CAUSAL),
 ("asylum", "before", "raid", True, ["before", "causes"]),
 ("raid", "causes", "nicaragua", False, CAUSAL),
 ("asylum", "causes", "illicit", False, CAUSAL),
 ("raid", "causes", "latam", False, CAUSAL),
]
