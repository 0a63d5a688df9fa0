"""Families of words a clinician writes for a category, beyond the notes the lexicon was
tuned on: each family with a few hand-written examples, and the look-alikes it must leave
alone. Written after notes_independent.jsonl showed which families were missing."""

from __future__ import annotations

import pytest

from carevault.classify import classify


def categories(text: str) -> tuple[str, ...]:
    return classify(text).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # genetic: named hereditary syndromes, genes, variants, carriers of a translocation
        ("Neurofibromatose de type 1 connue, suivi dermato annuel.", "genetic"),
        ("Variant NF1 de novo retrouvé chez l'enfant.", "genetic"),
        ("Expansion C9orf72 identifiée, SLA familiale.", "genetic"),
        ("Her husband carries a balanced reciprocal translocation t(11;22).", "genetic"),
        ("Polykystose rénale autosomique dominante, DFG 48.", "genetic"),
        ("Myopathie de Duchenne chez ce garçon de 7 ans, corticoïdes.", "genetic"),
        ("Hémophilie A sévère, prophylaxie par facteur VIII.", "genetic"),
        ("Familial hypercholesterolaemia, LDLR variant confirmed.", "genetic"),
        ("Amyotrophie spinale de type 2, nusinersen.", "genetic"),
        # reproductive: ectopic pregnancy, fetal death, fertility preservation, surrogacy
        ("Douleur FIG, βhCG 2300, vacuité utérine : GEU. Méthotrexate IM.", "reproductive"),
        ("Mme 36 ans, mort fœtale in utero à 32 SA il y a 3 mois.", "reproductive"),
        ("Ovarian stimulation for oocyte cryopreservation before chemotherapy.", "reproductive"),
        ("Leur fille est née par GPA au Canada il y a 3 semaines.", "reproductive"),
        ("Orientation vers le CECOS pour autoconservation de sperme.", "reproductive"),
        ("Ectopic pregnancy treated with methotrexate last year.", "reproductive"),
        # violence: assaults, brawls, weapons, a parent who hits a child
        ("Agressée par un client la semaine dernière (coups au visage).", "violence"),
        ("Plaie du flanc par arme blanche lors d'une rixe.", "violence"),
        ("17M assaulted on a bus: punched and kicked.", "violence"),
        ("Rapport forcé par son patron dans le bureau, plainte déposée.", "sexual_violence"),
        ("Arrested as a climate protester last week, custody 24 h.", "political_opinion"),
        ("Her stepfather regularly slaps and kicks her when he is angry.", "violence"),
        ("History of alcohol-related violence, conviction for assault.", "violence"),
        ("Dit que papa tape avec la ceinture quand elle fait des bêtises.", "violence"),
        # sex_life
        ("3 à 4 h/j de pornographie, rencontres tarifées fréquentes.", "sex_life"),
        ("Compulsive sexual behaviour, pays for sex weekly.", "sex_life"),
        # mental_health: ADHD and its drugs, binge eating, GAD (not the GAD-7 score)
        ("Adult ADHD confirmed, started lisdexamfetamine 30 mg.", "mental_health"),
        ("TDAH de présentation combinée, méthylphénidate 10 mg.", "mental_health"),
        ("Hyperphagie boulimique, 3 crises par semaine.", "mental_health"),
        # addiction: drugs that imply it
        ("Abstinent for 4 months on disulfiram, attending the alcohol service.", "addiction"),
        # political opinion: party membership written as an acronym, persecution
        ("M. Roche, 48 ans, élu RN au conseil régional, épuisement.", "political_opinion"),
        ("Réfugié, persécuté pour ses opinions, journaliste d'opposition.", "political_opinion"),
        ("Adhérent du PS depuis 20 ans, très pris par la campagne.", "political_opinion"),
        # ethnic origin: peoples named alone, a parenthesis before "heritage"
        ("23M of Nigerian (Yoruba) heritage with sickle cell disease.", "ethnic_origin"),
        ("Mme 40 ans, tamoule du Sri Lanka, arrivée en 2009.", "ethnic_origin"),
        ("M. Rezaï, 38 ans, hazara d'Afghanistan, réfugié statutaire.", "ethnic_origin"),
        ("Patient issu de la communauté des Irish Travellers.", "ethnic_origin"),
        # sexual orientation: a man's husband, the man's sex read from "Patient 52 ans"
        ("Patient 52 ans, vit avec son mari depuis 20 ans.", "sexual_orientation"),
        ("27M, perianal warts. Has sex with men, lives with his husband.", "sexual_orientation"),
    ],
)
def test_a_family_of_words_is_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Macrolide resistance mutation detected on Mycoplasma genitalium PCR.", "genetic"),
        ("COVID-19, séquençage : variant JN.1, pas de mutation de résistance.", "genetic"),
        ("Variants de risque APOL1 : génotypage discuté, refusé.", "genetic"),
        ("Translocation bactérienne suspectée, hémocultures.", "genetic"),
        ("Polyarthrite rhumatoïde séropositive (ACPA+), méthotrexate.", "hiv_sti"),
        ("Toxoplasmose : séropositive, immunisée.", "hiv_sti"),
        ("Heard a crack while landing a jump, painful ankle.", "addiction"),
        ("GAD-7 5, PHQ-9 4 : pas de trouble anxieux.", "mental_health"),
        ("Abusé sexuellement à 11 ans par un prêtre de son internat.", "religion"),
        ("PHQ-9 via Tamil interpreter : 18.", "ethnic_origin"),
        ("Interprète tamoul présent pendant la consultation.", "ethnic_origin"),
        ("La violence de la douleur l'a réveillé.", "violence"),
        ("Polykystose ovarienne, cycles longs.", "genetic"),
        ("Surrogate markers of inflammation are down.", "reproductive"),
        ("Granulomatose avec polyangéite (GPA) sous rituximab.", "reproductive"),
        ("Perte de contrôle de la glycémie, insuline majorée.", "addiction"),
        ("Rapport forcé par la direction après l'audit, arrêt de travail.", "sexual_violence"),
        ("Veut protester auprès de la CPAM contre un refus.", "political_opinion"),
        ("FGM protection order pending for the daughter.", "violence"),
    ],
)
def test_a_look_alike_is_not_a_finding(text: str, category: str) -> None:
    assert category not in categories(text)


def test_a_child_protection_report_belongs_to_the_sexual_abuse_it_reports() -> None:
    abuse = "Attouchements par le beau-père. Signalement au procureur fait ce jour."
    assert categories(abuse) == ("sexual_violence",)
    beaten = "Traces de ceinture sur le dos. Signalement au procureur fait ce jour."
    assert "violence" in categories(beaten)
    # a denied sexual abuse leaves the report to the violence the note is about
    denied = "Ecchymoses linéaires. Information préoccupante transmise. Pas de violences sexuelles."
    assert "violence" in categories(denied)


def test_strangers_are_not_an_unknown_status() -> None:
    assert "sexual_violence" in categories("Rapporte une agression sexuelle par deux inconnus.")
    finding = classify("Statut VIH inconnu.").findings[0]
    assert finding.negated


def test_loss_of_control_is_not_a_check_up() -> None:
    finding = classify("Perte de contrôle : dépendance à la cocaïne.").findings[0]
    assert finding.category == "addiction" and finding.affirmed


# Written after notes_independent_c.jsonl: families missing there, with examples of our own.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sex_life: relationships open by agreement
        ("Marié, en couple libre depuis 5 ans, 2 partenaires stables.", "sex_life"),
        ("In an open marriage; both partners tested every 3 months.", "sex_life"),
        ("Relation ouverte avec son conjoint, usage du préservatif variable.", "sex_life"),
        # sexual_violence: sexual exploitation, pimping, sex under pressure
        ("Victime de traite des êtres humains, exploitée en Italie.", "sexual_violence"),
        ("Was trafficked for sex across Europe for two years.", "sexual_violence"),
        ("Plainte contre son proxénète, suivie par une association.", "sexual_violence"),
        ("Says she was pressured into sex by her ex at a party.", "sexual_violence"),
        # violence: torture, ill-treatment, verbal and physical aggression
        ("Tortured in detention in 2019, scars on the soles of the feet.", "violence"),
        ("Réfugié, a subi des tortures en prison, cauchemars.", "violence"),
        ("Subit des violences verbales et physiques de la part de son fils.", "violence"),
        ("Mauvais traitements en foyer pendant l'enfance.", "violence"),
        # political_opinion: political activity, votes, candidates
        ("Emprisonné dans son pays pour activité politique.", "political_opinion"),
        ("Persecuted for his political activities, granted asylum.", "political_opinion"),
        ("Il vote à gauche depuis toujours, dit-il en riant.", "political_opinion"),
        ("She votes Labour and canvasses at weekends.", "political_opinion"),
        ("Candidate aux législatives l'an prochain, très prise.", "political_opinion"),
        # religion: branches of Islam and other faiths named alone, devotions
        ("Famille sunnite pratiquante, jeûne prévu.", "religion"),
        ("Shia Muslim, asks about fasting during Muharram.", "religion"),
        ("Communauté druze, souhaite un médecin femme.", "religion"),
        ("Does a morning puja at home before clinic.", "religion"),
        # mental_health: acute stress, trauma-focused therapy, intrusions
        ("Acute stress reaction after the car crash, sleeping poorly.", "mental_health"),
        ("État de stress aigu après l'agression, suivi CUMP.", "mental_health"),
        ("Referred for trauma-focused therapy after the fire.", "mental_health"),
        # gender_identity: how a person names their own gender
        ("Se genre au masculin depuis l'an dernier, prénom d'usage Noah.", "gender_identity"),
        ("Young person uses they/them pronouns at school and at home.", "gender_identity"),
    ],
)
def test_a_family_found_in_notes_written_apart_c(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a refusal with an object is about the object ("refuse toute transfusion")
        ("Témoin de Jéhovah : refuse toute transfusion sanguine.", "religion"),
        ("Jehovah's Witness: refuses blood products, consent signed.", "religion"),
        # a repeat prescription requested is a treatment going on, not a hypothesis
        ("Requesting repeat of fluoxetine for depression, mood stable.", "mental_health"),
        ("Demande de renouvellement de la méthadone, stable.", "addiction"),
    ],
)
def test_a_cue_that_is_about_something_else_does_not_qualify(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Domestic abuse routine enquiry: not disclosed, seen alone.", "violence"),
        ("Routine domestic abuse question asked when seen alone: no concerns.", "violence"),
        ("Contrainte à la prostitution par un réseau.", "sex_life"),
        ("Dépistage VIH : refusé.", "hiv_sti"),
        ("Tortuosité des artères rétiniennes, fond d'œil.", "violence"),
        ("Chutes à domicile : poussée du déambulateur trop rapide.", "violence"),
        ("Sunnybank Surgery, Shiatsu weekly for back pain.", "religion"),
    ],
)
def test_an_asked_question_or_a_look_alike_is_not_affirmed(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence: abusive or controlling partners, killings, child-protection procedure
        ("In an abusive relationship for 3 years, now left him.", "violence"),
        ("Says her husband has become violent since he lost his job.", "violence"),
        ("Conjoint violent, plainte déposée hier.", "violence"),
        ("Her sister was killed by her ex-partner in 2019.", "violence"),
        ("Concerns of fabricated or induced illness, paediatrician informed.", "violence"),
        ("Child on a child protection plan since March.", "violence"),
        ("Adult safeguarding concern raised with the local authority.", "violence"),
        ("Non-fatal strangulation by her ex-boyfriend last night.", "violence"),
        # sexual violence: exploitation of a child, coerced sex, the services that follow
        ("Police CSE team involved, older men giving her alcohol.", "sexual_violence"),
        ("Her partner makes her have sex when she does not want to.", "sexual_violence"),
        ("Seen at the SARC after the assault; ISVA allocated.", "sexual_violence"),
        # mental health, addiction: English service names, substances, quantities
        ("Detained under section 3 of the Mental Health Act.", "mental_health"),
        ("Self-harming by cutting since the age of 14.", "mental_health"),
        ("Benzodiazepine dependence, diazepam bought online.", "addiction"),
        ("Daily ketamine use for 3 years, cannot stop.", "addiction"),
        ("Drinks a bottle of vodka a day.", "addiction"),
        ("Attends Narcotics Anonymous weekly.", "addiction"),
        # reproductive, hiv_sti, trade_union, ethnic_origin
        ("Termination at 10 weeks in 2021.", "reproductive"),
        ("Copper IUD fitted as EC after UPSI.", "reproductive"),
        ("CT NAAT positive, doxycycline 7 days.", "hiv_sti"),
        ("Postal worker and CWU rep, dispute with management.", "trade_union"),
        ("Originally from Eritrea, arrived in 2019.", "ethnic_origin"),
    ],
)
def test_a_family_found_in_notes_written_apart_d(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # look-alikes: an object punched, a strangulated hernia, a viral genotype, a CT scan,
        # a works council (CSE), a condominium board, smoking cessation
        ("Punched a wall in frustration, boxer's fracture.", "violence"),
        ("Hernie inguinale, signes d'étranglement expliqués au patient.", "violence"),
        ("HCV genotype 3, RNA positive.", "genetic"),
        ("CT head normal, NG tube in place.", "hiv_sti"),
        ("Élue au CSE de son entreprise, conflit avec la direction.", "sexual_violence"),
        ("Présidente du conseil syndical de sa copropriété.", "trade_union"),
        ("Fume 15 cig/j : sevrage conseillé.", "addiction"),
        # a gene named as the test, a refused test, an answer after the question
        ("HFE genotyping: no C282Y or H63D detected.", "genetic"),
        ("Karyotype by amnio declined.", "genetic"),
        ("Asked re DV when seen alone: nil.", "violence"),
    ],
)
def test_a_look_alike_or_a_test_is_not_affirmed_d(text: str, category: str) -> None:
    assert category not in categories(text)


def test_a_negation_after_a_comma_is_about_the_person_or_the_item_named_there() -> None:
    assert "mental_health" in categories("Mère suivie au CMP pour schizophrénie, père absent.")
    assert "violence" in categories("Négligence grave (absentéisme, soins dentaires non faits).")


def test_who_a_person_is_is_not_made_hypothetical_by_a_test_or_a_form() -> None:
    assert "sexual_orientation" in categories("31M, MSM, routine screen and PrEP review.")
    assert "ethnic_origin" in categories("Family origin questionnaire: both parents from Nigeria.")
    # doubt still is: a proposal, a consideration, a question
    assert "trade_union" not in categories("Envisage de se rapprocher d'un syndicat.")
    assert "religion" not in categories("Aumônier proposé par l'équipe.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual orientation: the masculine adjective, an attraction to one's own sex
        ("Deux mamans : couple lesbien marié depuis 2019.", "sexual_orientation"),
        (
            "Garçon de 16 ans, dit être attiré par les hommes depuis le collège.",
            "sexual_orientation",
        ),
        ("Describes same-sex attraction since his teens.", "sexual_orientation"),
        # sex life: group sex, being cheated on, a count of partners after the word
        ("Plans à plusieurs le samedi soir, préservatif inconstant.", "sex_life"),
        ("Reports a threesome at a party last month.", "sex_life"),
        ("Sa compagne le trompe depuis des mois, il l'a appris hier.", "sex_life"),
        ("Partenaires (4 depuis janvier) à prévenir.", "sex_life"),
        ("Partner notification: 3 contacts over the last month.", "sex_life"),
        # sexual violence: touching of the private parts
        ("Child said her uncle touched her genitals at bath time.", "sexual_violence"),
        ("Viols conjugaux répétés pendant 10 ans.", "sexual_violence"),
        # violence: conjugal rape is both; neglect; school extortion; blows from a relative;
        # injuries of different ages
        ("Viols conjugaux répétés pendant 10 ans.", "violence"),
        ("Carences éducatives et de soins signalées par l'école.", "violence"),
        ("Se fait racketter à la sortie du lycée depuis la rentrée.", "violence"),
        ("Collégien tapé par des élèves de 3e à la récré.", "violence"),
        ("Cicatrices de coups de son ex-mari sur les bras.", "violence"),
        ("Bruising of different ages on the back and buttocks.", "violence"),
        ("Transmission à la CRIP ce jour par le service.", "violence"),
        # ethnic origin: arrived from a country
        ("Famille arrivée du Soudan l'an dernier, hébergée au CADA.", "ethnic_origin"),
        ("Mother arrived from Somalia in 2015.", "ethnic_origin"),
        # genetic: an HLA allele, a repeat count, an abnormal karyotype written as a formula
        ("Uvéite antérieure, HLA-B27 positif.", "genetic"),
        ("HLA-B*57:01 positive, abacavir contraindicated.", "genetic"),
        ("Résultat : 44 répétitions CAG sur un allèle.", "genetic"),
        ("FMR1: CGG repeats 230, full mutation.", "genetic"),
        ("Amniocentèse : caryotype 47,XX,+18.", "genetic"),
        ("Karyotype 45,X confirmed, Turner syndrome clinic.", "genetic"),
    ],
)
def test_a_family_found_in_notes_written_apart_e(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a polio vaccine is not intimate partner violence
        ("Year 8 session: Td/IPV booster given.", "violence"),
        ("DTaP/IPV/Hib/HepB at 8 weeks.", "violence"),
        # nothing that suggests it
        ("Rien d'évocateur de maltraitance à l'examen.", "violence"),
        ("Rien en faveur d'une dépression.", "mental_health"),
        # a normal karyotype, a language, an arrival in a city
        ("Caryotype 46,XY normal.", "genetic"),
        ("Patiente arabophone, vue avec interprète.", "ethnic_origin"),
        ("Arrivé de Lyon pour un nouveau poste.", "ethnic_origin"),
        # sex therapy is not a psychosis
        ("Vaginisme, orientation vers une thérapie psychosexuelle.", "mental_health"),
        # a woman attracted to men
        ("Elle est attirée par les hommes plus âgés, dit-elle.", "sexual_orientation"),
    ],
)
def test_a_look_alike_or_a_possibility_is_not_affirmed_e(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_f.jsonl and notes_independent_g.jsonl: the families missing
# there, each with examples of our own wording, and the look-alikes each must leave alone.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # ethnic origin: heritage and roots, X-born, parents, generations, self-identification
        ("40F of Jamaican heritage, sickle cell trait on booking bloods.", "ethnic_origin"),
        ("Has Trinidadian roots on his mother's side.", "ethnic_origin"),
        ("He is Ghanaian-born and came to Leeds as a teenager.", "ethnic_origin"),
        ("Born to Somali parents in Bristol, bilingual.", "ethnic_origin"),
        ("Second-generation Pakistani, fasting this month.", "ethnic_origin"),
        ("Identifies as Aboriginal and Torres Strait Islander.", "ethnic_origin"),
        ("Née de parents marocains, vit à Lille depuis l'enfance.", "ethnic_origin"),
        # ... a country one comes from, with words between "originaire de" and the country
        ("Mme 50 ans, originaire d'un village de Kabylie (Algérie), diabète.", "ethnic_origin"),
        ("31M from Afghanistan, hepatitis B screen today.", "ethnic_origin"),
        ("Asylum seeker from Belarus since 2021, anxious.", "ethnic_origin"),
        # ... Indigenous peoples and peoples named alone
        ("Jeune femme autochtone (Atikamekw), grossesse de 12 SA.", "ethnic_origin"),
        ("Patient inuit transféré de Kuujjuaq pour dialyse.", "ethnic_origin"),
        ("First Nations elder, 72, attends with his granddaughter.", "ethnic_origin"),
        ("Indigenous woman, 45, diabetic foot review.", "ethnic_origin"),
        ("60M, a Kurd from northern Iraq, knee pain.", "ethnic_origin"),
        ("Enfant de 4 ans, famille rom installée sur un terrain communal.", "ethnic_origin"),
        ("Nourrisson métis, taches mongoloïdes sacrées.", "ethnic_origin"),
        # religion: pilgrimages, fasts of holy days, rites, clergy, dress
        ("Leaves on the Umrah pilgrimage next month, ACWY given.", "religion"),
        ("Part pour le hadj en mai, vaccin méningocoque fait.", "religion"),
        ("Fasting during Yom Kippur, basal insulin reduced.", "religion"),
        ("Jeûne pour le Carême, hypoglycémies en fin de journée.", "religion"),
        ("Asks for a priest to give the anointing of the sick.", "religion"),
        ("Porte le hijab, préfère une soignante.", "religion"),
        ("Smudging before the procedure arranged with the Indigenous team.", "religion"),
        ("Amish family, home birth planned.", "religion"),
        ("Pentecostal church member, asks the pastor to visit.", "religion"),
        # political opinion: opposition to a regime
        (
            "Persecuted for his opposition to the regime, granted refugee status.",
            "political_opinion",
        ),
        ("Militante dans l'opposition, emprisonnée deux ans.", "political_opinion"),
        ("Member of the opposition in his country, detained twice.", "political_opinion"),
        # trade union: unions of Australia and Canada
        ("Site delegate for the CFMEU, lumbar strain.", "trade_union"),
        ("CUPE steward at the hospital, night shifts.", "trade_union"),
        # sex life: counts after "number of", concurrent partners, a partner kept hidden,
        # partners met on a trip or an app, anonymous partners
        ("Number of partners in the last 3 months: 5.", "sex_life"),
        ("Nb de partenaires sur l'année : 7.", "sex_life"),
        ("He has a wife and a mistress, neither knows of the other.", "sex_life"),
        ("Reports sex outside his marriage with several women.", "sex_life"),
        ("Rapport avec une collègue, sa femme n'est pas au courant.", "sex_life"),
        ("Unprotected sex with a colleague, husband unaware.", "sex_life"),
        ("Partner met on a dating app last weekend, condom split.", "sex_life"),
        ("Partenaire rencontrée en vacances, rapport non protégé.", "sex_life"),
        ("Hook-ups via apps most weekends, PrEP discussed.", "sex_life"),
        ("Two regular partners and occasional anonymous partners.", "sex_life"),
        ("Il a trompé sa femme pendant un déplacement.", "sex_life"),
        ("Cheats on his partner with a colleague, anxious about STIs.", "sex_life"),
        ("Makes a living on OnlyFans, tested every 3 months.", "sex_life"),
        ("Goes to sex parties most months, condoms sometimes.", "sex_life"),
        # sexual violence: made or forced to touch, touched by force, groped
        ("Le voisin lui a touché les seins de force dans l'ascenseur.", "sexual_violence"),
        ("Her uncle forced her to touch him when she was nine.", "sexual_violence"),
        ("L'a obligée à le masturber quand elle avait 10 ans.", "sexual_violence"),
        ("Groped on the underground on her way to work.", "sexual_violence"),
        # mental health: holds, psychiatric units, suicidal intent in plain words
        ("Put on a 5150 hold after standing on a bridge.", "mental_health"),
        ("Admitted to the inpatient psych unit for a week.", "mental_health"),
        ("Says she wants to die and has a plan to take an overdose.", "mental_health"),
        ("Threatened to cut his wrists during the argument.", "mental_health"),
        ("Her brother took his own life last year.", "mental_health"),
        ("Pensées de mettre fin à ses jours depuis deux semaines.", "mental_health"),
        ("Envie de mourir, pleure tous les jours.", "mental_health"),
        # addiction: mutual-help groups, sobriety, AUDIT from 16, heavy quantities, injecting
        ("Goes to AA meetings twice a week, sober for 18 months.", "addiction"),
        ("Sobre depuis 2 ans, fréquente les AA.", "addiction"),
        ("AUDIT score 24, drinks from the morning.", "addiction"),
        ("AUDIT 19 (probable dependence), referred to the alcohol team.", "addiction"),
        ("Drinks 10 pints a day at weekends.", "addiction"),
        ("EtOH about 60 units/week for years.", "addiction"),
        ("Injecting heroin since 2019, uses the needle exchange.", "addiction"),
        ("S'injecte de la cocaïne depuis six mois.", "addiction"),
        # reproductive: a pregnancy not continued, spontaneous abortion, TPAL counts
        ("She has decided not to continue the pregnancy.", "reproductive"),
        ("Ne souhaite pas poursuivre la grossesse, orientée vers le CPEF.", "reproductive"),
        ("Wants to terminate the pregnancy at 8 weeks.", "reproductive"),
        ("G4P2022, LMP 3 weeks ago.", "reproductive"),
        ("Hx of SAB at 10 weeks in 2019.", "reproductive"),
        # hiv_sti: warts at anogenital sites, mpox
        ("Perianal warts, cryotherapy booked.", "hiv_sti"),
        ("Verrues génitales multiples, cryothérapie faite.", "hiv_sti"),
        ("Mpox confirmed by PCR on a genital lesion, isolation advised.", "hiv_sti"),
        # sexual orientation: a man's male partner, two women together as a couple
        ("45M, receptive anal sex with a regular male partner.", "sexual_orientation"),
        (
            "Sa compagne et elle souhaitent un enfant, toutes deux suivies au CHU.",
            "sexual_orientation",
        ),
    ],
)
def test_a_family_found_in_notes_written_apart_f_g(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a stay abroad, a nationality, a symptom's origin, a local case, a language, a dog
        ("Just back from Senegal, fever for 3 days, malaria film sent.", "ethnic_origin"),
        ("Returned from a business trip to Nigeria with diarrhoea.", "ethnic_origin"),
        ("Exchange student from Brazil asking about contraception.", "ethnic_origin"),
        ("Letter from Nigeria about his previous treatment.", "ethnic_origin"),
        ("Eritrean man, 30, asylum seeker, knee pain.", "ethnic_origin"),
        ("Patiente ivoirienne de 33 ans, suivi de grossesse.", "ethnic_origin"),
        ("Douleur abdominale d'origine pelvienne probable.", "ethnic_origin"),
        ("Lombalgie d'origine discale, kiné.", "ethnic_origin"),
        ("Cas autochtone de dengue signalé à l'ARS.", "ethnic_origin"),
        ("Interprète kurde présent pendant la consultation.", "ethnic_origin"),
        ("Morsure par un chien métis du voisin.", "ethnic_origin"),
        # a holiday named as a date, lymph nodes in a chain, an abuser's faith
        ("RDV au lendemain de l'Aïd, kiné fermé.", "religion"),
        ("Adénopathies cervicales en chapelet.", "religion"),
        ("Abused at 12 by a priest of his school.", "religion"),
        # opposition to a treatment
        ("Opposition de la famille au traitement proposé.", "political_opinion"),
        # a spouse unaware of something else, a rapist met at a party, one partner, a teacher
        ("Sa femme n'est pas au courant du diagnostic de cancer.", "sex_life"),
        ("Husband unaware of the appointment, wants privacy.", "sex_life"),
        ("Violée par un partenaire rencontré en soirée.", "sex_life"),
        ("Number of partners in the last 3 months: 1.", "sex_life"),
        ("La maîtresse de CP signale des troubles de l'attention.", "sex_life"),
        ("Cheats on her diet at weekends, HbA1c up.", "sex_life"),
        ("Cruising ship doctor's letter enclosed.", "sex_life"),
        ("Mise en place d'une liaison avec le CMP.", "sex_life"),
        # an object touched, a breast examination
        ("Touched the hot stove, burn to the palm.", "sexual_violence"),
        ("Palpation des seins normale, pas de nodule.", "sexual_violence"),
        # dying at home as a wish of the end of life, a fall
        ("Wishes to die at home, DNACPR in place.", "mental_health"),
        ("Veut mourir chez lui, soins palliatifs à domicile.", "mental_health"),
        ("Fell and hurt herself on the stairs.", "mental_health"),
        # AUDIT-C, insulin units, a haemoglobin genotype, IV antibiotics, binge drinking
        ("AUDIT-C 3, drinks occasionally.", "addiction"),
        ("Lantus 40 u/j, Humalog 8 u/j.", "addiction"),
        ("Insulin icodec 70 units/week.", "addiction"),
        ("Hb electrophoresis: AA, blood group O.", "addiction"),
        ("IV antibiotics for cellulitis, no drug use.", "addiction"),
        ("Binge drinking at weekends, no dependence (AUDIT 8).", "addiction"),
        # a pregnancy continued, a birth count without a loss, a bloodstream infection
        ("Decided to continue the pregnancy despite the diagnosis.", "reproductive"),
        ("G2P1001 at 28 weeks.", "reproductive"),
        ("MSSA SAB, 6 weeks of flucloxacillin.", "reproductive"),
        # vaccines, a feeding tube, morphine, a helpline, tests refused or sent home
        ("Mpox vaccine: 2 doses given.", "hiv_sti"),
        ("Hepatitis B vaccine series completed.", "hiv_sti"),
        ("Hep B vacc course done in 2021.", "hiv_sti"),
        ("NG top-ups overnight, weight gain.", "hiv_sti"),
        ("MST 30mg bd for bone pain.", "hiv_sti"),
        ("Numéro de Sida Info Service donné.", "hiv_sti"),
        ("Declined HIV testing today.", "hiv_sti"),
        ("Refuse le dépistage VIH.", "hiv_sti"),
        ("Chlamydia home kit sent by post.", "hiv_sti"),
        ("Autotest VIH acheté en pharmacie.", "hiv_sti"),
        # a woman's male partner, two daughters
        ("Her male partner has HIV, she is on PrEP.", "sexual_orientation"),
        ("Ses deux filles, toutes deux vaccinées.", "sexual_orientation"),
    ],
)
def test_a_look_alike_is_not_a_finding_f_g(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a negation does not reach a new subject after a comma or a parenthesis
        ("Pas de fièvre, il dit que son père le frappe.", "violence"),
        ("Ne veut plus voir sa sœur (elle est suivie pour schizophrénie).", "mental_health"),
        # nor an aside in parentheses after the verb it negates
        ("Ne pas adresser le courrier au domicile (suivi en psychiatrie).", "mental_health"),
        # a doubt or a test whose phrase closed before a comma does not reach past it
        ("Venu pour contrôle, h/o depression in 2015.", "mental_health"),
        ("Counselling done, 3 partenaires occasionnels.", "sex_life"),
        ("Discussed with the school nurse, child protection plan in place.", "violence"),
        # a dash starts a statement that a doubt before it does not reach
        ("Worried about a possible STI - had an affair last month.", "sex_life"),
        # a treatment refused is still a treatment of the finding
        ("Refuses his ARV treatment, viral load rising.", "hiv_sti"),
        # a partner's unknown status is not the finding's
        ("33M, sex with a male partner of unknown status.", "sexual_orientation"),
        # a prescription doubted is still a prescription
        ("Doute sur une ordonnance de Descovy, vérifiée auprès du service.", "hiv_sti"),
    ],
)
def test_a_cue_reaches_only_its_own_statement(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a negation still reaches a list, also after "incl." and across slashes
        ("Aucun antécédent psychiatrique (dépression, TS).", "mental_health"),
        ("Urine drug screen negative incl. opiates, benzos, cocaine.", "addiction"),
        ("Sérologies VIH/VHC/VHB du 12/03 négatives.", "hiv_sti"),
        ("HIV/syphilis serologies from last year negative.", "hiv_sti"),
        # a test still reaches the list it names; a value after a dash still reads back
        ("Dépistage VIH, VHC, syphilis proposé.", "hiv_sti"),
        ("Dépistage VIH - résultat négatif.", "hiv_sti"),
        # post-exposure prophylaxis reaches the drugs of its regimen
        ("PEPSE started - Truvada + raltegravir x28d.", "hiv_sti"),
        ("Baseline HIV sent before starting PEP.", "hiv_sti"),
        # reading about an infection is a worry, not the infection
        ("Worried after reading about mpox, rash from a new soap.", "hiv_sti"),
    ],
)
def test_a_cue_still_reaches_its_list_or_regimen(text: str, category: str) -> None:
    assert category not in categories(text)


# Families learnt from notes_independent_h/_i (French-heavy and English-heavy sets from
# writers who never saw the lexicon); the examples are written anew, not copied.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # genetic: variant nomenclature, zygosity and carrier states, pharmacogenomic star
        # alleles, haemoglobin genotypes, copy-number changes by chromosome band
        ("BRCA1 c.68_69delAG identified in the proband.", "genetic"),
        ("Sequencing found p.Arg175His in the index case.", "genetic"),
        ("Panel result: c.1521_1523delCTT on both alleles.", "genetic"),
        ("Thrombophilia screen: prothrombin G20210A heterozygous.", "genetic"),
        ("Carrier screening: carrier of HEXA c.1277_1278insTATC.", "genetic"),
        ("PGx: CYP2D6 *1/*4, intermediate metabolizer.", "genetic"),
        ("Clopidogrel stopped: poor metaboliser on genotyping.", "genetic"),
        ("Hb genotype: SS, on hydroxyurea since childhood.", "genetic"),
        ("Known SCA with frequent vaso-occlusive crises.", "genetic"),
        ("Microdeletion 22q11.2 confirmed on array CGH.", "genetic"),
        ("Charcot-Marie-Tooth disease in the father and the son.", "genetic"),
        ("Karyotype 45,X consistent with Turner syndrome.", "genetic"),
        # ethnic origin: a people named in a demographic header, peoples of French Guiana,
        # islands one comes from; an arrow after an ancestry gives a test's result
        ("62/F, Malay, diabetic on metformin.", "ethnic_origin"),
        ("Femme amérindienne de 30 ans, suivi de grossesse.", "ethnic_origin"),
        ("Famille bushinengue installée sur le fleuve.", "ethnic_origin"),
        ("Patient originaire de Mohéli, arrivé l'an dernier.", "ethnic_origin"),
        ("HLA-B*57:01 checked given African ancestry -> negative.", "ethnic_origin"),
        # political opinion: candidates, campaigns and movements, the far right or left,
        # independence movements, parties abroad
        ("Candidat aux législatives en juin, peu disponible.", "political_opinion"),
        ("She is running for city council this autumn.", "political_opinion"),
        ("Arrested at a climate protest last weekend.", "political_opinion"),
        ("Volunteers for the Labour campaign every Saturday.", "political_opinion"),
        ("Passe ses nuits sur des sites d'ultra-droite.", "political_opinion"),
        ("Militant souverainiste depuis ses 20 ans.", "political_opinion"),
        ("Active member of Québec solidaire.", "political_opinion"),
        ("Très engagé dans les manifs contre la loi travail.", "political_opinion"),
        # trade union: unions named abroad, a union named in brackets before its rep
        ("Déléguée FIQ, demande un aménagement de poste.", "trade_union"),
        ("Shop steward for UNISON at the depot.", "trade_union"),
        ("His union (GMB) representative came to the meeting.", "trade_union"),
        ("Ancien responsable UGTG, retraité.", "trade_union"),
        # violence: protection orders, an assault by a relative or carer in either voice,
        # confinement and deprivation, safeguarding for adults, grip marks
        ("Active restraining order against her ex-partner.", "violence"),
        ("Non-molestation order granted in March.", "violence"),
        # ... one applied for is no test awaited: the violence it answers is there
        ("Non-molestation order pending.", "violence"),
        ("Restraining order requested against her ex.", "violence"),
        ("Ordonnance de protection en attente, JAF saisi.", "violence"),
        ("Her boyfriend choked her during an argument.", "violence"),
        ("Slapped by her husband on Saturday night.", "violence"),
        ("Serving time for domestic battery.", "violence"),
        ("Her son locks her in the bedroom when he goes out.", "violence"),
        ("The carer withholds her meals as a punishment.", "violence"),
        ("Referred to Adult Protective Services after the home visit.", "violence"),
        ("Ecchymoses en forme de doigts sur les avant-bras.", "violence"),
        ("Welts consistent with beating with a belt.", "violence"),
        ("Rapports sexuels forcés par son mari depuis des années.", "violence"),
        # sexual violence: disclosures in the patient's own words
        ("An older boy forced himself on him at camp.", "sexual_violence"),
        ("Her uncle abused her sexually for years.", "sexual_violence"),
        ("Atteinte sexuelle sur mineure, signalement fait.", "sexual_violence"),
        ("Never told anyone, a stranger forced himself on her.", "sexual_violence"),
        # sex life: partner counts written as ranks or by sex, the partner's other partners,
        # oral sex
        ("3e partenaire depuis janvier, rapports non protégés.", "sex_life"),
        ("2 male and 1 female partners this year.", "sex_life"),
        ("Le mari a plusieurs compagnes au village.", "sex_life"),
        ("Rapports bucco-génitaux non protégés.", "sex_life"),
        ("Inquiète, son mari a avoué une relation extraconjugale.", "sex_life"),
        # sexual orientation: a partner of the patient's own sex, Québec words included
        ("Le patient vit avec son mari depuis 10 ans.", "sexual_orientation"),
        ("Homme de 50 ans, accompagné de son conjoint.", "sexual_orientation"),
        ("Mme 40 ans, vient avec sa blonde.", "sexual_orientation"),
        ("Jeune fille de 15 ans, en couple avec une fille du lycée.", "sexual_orientation"),
        # gender identity: one's own transition
        ("Ma transition a commencé il y a deux ans, sous testostérone.", "gender_identity"),
        ("I need a refill, my transition is going well.", "gender_identity"),
        # religion: worship, religious schooling, a faith in a demographic header, a reason
        ("Va à la messe tous les dimanches.", "religion"),
        ("Son fils va à l'école coranique le samedi.", "religion"),
        ("34/F, single, RC, from the province.", "religion"),
        ("Does not drink alcohol for religious reasons.", "religion"),
        # mental health: wishing to die in the patient's words
        ("Elle ne veut plus vivre depuis le décès de son fils.", "mental_health"),
        ("Says he wants to die since losing his job.", "mental_health"),
        # addiction: gambling disorder, a dependence acknowledged
        ("Jeu pathologique (poker en ligne), dettes importantes.", "addiction"),
        ("Problem gambling, debts of 20,000 pounds.", "addiction"),
        ("OH 6 bières par jour, reconnaît une dépendance.", "addiction"),
        # reproductive: emergency contraception by brand and dose
        ("Given Plan B 1.5 mg at the pharmacy.", "reproductive"),
        ("ella 30 mg taken at 10:00 today.", "reproductive"),
        # a verb negated before a colon does not reach the statement after it
        ("N'avait pas vu de médecin depuis un an : militante CFDT, très prise.", "trade_union"),
    ],
)
def test_a_family_of_h_and_i_is_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # genetic: a tumour stain of mismatch-repair proteins, a test awaited, SCA the
        # French acute coronary syndrome
        ("Tumour IHC: MSH2/MSH6 expression retained.", "genetic"),
        ("Loss of PMS2 on immunohistochemistry, MLH1 promoter methylated.", "genetic"),
        ("Karyotype sent, results pending.", "genetic"),
        ("Prélèvement fait, résultat attendu dans 6 semaines (BRCA1/2).", "genetic"),
        ("SCA ST+, coronarographie en urgence.", "genetic"),
        # ethnic origin: a language is not a people
        ("Speaks Malay only, interpreter booked.", "ethnic_origin"),
        # political opinion: running, a campaign, a climate that are not politics
        ("Running for a bus, twisted his ankle.", "political_opinion"),
        ("Flu vaccination campaign started this week.", "political_opinion"),
        # trade union: substance use disorder, a fracture's union
        ("Referred to the county SUD program for methadone.", "trade_union"),
        ("Good union of the fracture at 8 weeks.", "trade_union"),
        # violence: a sexual assault alone, a referral, a work-up, a meeting stood down, a
        # fall
        ("Victime d'agression sexuelle en 2019, suivie.", "violence"),
        ("Signalement au SMPR pour suivi psychiatrique.", "violence"),
        ("NAI work-up started, skeletal survey pending.", "violence"),
        ("Strategy meeting stood down after the bone disease was found.", "violence"),
        ("Fell and hit her head on the kitchen table.", "violence"),
        ("Seen 6 weeks after the rape; the assault happened in a car park.", "violence"),
        # sex life: a fist that strikes
        ("Punched with a fist to the face.", "sex_life"),
        # sexual orientation: a partner of the other sex, a place for LGBTQ+ youth
        ("Mme 60 ans, vient avec son conjoint.", "sexual_orientation"),
        ("Le patient est venu avec sa femme.", "sexual_orientation"),
        ("Referred to the LGBTQ+ youth group for peer support.", "sexual_orientation"),
        # gender identity: other transitions
        ("Sa transition professionnelle se passe bien.", "gender_identity"),
        ("His transition to adult services is planned.", "gender_identity"),
        # religion: no objection
        ("No religious objection to transfusion.", "religion"),
        # mental health: sacroiliac joints, records asked for if any exist
        ("IRM des SI : sacro-iliite bilatérale.", "mental_health"),
        ("SI joints tender on examination.", "mental_health"),
        ("Merci de transmettre le suivi psychiatrique s'il en existe.", "mental_health"),
        # reproductive: a fallback plan, IV fluids, options not taken
        ("If this fails, plan B is surgery.", "reproductive"),
        ("IVF D5 1/2NS @ 80 overnight.", "reproductive"),
        ("Future reproductive options, including IVF, were outlined.", "reproductive"),
        # hiv/sti: a risk, a check, a vaccine immunity, post-exposure prophylaxis
        ("Low STI risk, no testing wanted.", "hiv_sti"),
        ("Came for an STI check, no symptoms.", "hiv_sti"),
        ("Immune VHB (anti-HBs 150).", "hiv_sti"),
        ("PPE VIH (Truvada + raltégravir) débutée ce soir.", "hiv_sti"),
        # addiction: a list a negated verb opens is still negated
        ("Ne consomme pas : alcool, cannabis.", "addiction"),
    ],
)
def test_a_look_alike_is_not_a_finding_h_i(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_j.jsonl and notes_independent_k.jsonl: the families they
# showed missing, each with examples of our own and the look-alikes left alone.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual orientation: a partner named by the patient's own title, two women or two
        # men as a couple, a number of partners that also says their sex
        ("Le compagnon du patient assiste à la consultation.", "sexual_orientation"),
        ("L'épouse de la patiente est présente à l'entretien.", "sexual_orientation"),
        (
            "Mmes Perrin et Lebrun, mariées depuis 2019, consultent pour un projet d'enfant.",
            "sexual_orientation",
        ),
        ("Messieurs Diallo et Roche, pacsés, viennent ensemble.", "sexual_orientation"),
        ("29M, reports 3 male partners in the last month.", "sexual_orientation"),
        ("Coming out gay at 16, supportive family.", "sexual_orientation"),
        ("MSM, HIV test non-reactive today.", "sexual_orientation"),
        ("HSH, VIH négatif au TROD.", "sexual_orientation"),
        # sex life: several adjectives before "partners", risky sexual behaviour and its
        # ICD-10 codes, sex with an escort, a partner who must not know
        ("Reports 3 new casual partners since the summer.", "sex_life"),
        ("Deux nouveaux partenaires occasionnels depuis janvier.", "sex_life"),
        ("High-risk sexual behaviour noted, advised on condoms.", "sex_life"),
        ("Z72.51 on the problem list.", "sex_life"),
        ("Conduites sexuelles à risque depuis la rupture.", "sex_life"),
        ("Unprotected sex with an escort while abroad.", "sex_life"),
        ("Travailleuse du sexe, TDS depuis 2 ans.", "sex_life"),
        ("Slept with a colleague and his wife must not find out.", "sex_life"),
        # sexual violence: penetration without consent, a child's own words, a hand in the
        # underwear, harassment, the forensic nurse, military sexual trauma
        ("Pénétration digitale non consentie rapportée par la victime.", "sexual_violence"),
        ("He was anally penetrated by two men in a park.", "sexual_violence"),
        ("Describes intercourse without her consent while she was asleep.", "sexual_violence"),
        ("Son beau-père lui impose des rapports sexuels depuis un an.", "sexual_violence"),
        ("La fillette dit que le voisin lui fait des choses sous la culotte.", "sexual_violence"),
        ("An older boy made her do things she describes as sexual.", "sexual_violence"),
        ("Her stepfather touched her private area.", "sexual_violence"),
        ("Le cousin lui a touché le zizi.", "sexual_violence"),
        ("Her supervisor put his hand up her skirt in the lift.", "sexual_violence"),
        ("Son chef lui a mis la main aux fesses.", "sexual_violence"),
        ("Sexual harassment by a colleague for six months.", "sexual_violence"),
        ("Harcelée sexuellement par son responsable de rayon.", "sexual_violence"),
        ("SANE nurse examined her at 4 am.", "sexual_violence"),
        ("Screened positive for military sexual trauma.", "sexual_violence"),
        ("Forced sex by her husband after she refused.", "sexual_violence"),
        # violence: assaults told with a participle and "par", torture methods, beatings,
        # objects struck with, marks of different ages, forced marriage, economic abuse,
        # adult protective services, a peer who hits
        ("Giflée par une collègue sur son lieu de travail.", "violence"),
        ("Frappé à la tête par deux individus à la sortie du bar.", "violence"),
        ("Falanga pendant sa détention, douleurs plantaires.", "violence"),
        ("Cigarette burns on both forearms, inflicted by guards.", "violence"),
        ("Suspendu par les bras pendant des heures en détention.", "violence"),
        ("Passé à tabac par des inconnus.", "violence"),
        ("Describes repeated beatings by prison guards.", "violence"),
        ("Hit with a wooden spoon by her mother.", "violence"),
        ("Bruises at different stages of healing on the back.", "violence"),
        ("Ecchymoses d'âges différents sur les bras.", "violence"),
        ("Forced marriage at 16, left the family home.", "violence"),
        ("Mariée de force à 15 ans.", "violence"),
        ("Violences économiques : son mari garde son salaire.", "violence"),
        ("APS referral made for elder neglect.", "violence"),
        ("Loop marks on the buttocks.", "violence"),
        ("A girl in her class slapped her in the corridor.", "violence"),
        # religion: the faiths as nouns
        ("Became interested in Buddhism after his retirement.", "religion"),
        ("Convertie au catholicisme l'an dernier.", "religion"),
        ("Practising Hinduism, vegetarian.", "religion"),
        ("Jehovah's Witness: no blood products, accepts albumin.", "religion"),
        # political opinion: movements, parties abroad, persecution for one's commitment,
        # sit-ins
        ("Membre d'un mouvement politique indépendantiste.", "political_opinion"),
        ("Detained for his political activities.", "political_opinion"),
        ("Arrested at a sit-in outside the embassy.", "political_opinion"),
        ("Supporter of the HDP, fled in 2019.", "political_opinion"),
        ("Emprisonné deux ans en raison de ses opinions.", "political_opinion"),
        # trade union: stewards, American unions, the French SUD still a union
        ("Local steward for the nurses' union.", "trade_union"),
        ("AFGE member, works at the VA.", "trade_union"),
        ("SUD Santé, représentante au CSE.", "trade_union"),
        # ethnic origin: peoples of South Asia and the Pacific, an age between a people and
        # a person
        ("Tamil man from Jaffna, arrived in 2015.", "ethnic_origin"),
        ("Famille d'origine pendjabie.", "ethnic_origin"),
        ("Of Samoan heritage, BMI 38.", "ethnic_origin"),
        ("Aboriginal elderly woman with diabetes.", "ethnic_origin"),
        ("Greek Cypriot descent, thal trait.", "ethnic_origin"),
        # genetic: compound heterozygosity, CF and thalassaemia shorthand, a screen's result
        # after its colon, a metaboliser status or a class of variant after the finding
        ("Compound heterozygous for two CFTR variants.", "genetic"),
        ("Homozygous F508del, on modulators.", "genetic"),
        ("Hétérozygote composite pour le gène ATP7B.", "genetic"),
        ("Beta-thal trait on electrophoresis.", "genetic"),
        ("Sickle trait (HbAS) on routine bloods.", "genetic"),
        ("Carrier screening: carrier of Tay-Sachs.", "genetic"),
        ("Dépistage des porteurs : porteuse hétérozygote.", "genetic"),
        ("CYP2D6 *4/*4: poor metaboliser, codeine avoided.", "genetic"),
        ("Alpha-thal carrier, partner to be tested.", "genetic"),
        ("MLH1 c.350C>T - pathogenic.", "genetic"),
        # hiv/sti: GC for gonorrhoea, a result that "came back"
        ("GC NAAT: detected, treated with ceftriaxone.", "hiv_sti"),
        ("Syphilis serology came back reactive.", "hiv_sti"),
        ("La sérologie VHC est revenue positive.", "hiv_sti"),
        ("Prior auth denied for Truvada as PrEP; appeal sent.", "hiv_sti"),
        # mental health: social anxiety and agoraphobia in French, dictated "bi polaire",
        # purging, self-injury in other words, a wish to join the dead
        ("Phobie sociale invalidante, évite les transports.", "mental_health"),
        ("Agoraphobie ancienne, suivie au CMP.", "mental_health"),
        ("Suivi pour trouble bi polaire, lithium.", "mental_health"),
        ("Se fait vomir deux fois par jour depuis l'été.", "mental_health"),
        ("Makes herself sick after meals.", "mental_health"),
        ("Self-inflicted laceration to the wrist.", "mental_health"),
        ("Se scarifie les cuisses depuis la 4e.", "mental_health"),
        ("Says she wants to join her late husband.", "mental_health"),
        ("Elle voudrait rejoindre sa fille décédée.", "mental_health"),
        ("Ne mange plus et dit vouloir mettre fin à ses jours.", "mental_health"),
        # addiction: drinking every night or every day
        ("Boit tous les soirs depuis son licenciement, surtout du whisky.", "addiction"),
        ("Drinking alcohol every night since the divorce.", "addiction"),
        ("Keen on cannabis, smokes every day.", "addiction"),  # a liking, not a plan
        # reproductive: an acronym dictated letter by letter
        ("Rendez-vous pour I.V.G. médicamenteuse.", "reproductive"),
        ("RDV pour une I V G jeudi.", "reproductive"),
    ],
)
def test_a_family_of_j_and_k_is_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual orientation: a partner of the other sex, two colleagues, a pronoun that is
        # the husband's, a coming out that is about gender
        ("Le mari de la patiente l'accompagne.", "sexual_orientation"),
        (
            "Mmes Perrin et Lebrun, infirmières du service, ont transmis le bilan.",
            "sexual_orientation",
        ),
        ("Pt anxious, husband waiting outside, he drove her in.", "sexual_orientation"),
        (
            "Femme trans de 19 ans, a fait son coming out auprès de ses parents.",
            "sexual_orientation",
        ),
        # sex life: TDS three times a day, an escort to radiology, risk denied
        ("Paracetamol 1 g TDS for 5 days.", "sex_life"),
        ("Ibuprofen 400mg TDS PRN with food.", "sex_life"),
        ("No high-risk sexual behaviour reported.", "sex_life"),
        ("Denies high-risk sexual behaviour.", "sex_life"),
        ("Needs an escort to radiology.", "sex_life"),
        ("Pas de conduite sexuelle à risque.", "sex_life"),
        ("Sans conduite sexuelle à risque.", "sex_life"),
        # sexual violence: a penetrating wound, cooking, chores, a pocket, sanity, morphine
        # (MST continus), a toddler's normal behaviour, negations
        ("Penetrating trauma to the left thigh.", "sexual_violence"),
        ("Il lui fait des choses à manger tous les soirs.", "sexual_violence"),
        ("He made her do things around the house.", "sexual_violence"),
        ("Put his hand in his pocket during the exam.", "sexual_violence"),
        ("The patient is alert and sane.", "sexual_violence"),
        ("Rien n'évoque de violences sexuelles.", "sexual_violence"),
        ("MST 30 mg bd for pain.", "sexual_violence"),
        ("MST 30 mg bd for pain.", "hiv_sti"),
        ("ATCD de MST il y a 10 ans, va bien.", "sexual_violence"),
        ("No sexual harassment reported.", "sexual_violence"),
        ("Le petit touche son zizi pendant le change, comportement normal.", "sexual_violence"),
        # violence: lightning, a ball, antiphospholipid syndrome, a drug suspended, a typed
        # letter, a strangulated hernia, denied or conditional
        ("Frappé par la foudre en 2015.", "violence"),
        ("Hit with a tennis ball during practice.", "violence"),
        ("Antiphospholipid syndrome (APS) on warfarin.", "violence"),
        ("Suspension of the medication for 2 weeks.", "violence"),
        ("The ball hit her in the face.", "violence"),
        ("Courrier tapé par la secrétaire.", "violence"),
        ("Hernie étranglée par le collet, chirurgie en urgence.", "violence"),
        ("Pas de mariage forcé évoqué.", "violence"),
        ("Si violences économiques, appeler le 3919.", "violence"),
        ("Denies cigarette burns or other injuries.", "violence"),
        ("Violences : question posée, répond non.", "violence"),
        # political opinion: sitting in a chair, a thank-you, a party denied
        ("Chief steward on a cruise ship, back pain.", "trade_union"),
        ("Can sit in a chair for 20 minutes.", "political_opinion"),
        ("Merci pour son engagement auprès des patients.", "political_opinion"),
        ("Not a member of any political party.", "political_opinion"),
        # trade union: SUD as distress units and as substance use disorder
        ("SUD 6/10 after the session.", "trade_union"),
        ("SUD-IOP completed, now in aftercare.", "trade_union"),
        ("Moderate SUD, on buprenorphine.", "trade_union"),
        # ethnic origin: languages
        ("Needs a Tamil interpreter.", "ethnic_origin"),
        ("Parle pendjabi, interprète demandé.", "ethnic_origin"),
        ("Bengali-speaking, interpreter booked.", "ethnic_origin"),
        # genetic: pathogenic germs, screens not done, the thalamus, a negative variant
        ("Pathogenic E. coli on stool culture.", "genetic"),
        ("Carrier screening offered, declined.", "genetic"),
        ("Carrier screening discussed; no test today.", "genetic"),
        ("Thalamic stroke, left hemiparesis.", "genetic"),
        ("Tay-Sachs carrier screening discussed.", "genetic"),
        ("F508del négatif.", "genetic"),
        ("Rule out sickle trait before surgery.", "genetic"),
        # hiv/sti: gas chromatography, results all negative, PrEP wished for, GC negative
        ("GC-MS toxicology screen sent.", "hiv_sti"),
        ("Tout négatif (VIH, VHC, syphilis).", "hiv_sti"),
        ("All negative: HIV, syphilis, hep C.", "hiv_sti"),
        ("Keen to start PrEP next month.", "hiv_sti"),
        ("Plan: add syphilis to the bloods.", "hiv_sti"),
        ("Souhaite débuter la PrEP après les vacances.", "hiv_sti"),
        ("GC NAAT negative.", "hiv_sti"),
        # mental health: negated, vomiting caused by something, an accident, a daughter
        # alive in Lyon
        ("Pas de phobie sociale.", "mental_health"),
        ("Vomissements provoqués par la chimiothérapie.", "mental_health"),
        ("Cut himself while shaving.", "mental_health"),
        ("Veut rejoindre sa fille à Lyon pour l'été.", "mental_health"),
        ("Rien n'évoque une dépression.", "mental_health"),
        ("Ne se fait pas vomir.", "mental_health"),
        ("No purging behaviours, no self-inflicted injuries.", "mental_health"),
        # addiction: water, one glass with dinner
        ("Boit tous les jours 2 litres d'eau.", "addiction"),
        ("Drinks every night: one glass of wine with dinner.", "addiction"),
        ("Drinks plenty of water daily.", "addiction"),
        ("Alcool : boit tous les soirs un verre de vin au repas.", "addiction"),
    ],
)
def test_a_look_alike_is_not_a_finding_j_k(text: str, category: str) -> None:
    assert category not in categories(text)


def test_a_negative_result_after_a_comma_is_not_about_who_someone_is() -> None:
    findings = classify("MSM, HIV test non-reactive.").findings
    assert [(f.category, f.negated) for f in findings] == [
        ("sexual_orientation", False),
        ("hiv_sti", True),
    ]


def test_a_refusal_in_a_clause_of_its_own_negates_nothing_before_it() -> None:
    finding = classify("He grabbed her arm when she refused.").findings[0]
    assert finding.category == "violence" and finding.affirmed
    assert not classify("HIV test declined.").findings[0].affirmed


def test_reported_speech_is_not_reached_by_a_negation_before_it() -> None:
    assert "mental_health" in categories("Ne dort plus et dit qu'il veut mourir.")
    assert "sexual_violence" in categories("Has never told anyone about the sexual abuse.")
    assert "mental_health" not in categories("Ne rapporte pas d'idées suicidaires.")


def test_a_pronoun_after_a_husband_is_his() -> None:
    assert "sexual_orientation" not in categories("Pt says husband is home; he is kind to her.")
    assert "sexual_orientation" in categories("58 y/o M, lives with his husband; he cooks.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence: blows with an object named after "coups de" / "coups avec"
        ("Dit avoir reçu des coups de bâton sur les jambes.", "violence"),
        ("Coups de crosse de fusil au visage lors de l'enlèvement.", "violence"),
        ("Coups avec une barre métallique sur le dos, selon lui.", "violence"),
        ("Ecchymoses linéaires, coups de câble électrique rapportés.", "violence"),
        # violence: they, men, guards as the subject; reported speech in English
        ("Told me: 'they hit me every day in the camp'.", "violence"),
        ("The guards beat him with sticks during transit.", "violence"),
        ("Dans la prison, ils m'ont frappé tous les soirs.", "violence"),
        ("On l'a tabassée à la sortie du bar.", "violence"),
        # violence: struck by people, not by things
        ("Punched in the street by two strangers last night.", "violence"),
        ("Kicked repeatedly by a group of teenagers at the bus stop.", "violence"),
        ("Bitten on the forearm by a patient during restraint.", "violence"),
        ("Agressé par un groupe de jeunes devant la gare.", "violence"),
        ("Frappée par deux individus cagoulés.", "violence"),
        ("A bouncer shoved him down the steps of the club.", "violence"),
        # violence: beaten in custody or detention
        ("Dit avoir été frappé en garde à vue il y a deux jours.", "violence"),
        ("Reports he was beaten in detention for a week.", "violence"),
        # violence: spitting, threats to kill, direct threats
        ("Spat at by a customer at the till this morning.", "violence"),
        ("Son voisin lui a craché au visage et l'a insultée.", "violence"),
        ("Her ex said he would kill her if she went to the police.", "violence"),
        ("Il l'a menacée de la tuer devant les enfants.", "violence"),
        ("Threatened her with a knife in the kitchen.", "violence"),
        ("Menacée avec un couteau par son fils.", "violence"),
        ("Il lui répète « je vais te tuer » quand il boit.", "violence"),
        # violence: strangulation in lay words, hair pulling
        ("Il m'a serré le cou jusqu'à ce que je tousse.", "violence"),
        ("He put his hands around her neck during the argument.", "violence"),
        ("Grabbed her by the throat and pushed her against the wall.", "violence"),
        ("Traînée par les cheveux dans le couloir.", "violence"),
        ("He pulled her hair and slapped her.", "violence"),
        # violence: fractures caused by someone, fear of a partner
        ("Il lui a fracturé le nez l'an passé.", "violence"),
        ("Her boyfriend broke her wrist in March.", "violence"),
        ("Elle dit avoir peur de son mari.", "violence"),
        ("Scared of her partner, wants to stay with her sister.", "violence"),
        # violence: guns, defence wounds, vehicles used as weapons
        ("GSW to the right flank, trauma team activated.", "violence"),
        ("Shot in the leg outside a nightclub.", "violence"),
        ("Plaie par arme à feu de la cuisse gauche.", "violence"),
        ("Plaies de défense des avant-bras.", "violence"),
        ("Defensive wounds on both palms.", "violence"),
        ("Coupures en se défendant contre son agresseur.", "violence"),
        ("The driver deliberately drove into the crowd.", "violence"),
        # violence: money and papers taken, confinement, slavery
        ("Son fils lui prend sa pension chaque mois.", "violence"),
        ("Her nephew took her bank card and her pension.", "violence"),
        ("L'employeur lui a confisqué son passeport.", "violence"),
        ("Sa fille l'enferme dans sa chambre la nuit.", "violence"),
        ("Victim of forced labour on a farm for two years.", "violence"),
        ("Servitude domestique pendant trois ans chez un diplomate.", "violence"),
        ("Punitions corporelles à l'école coranique dans l'enfance.", "violence"),
        # violence: rape by a partner is violence too
        ("Viols répétés par son mari depuis le mariage.", "violence"),
        ("Raped by her husband on several occasions.", "violence"),
        # sexual violence: slavery, images, stealthing, coercion, objects
        ("Réduite en esclavage sexuel par un groupe armé.", "sexual_violence"),
        ("Held as a sex slave for eight months.", "sexual_violence"),
        ("Victime de sextorsion par un inconnu rencontré en ligne.", "sexual_violence"),
        ("Intimate photos of her were posted online without her consent.", "sexual_violence"),
        ("Des vidéos intimes d'elle circulent au lycée.", "sexual_violence"),
        ("Son partenaire a retiré le préservatif sans son consentement.", "sexual_violence"),
        ("He removed the condom without her agreement.", "sexual_violence"),
        ("Her partner coerces her into sex after arguments.", "sexual_violence"),
        ("They forced a bottle into him during interrogation.", "sexual_violence"),
        ("Ils ont introduit un bâton dans l'anus pendant la détention.", "sexual_violence"),
        ("Dit avoir été forcée par son oncle, à 13 ans.", "sexual_violence"),
        ("Elle dit que son beau-père la touche la nuit.", "sexual_violence"),
        ("C'est le voisin qui l'a abusée... il a abusé d'elle dans la cave.", "sexual_violence"),
        ("Réquisition : déchirure hyménale récente à 3 h.", "sexual_violence"),
        ("Un réseau la forçait à se prostituer dans un appartement.", "sexual_violence"),
        # sex life: sex work named otherwise
        ("Travail du sexe depuis 5 ans, préservatif systématique.", "sex_life"),
        ("Travaille en vitrine à Anvers.", "sex_life"),
        ("Arrested for soliciting on the ring road.", "sex_life"),
        # sexual orientation: a relationship with someone of the same sex
        (
            "Mme 40 ans, sa relation avec une femme est mal acceptée par sa famille.",
            "sexual_orientation",
        ),
        ("Pt 52 M, lives with his husband in Verdun.", "sexual_orientation"),
        # gender identity: a trans person named with a noun
        ("Patiente trans de 30 ans, sous estradiol.", "gender_identity"),
        ("Trans patient, uses they/them.", "gender_identity"),
        # religion: practice, brotherhoods, rites, prayer
        ("Practising Yazidi, asks for a female doctor.", "religion"),
        ("Devout, prays five times a day.", "religion"),
        ("Famille mouride, pèlerinage au Magal chaque année.", "religion"),
        ("Fait ses prières à l'heure malgré l'hospitalisation.", "religion"),
        ("Circoncision rituelle prévue par le mohel au 8e jour.", "religion"),
        # political opinion: local offices abroad, candidates, protests
        ("Conseiller communal à Namur, très sollicité.", "political_opinion"),
        ("Échevine des finances dans sa commune.", "political_opinion"),
        ("Municipal candidate for an independent list.", "political_opinion"),
        ("Ancien député péquiste.", "political_opinion"),
        ("Arrêté lors d'une manifestation contre le régime en 2021.", "political_opinion"),
        ("Injured at a demonstration against the war.", "political_opinion"),
        ("Assistante parlementaire d'une députée.", "political_opinion"),
        # trade union: unions named abroad, staff councils, officers of a union
        ("Délégué UGTT dans son usine.", "trade_union"),
        ("Enseignante, militante au SNES.", "trade_union"),
        ("Élu au CSA de son ministère.", "trade_union"),
        ("Secretary of his local union for ten years.", "trade_union"),
        ("Prison officer, POA branch rep.", "trade_union"),
        ("Membre du syndicat des enseignants.", "trade_union"),
        # ethnic origin: peoples, Indigenous nations, residential schools, a family
        ("Mme 50 ans, d'ethnie bamiléké.", "ethnic_origin"),
        ("Akan heritage, both parents from Kumasi.", "ethnic_origin"),
        ("Mohawk woman from Kahnawake, diabetes follow-up.", "ethnic_origin"),
        ("Survivante des pensionnats indiens.", "ethnic_origin"),
        ("Née dans une famille arménienne à Beyrouth.", "ethnic_origin"),
        # genetic: epilepsy genes, G6PD
        ("Syndrome de Dravet, mutation SCN1A de novo.", "genetic"),
        ("CDKL5 variant confirmed on the epilepsy panel.", "genetic"),
        ("Déficit en G6PD connu, liste des médicaments remise.", "genetic"),
        # mental health: voices, cutting, a team
        ("Entend des voix qui lui ordonnent de se taire.", "mental_health"),
        ("Auditory hallucinations for three weeks.", "mental_health"),
        ("She cuts when she feels overwhelmed.", "mental_health"),
        ("Referred to the MH crisis team tonight.", "mental_health"),
        # addiction: drugs taken daily or by a route, withdrawal scores, quantities
        ("Smokes crack most weekends, injects heroin daily.", "addiction"),
        ("Fentanyl daily for two years.", "addiction"),
        ("Score de Cushman à 9 à l'admission.", "addiction"),
        ("COWS 12, methadone dose given.", "addiction"),
        ("Boit 1,5 L de vin par jour.", "addiction"),
        ("Wants help with his drinking.", "addiction"),
        ("Drinks heavily at weekends.", "addiction"),
        # reproductive: a brand of emergency contraception, egg preservation, a provider
        ("A pris Plan B à la pharmacie ce matin.", "reproductive"),
        ("Préservation ovocytaire avant chimiothérapie.", "reproductive"),
        ("Referred to BPAS for a termination.", "reproductive"),
        ("Requests TOP, 7 weeks by dates.", "reproductive"),
    ],
)
def test_a_family_of_l_and_m_is_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence: a fall, sport, an accident, police at a protest, things that strike
        ("Coup de barre après le repas, somnolence.", "violence"),
        ("Sur un coup de tête, a arrêté son traitement.", "violence"),
        ("Hit by a car while cycling, no LOC.", "violence"),
        ("Struck by a falling branch in the garden.", "violence"),
        ("Bitten by a dog on the calf.", "violence"),
        ("Assault course injury during army training.", "violence"),
        ("He spat out the tablets.", "violence"),
        ("Pulled a muscle in his neck at the gym.", "violence"),
        ("Hit by officers during the arrest, small bruise.", "violence"),
        ("Coup de matraque lors de la manifestation, plaie du scalp.", "violence"),
        ("Sous l'emprise de l'alcool au moment des faits.", "violence"),
        ("Son fils garde sa carte bancaire pour l'aider.", "violence"),
        ("S'enferme dans sa chambre depuis des semaines.", "violence"),
        ("Hernie discale séquestrée L5-S1.", "violence"),
        ("A peur de l'anesthésie.", "violence"),
        ("Cellule d'accueil des femmes victimes de violence : coordonnées remises.", "violence"),
        ("FGM Protection Order information given to the mother.", "violence"),
        ("Strategy discussion booked with social care.", "violence"),
        ("Result discussed with the child protection paediatrician.", "violence"),
        # sexual violence: a staff council, art, the patient's own photos, a kind touch
        ("Représentante du personnel au CSA de l'académie.", "sexual_violence"),
        ("Photos of the rash taken with consent for the record.", "sexual_violence"),
        ("Le kiné la touche au niveau du genou, douleur à la palpation.", "sexual_violence"),
        ("Forcée par les circonstances à déménager.", "sexual_violence"),
        ("Was forced by her landlord to leave the flat.", "sexual_violence"),
        ("Sa grand-mère l'a gâtée pour son anniversaire.", "sexual_violence"),
        # sex life: a shop window, soliciting advice
        ("Travaille en boulangerie, vitrine refaite.", "sex_life"),
        ("Soliciting feedback from the family on the care plan.", "sex_life"),
        # sexual orientation: LGBT organisations and services
        ("Signposted to the LGBTQ+ society at university.", "sexual_orientation"),
        ("Referral to an LGBT+ DA service for advice.", "sexual_orientation"),
        ("Leaflet from the LGBT Foundation given.", "sexual_orientation"),
        # gender identity: trans- as anatomy
        ("Patient trans-fémoral amputé, prothèse.", "gender_identity"),
        ("Trans fats to avoid, cardiac diet.", "gender_identity"),
        # religion: faith in an institution's name, festivals as dates, a request
        ("Transferred from the Jewish General Hospital.", "religion"),
        ("Colis du Secours Catholique pour la famille.", "religion"),
        ("Seen at Mbingo Baptist Hospital last year.", "religion"),
        ("Prière de rappeler le secrétariat.", "religion"),
        ("RDV décalé après l'Aïd el-Kébir, cabinet fermé.", "religion"),
        ("Practising GP for 20 years, now retired.", "religion"),
        # political opinion: a union's picket, clinical manifestations, a doctor's council
        ("GMB union organiser, arrested at a protest outside the depot.", "political_opinion"),
        ("Blessé lors d'une manifestation sportive au stade.", "political_opinion"),
        ("Manifestations cliniques apparues après la chimiothérapie.", "political_opinion"),
        # trade union: a student union, a credit union
        ("President of the student union at her college.", "trade_union"),
        ("Loan from his credit union for the car.", "trade_union"),
        # ethnic origin: a material's origin
        ("Refuse la gélatine d'origine porcine.", "ethnic_origin"),
        ("Valve d'origine bovine posée en 2019.", "ethnic_origin"),
        ("Akan interpreter booked for the next visit.", "ethnic_origin"),
        # mental health: a department denied, a Québec social worker, cutting food
        (
            "Pédopsychiatrie \u2013 consultation : pas de trouble psychiatrique retrouvé.",
            "mental_health",
        ),
        ("TS vue ce matin, ressources communautaires données.", "mental_health"),
        ("She cuts the bread for her mother.", "mental_health"),
        # addiction: oxygen and sedation weaned, heavy words without drink
        ("Sevrage de l'O2 à J5, sortie prévue.", "addiction"),
        ("Sevrage de la sédation en réanimation.", "addiction"),
        ("Fentanyl patch 25 mcg for cancer pain.", "addiction"),
        # reproductive: a plan B, a termination of a contract
        ("Plan B si échec du traitement : chirurgie.", "reproductive"),
        ("Asks about the abortion pill for a school project.", "reproductive"),
        # hiv/sti: empiric or presumptive treatment, PEP not needed while on PrEP
        ("Empiric ceftriaxone for GC pending NAAT.", "hiv_sti"),
        ("Chlamydia presumptive treatment given to the contact.", "hiv_sti"),
    ],
)
def test_a_look_alike_is_not_a_finding_l_m(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Pas de coups de bâton rapportés.", "violence"),
        ("Denies being punched by anyone.", "violence"),
        ("No sexual slavery reported by the patient.", "sexual_violence"),
        ("Sans diffusion de photos intimes à ce jour.", "sexual_violence"),
        ("N'entend pas de voix.", "mental_health"),
        ("No auditory hallucinations.", "mental_health"),
        ("Pas de travail du sexe.", "sex_life"),
        ("Déficit en G6PD : négatif.", "genetic"),
        ("Denies drinking heavily.", "addiction"),
        ("Pas de préservation ovocytaire souhaitée.", "reproductive"),
        ("Ne fait pas ses prières.", "religion"),
        ("Shot in the leg? No, fell on glass.", "violence"),
    ],
)
def test_a_new_term_is_negated_like_the_others(text: str, category: str) -> None:
    assert category not in categories(text)


def test_a_disclosure_after_a_question_is_affirmed() -> None:
    assert "sexual_violence" in categories("Asked re abuse: disclosed sexual abuse by an uncle.")
    assert "sexual_violence" not in categories("Asked re sexual abuse: no.")


def test_an_aside_closes_the_doubt_it_holds() -> None:
    finding = classify("Détenu (soupçon de liens avec un parti): coups de bâton.").findings[-1]
    assert finding.category == "violence" and finding.affirmed


def test_a_new_subject_after_a_comma_is_not_negated_or_doubted() -> None:
    assert "violence" in categories("We had no food, they beat us every night.")
    assert "violence" in categories("A peur de son mari, il lui a cassé le bras.")


def test_own_treatment_and_a_request_are_not_tests() -> None:
    assert "hiv_sti" in categories("Requests her HIV meds from her bag.")
    assert "reproductive" in categories("Requests a termination of pregnancy at 8 weeks.")
    assert "reproductive" in categories("Ulipristal 30 mg prescrit.")


def test_pep_does_not_reach_prep() -> None:
    assert "hiv_sti" in categories("TPE non nécessaire : sous PrEP.")
    assert "hiv_sti" in categories("On PrEP, adherent -> PEPSE not needed, PrEP continued.")


def test_a_result_closes_its_test_and_a_list_follows_a_colon() -> None:
    assert "reproductive" in categories("Pregnancy test negative, levonorgestrel given.")
    assert "hiv_sti" not in categories("Dépistage recommandé dans votre situation : VIH, syphilis.")


def test_words_are_not_proposals() -> None:
    assert "mental_health" in categories("Tient des propos suicidaires depuis hier.")
    assert "mental_health" not in categories("Un suivi psychiatrique lui est proposé si besoin.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a patient's own words, quoted in the other language of the note
        ('Seen with interpreter. She said: "il me bat quand il a bu".', "violence"),
        ('Elle répète : "he choked me in the car".', "violence"),
        ('Per the child: "papa me tape avec sa ceinture".', "violence"),
        ('Dit en pleurant : "il m\'a forcée, je ne voulais pas".', "sexual_violence"),
        ('Quote: "he forced me, I said no".', "sexual_violence"),
        ('La fillette dit : "il me touchait quand maman dormait".', "sexual_violence"),
        ("Told the nurse: \"on m'a coupée au village quand j'étais petite\".", "sexual_violence"),
        ("She says she was cut as a girl in Guinea.", "sexual_violence"),
        ('Tells us in French: "je veux mourir, je n\'en peux plus".', "mental_health"),
        ('Per pt: "je me coupe les poignets le soir".', "mental_health"),
        ('Dit : "je me fais du mal pour ne plus penser".', "mental_health"),
        ('Elle dit : "I\'m trans, please use she".', "gender_identity"),
        ('Pt: "je bois une bouteille de whisky par jour".', "addiction"),
        ('"J\'ai avorté à 19 ans", says the patient.', "reproductive"),
        ('Daughter reports: "mon frère lui prend tout son argent".', "violence"),
        ('Mme dit : "il m\'a menacée de mort hier soir".', "violence"),
    ],
)
def test_quoted_words_in_either_language_are_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Son collègue lui tape sur les nerfs.", "violence"),
        ("On m'a brûlé une verrue au cabinet.", "violence"),
        ("On l'a poussé à consulter pour son genou.", "violence"),
        ("Il le bat aux échecs tous les dimanches.", "violence"),
        ("They beat us 2-1 in the cup final.", "violence"),
        ("Le chien l'a mordu au mollet.", "violence"),
        ("Il se coupe en se rasant, saignements prolongés.", "mental_health"),
        ("Se griffe la nuit à cause de l'eczéma.", "mental_health"),
        ("Il se coupe les ongles trop courts.", "mental_health"),
        ("On m'a forcé à prendre un rendez-vous.", "sexual_violence"),
        ("Le kiné me touche le dos pendant la séance.", "sexual_violence"),
        (
            "Put a stick in her mouth during the seizure (bad practice), no injury.",
            "sexual_violence",
        ),
        ("Projet avorté faute de financement.", "reproductive"),
        ("Baptême de l'air pour ses 60 ans.", "religion"),
        ("Musulman non pratiquant.", "religion"),
        ("FHx of MH: anaesthetic alert on the record.", "mental_health"),
        ("Known PTB, on treatment for 2 months.", "political_opinion"),
        ("Daughter is POA for finances.", "trade_union"),
        ("Sang reçu du CNTS ce matin.", "trade_union"),
        ("Une explication tirée par les cheveux.", "violence"),
        ("Pris à la gorge par les dettes.", "violence"),
        ("Elle a peur de la réaction de son mari à la grossesse.", "violence"),
        ("Afraid of her partner's reaction to the diagnosis.", "violence"),
        ("She cuts up her food in small pieces.", "mental_health"),
        ("Hair pulled back in a ponytail for the EEG.", "violence"),
        ("Spat on the floor in the waiting room.", "violence"),
    ],
)
def test_a_look_alike_of_quoted_words_is_not_a_finding(text: str, category: str) -> None:
    assert category not in categories(text)


def test_an_origin_is_not_undone_by_a_practice_denied() -> None:
    found = categories("Ashkenazi Jewish heritage (non pratiquante), BRCA1 carrier.")
    assert "ethnic_origin" in found and "religion" not in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual_violence: sex imposed, forced or coerced, singular or plural; "sévices sexuels"
        ("Dit avoir été contrainte à un rapport sexuel par un collègue.", "sexual_violence"),
        ("Elle a été forcée à avoir un rapport avec son ancien ami.", "sexual_violence"),
        ("Obligée à des actes sexuels par le passeur.", "sexual_violence"),
        ("Rapport sexuel imposé lors d'une fête, plainte en cours.", "sexual_violence"),
        ("Relation sexuelle forcée il y a deux ans, jamais dénoncée.", "sexual_violence"),
        ("Rapports sexuels forcés pendant plusieurs mois.", "sexual_violence"),
        ("Son mari lui imposait des rapports quand il rentrait ivre.", "sexual_violence"),
        ("Elle explique qu'il lui impose des relations malgré ses refus.", "sexual_violence"),
        ("Antécédent de sévices sexuels dans l'enfance.", "sexual_violence"),
        ("T74.2 Sévices sexuels", "sexual_violence"),
        ("Sévices à caractère sexuel par un oncle, révélés à 30 ans.", "sexual_violence"),
        ("Her mum's partner has been touching her in bed at night.", "sexual_violence"),
        (
            "Says the lodger kept touching him when his mum was out, he is scared.",
            "sexual_violence",
        ),
        # violence: forced sex by a partner is violence too
        ("Son compagnon lui impose des rapports, elle n'ose pas refuser.", "violence"),
        ("Le conjoint l'a forcée à avoir des rapports à plusieurs reprises.", "violence"),
        ("Son mari lui imposait des rapports depuis la naissance.", "violence"),
        # sexual_orientation: gay, bisexual and other MSM; a partner "of the same sex"
        ("Vaccin HPV fait ce jour, programme GBMSM.", "sexual_orientation"),
        ("GBMSM, attends sexual health clinic every 3 months.", "sexual_orientation"),
        ("Vit avec sa partenaire (même sexe) depuis 8 ans.", "sexual_orientation"),
        ("En couple (de même sexe), projet de PMA.", "sexual_orientation"),
        ("Lives with his partner (same-sex) in a flat in town.", "sexual_orientation"),
        ("She is seeing a new female partner since spring.", "sexual_orientation"),
        ("Pacsé avec son compagnon depuis 2015, sans enfant.", "sexual_orientation"),
        ("Enseignante, vit avec sa compagne à Lyon.", "sexual_orientation"),
        ("Veuve de sa compagne depuis 2020.", "sexual_orientation"),
        ("Mariée à sa compagne en 2018.", "sexual_orientation"),
        # sex_life: paying for sex
        ("Reports paying for sex on business trips abroad.", "sex_life"),
        ("He pays for sex when he travels for work.", "sex_life"),
        ("Dit payer pour des rapports lors de ses déplacements.", "sex_life"),
        ("Il payait pour du sexe quand il vivait seul.", "sex_life"),
        # political_opinion: joining the opposition
        ("Arrested after joining the opposition in 2018.", "political_opinion"),
        ("He is a supporter of the opposition and was threatened.", "political_opinion"),
        ("A rejoint l'opposition en 2019, menacé depuis.", "political_opinion"),
        ("Sympathisant de l'opposition, il a fui le pays.", "political_opinion"),
        # genetic: a repeat count before the triplet
        ("Huntington: 44 CAG repeats on predictive testing, now symptomatic.", "genetic"),
        ("Dystrophie myotonique, 300 CTG répétitions.", "genetic"),
        ("Fragile X carrier with 90 CGG repeats.", "genetic"),
        # mental_health: low mood, PHQ-9 and EPDS in the pathological range, depot antipsychotics
        ("Low mood for two months since the redundancy.", "mental_health"),
        ("Humeur basse, perte d'intérêt, ralentissement.", "mental_health"),
        ("PHQ-9 17 today, up from 12.", "mental_health"),
        ("PHQ9 score of 21, discussed with GP.", "mental_health"),
        ("EPDS à 16 à 6 semaines du post-partum.", "mental_health"),
        ("EPDS score 14, reviewed by health visitor.", "mental_health"),
        ("Zuclopenthixol decanoate 300 mg IM every 2 weeks.", "mental_health"),
        ("Injection de Xeplion 100 mg ce jour, IDE à domicile.", "mental_health"),
        ("Paliperidone palmitate monthly injection given.", "mental_health"),
        ("Flupentixol depot given in the clinic today.", "mental_health"),
        ("Sous neuroleptique retard depuis 2019.", "mental_health"),
        # addiction: an excessive drinker, past or present
        ("Ancien buveur excessif, sevré depuis 5 ans.", "addiction"),
        ("Grosse buveuse de vin blanc selon son fils.", "addiction"),
        ("Known binge drinker at weekends, blackouts.", "addiction"),
        # reproductive: a surrogate mother is still one
        ("Enfant né d'une mère porteuse aux États-Unis.", "reproductive"),
    ],
)
def test_a_family_found_in_notes_written_apart_n_o(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sévices without "sexuels" stay violence, not sexual violence
        ("Sévices physiques répétés par le père.", "sexual_violence"),
        ("Rapport imposé par la direction sur les arrêts de travail.", "sexual_violence"),
        ("Rapport d'activité imposé chaque trimestre.", "sexual_violence"),
        ("Relations contraintes avec sa hiérarchie, conflit au travail.", "sexual_violence"),
        ("Son compagnon lui impose des horaires de rentrée stricts.", "sexual_violence"),
        ("He touched her hand to reassure her.", "sexual_violence"),
        ("Contrainte à un arrêt de travail par son dos.", "sexual_violence"),
        ("Forcée à un repos strict par son médecin.", "sexual_violence"),
        ("Son mari lui impose un régime sans sel.", "violence"),
        ("Son compagnon l'a forcée à consulter pour son genou.", "violence"),
        # sexual_orientation: GBM is glioblastoma; same sex as a sibling; partner words with no
        # patient of the same sex
        ("GBM resected, temozolomide, seen in oncology clinic.", "sexual_orientation"),
        ("Jumeaux de même sexe, grossesse gémellaire.", "sexual_orientation"),
        ("Pacsée avec son compagnon depuis 2015.", "sexual_orientation"),
        ("Enseignant, vit avec sa compagne à Lyon.", "sexual_orientation"),
        ("Veuf de sa femme depuis 2020.", "sexual_orientation"),
        ("Mariée, son mari l'accompagne.", "sexual_orientation"),
        ("He said his female partner is pregnant.", "sexual_orientation"),
        # sex_life: paying for things, not for sex
        ("He cannot pay for his prescriptions this month.", "sex_life"),
        ("Payer pour des séances de kiné non remboursées.", "sex_life"),
        ("Paid for sessions with a private physio.", "sex_life"),
        # political_opinion: the opposition in another sense; trade union activism is not
        # a political opinion
        ("Opposition to the surgery from the family.", "political_opinion"),
        ("Supporting the opposition thumb with a splint.", "political_opinion"),
        ("Ancien militant syndical CGT, retraité.", "political_opinion"),
        ("Militant syndicaliste dans sa boîte.", "political_opinion"),
        # genetic: a count not of repeats
        ("CAG 2 weeks ago, drains removed.", "genetic"),
        ("44 repeats of the exercise daily.", "genetic"),
        # mental_health: scores in the normal range, GAD antibodies, a psychiatric evaluation
        # that finds nothing
        ("PHQ-9 3, GAD-7 2: no depression or anxiety.", "mental_health"),
        ("EPDS 4 at the 6-week check.", "mental_health"),
        ("EPDS à 6, pas d'inquiétude.", "mental_health"),
        ("T1DM, GAD Ab positive, on insulin pump.", "mental_health"),
        ("Anti-GAD antibodies strongly positive (GAD 65 titre 2000).", "mental_health"),
        ("Diabète de type 1 LADA, GAD Ac positifs.", "mental_health"),
        (
            "Expertise psychiatrique : pas de pathologie psychiatrique, discernement conservé.",
            "mental_health",
        ),
        ("Mood stable, sleeping well.", "mental_health"),
        ("Low mood denied.", "mental_health"),
        ("Pas d'humeur basse.", "mental_health"),
        ("Depot medroxyprogesterone injection given.", "mental_health"),
        # addiction: a drinker who is not excessive
        ("Buveur occasionnel, 2 verres le week-end.", "addiction"),
        ("Grosse fatigue depuis la grippe.", "addiction"),
        ("Binge watching series at night, poor sleep hygiene.", "addiction"),
        # reproductive: the mother carries a gene, not a pregnancy for others
        ("Syndrome de Lynch : mère porteuse MSH2, patient testé.", "reproductive"),
        ("Mère porteuse de la mutation BRCA1.", "reproductive"),
        ("Mère porteuse saine de l'hémophilie.", "reproductive"),
        ("Mère porteuse d'une prémutation FMR1.", "reproductive"),
        ("Mother is a carrier of the DMD variant.", "reproductive"),
        # ethnic_origin: a language spoken, however written
        ("Bilingual Punjabi/English, daughter interprets.", "ethnic_origin"),
        ("Patiente bilingue punjabi et anglais.", "ethnic_origin"),
    ],
)
def test_a_look_alike_is_not_a_finding_n_o(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Pas de rapport sexuel imposé selon elle.", "sexual_violence"),
        ("Denies being forced to have sex.", "sexual_violence"),
        ("Pas de sévices sexuels rapportés.", "sexual_violence"),
        ("No low mood, sleeping well.", "mental_health"),
        ("Sans humeur basse.", "mental_health"),
        ("Never paid for sex.", "sex_life"),
        ("Not a heavy drinker; 2 units a week.", "addiction"),
        ("Pas buveur excessif selon lui.", "addiction"),
    ],
)
def test_a_new_family_is_negated_like_the_others(text: str, category: str) -> None:
    assert category not in categories(text)


def test_forced_sex_by_a_partner_is_both_violences() -> None:
    found = categories("Son copain lui impose des rapports quand elle refuse.")
    assert "sexual_violence" in found and "violence" in found


def test_childhood_sexual_abuse_coded_is_not_other_violence() -> None:
    found = categories("Problèmes : T74.2 Sévices sexuels (enfance)")
    assert "sexual_violence" in found and "violence" not in found


# Written after notes_independent_p.jsonl (a French-heavy set of sexual-health, asylum,
# safeguarding and addiction notes): the families missing there, in wording of our own.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a probable route of infection doubts how, not what: the partner stays affirmed
        (
            "Séroconversion VIH, contamination probable lors de rapports avec un partenaire "
            "occasionnel.",
            "sex_life",
        ),
        ("Secondary syphilis, probably acquired from a casual partner abroad.", "sex_life"),
        # a proposal carried out, a drug's source
        ("Méthadone proposée et débutée à 20 mg ce jour.", "addiction"),
        ("Sertraline offered and started at 50 mg for depression.", "mental_health"),
        ("Dépendance aux benzodiazépines sur prescription depuis 10 ans.", "addiction"),
        ("Opioid dependence, codeine on prescription, now buying online.", "addiction"),
        # a practice planned still says who one is
        ("Planning to keep the Yom Kippur fast, insulin adjusted.", "religion"),
        ("He plans to fast during Ramadan this year.", "religion"),
        # what a test found, after an arrow
        ("Caryotype parental -> translocation robertsonienne chez Madame.", "genetic"),
        ("Dépistage néonatal -> AS, porteuse saine.", "genetic"),
        ("Trait drépanocytaire connu, pas de crise.", "genetic"),
        # a doubt opening an aside is about what it names
        ("Agression sexuelle en boîte de nuit (possible GHB dans son verre).", "sexual_violence"),
        # PrEP taken: a negative test after a comma is the test's; PrEP explained and started
        ("PrEP débutée ce jour (Truvada en continu), VIH nég.", "hiv_sti"),
        ("Started PrEP (Descovy daily), HIV Ag/Ab negative.", "hiv_sti"),
        ("PrEP explained and started today.", "hiv_sti"),
        # ongoing, not awaited: treatments and follow-up
        ("PrEP en cours depuis 2021, bonne observance.", "hiv_sti"),
        ("VHC en cours de traitement par Epclusa.", "hiv_sti"),
        ("Suivi psychiatrique en cours pour trouble bipolaire.", "mental_health"),
        ("Reviewed by psychiatrist for low mood, no suicidal ideation.", "mental_health"),
        (
            "Suivi par son psychiatre pour un trouble bipolaire. Pas d'idées suicidaires.",
            "mental_health",
        ),
        # violence: a punch, a blow to the face; money and accounts taken over; referrals
        ("A reçu un coup de poing de son cousin à la fête.", "violence"),
        ("Frappé au visage lors d'une bagarre devant le bar.", "violence"),
        ("Her son has taken control of her bank account and pension.", "violence"),
        ("Son fils a pris le contrôle de ses comptes, elle n'a plus d'argent.", "violence"),
        ("Her husband controls all her money, she has no bank card.", "violence"),
        ("Safeguarding adults referral made today.", "violence"),
        ("Safeguarding children referral sent after the visit.", "violence"),
        ("Signalement envoyé au procureur ce jour.", "violence"),
        # sexual violence: one act imposed or forced, with who did it or the refusal
        ("Rapport imposé par son ancien copain la semaine dernière.", "sexual_violence"),
        ("Relation forcée par un inconnu rencontré en soirée.", "sexual_violence"),
        ("Rapport imposé malgré son refus, n'a pas porté plainte.", "sexual_violence"),
        # sex life: casual partners counted without the noun
        ("Un partenaire régulier + un occasionnel depuis mai.", "sex_life"),
        ("One regular partner and two casual since March.", "sex_life"),
        # political opinion: a hunger strike as a protest
        ("En grève de la faim contre la fermeture de l'usine depuis 5 jours.", "political_opinion"),
        ("On hunger strike in protest at the new immigration law.", "political_opinion"),
        # hiv_sti: a cervical test that found HPV
        ("FCU : HPV positif, colposcopie demandée.", "hiv_sti"),
    ],
)
def test_a_family_found_in_notes_written_apart_p(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # doubt that stays: about the infection itself, a proposal only, a plan for a drug
        ("Primo-infection VIH probable, sérologie de contrôle prévue.", "hiv_sti"),
        ("Méthadone proposée, il préfère réfléchir.", "addiction"),
        ("Plans to start PrEP next month.", "hiv_sti"),
        ("Agression sexuelle (possible), patiente confuse, à préciser.", "sexual_violence"),
        # results for a whole list, after a colon or announced before it
        ("Dépistage fait : tout neg (VIH, syphilis, gonocoque).", "hiv_sti"),
        ("VIH, VHB, VHC, TPHA, chlamydia (urines) : tout négatif.", "hiv_sti"),
        ("HIV, HBV, HCV, syphilis, CT/GC (swabs): all negative.", "hiv_sti"),
        # a normal result after an arrow; a normal embryo screen
        ("Caryotype -> 46,XX normal.", "genetic"),
        ("PGT-A : 2 embryons euploïdes, transfert prévu.", "genetic"),
        ("PGT-A: 3 euploid blastocysts frozen.", "genetic"),
        # PrEP explained only; an infection's result awaited
        ("PrEP expliquée, il préfère attendre.", "hiv_sti"),
        ("PrEP explained in detail; will think about it.", "hiv_sti"),
        ("VIH négatif, syphilis en cours.", "hiv_sti"),
        # weather; a psychiatrist in a note that finds no disorder
        ("Vol retardé par une dépression tropicale.", "mental_health"),
        ("Holiday cut short by a tropical depression.", "mental_health"),
        ("Avis du psychiatre : pas de trouble psychiatrique.", "mental_health"),
        ("Dr Lenoir, psychiatre. Pas de pathologie psychiatrique retrouvée.", "mental_health"),
        ("Seen by the on-call psychiatrist: no mental illness found.", "mental_health"),
        # a wall punched, a ball; control of one's own illness
        ("Coup de poing dans le mur, fracture du 5e métacarpien.", "violence"),
        ("Frappé au visage par un ballon au match.", "violence"),
        ("Has taken control of her diabetes since the course.", "violence"),
        # a report imposed by an institution; casual work and drinks
        ("Rapport imposé par l'assurance pour le dossier.", "sexual_violence"),
        ("Partenaire stable, 1 casual job at weekends.", "sex_life"),
        ("Un verre occasionnel, 2 occasionnels au plus.", "sex_life"),
        # catch-up vaccines and cervical tests
        ("Rattrapage VHB : 2e dose faite.", "hiv_sti"),
        ("HPV (2e dose) faite ce jour.", "hiv_sti"),
        ("Hep B catch-up course started.", "hiv_sti"),
        ("FCU/HPV fait ce jour, résultat dans 3 semaines.", "hiv_sti"),
        # a hunger strike against one's own admission
        ("Grève de la faim contre son hospitalisation sous contrainte.", "political_opinion"),
        ("Hunger strike against his detention under the Mental Health Act.", "political_opinion"),
    ],
)
def test_a_look_alike_or_a_doubt_is_not_a_finding_p(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_q.jsonl (hospital notes, 40% English): the families it
# showed missing and the look-alikes each must leave alone, in examples of our own.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence: detained, arrested or abducted, then beaten or ill-treated
        ("Arrêtée à son domicile puis battue pendant trois jours.", "violence"),
        ("He was detained by the militia and beaten every night.", "violence"),
        ("Emprisonné six mois, frappé régulièrement.", "violence"),
        ("Detained at the border and ill-treated for weeks.", "violence"),
        # violence: a relative killed, people killed in an attack or by armed men
        ("Son père a été tué sous ses yeux pendant la guerre.", "violence"),
        ("Her son was shot dead outside their home.", "violence"),
        ("Ses parents ont été tués lors d'une attaque de rebelles.", "violence"),
        ("Uncle killed by gunmen at a checkpoint last year.", "violence"),
        ("Lost two cousins, massacred in the village.", "violence"),
        # gender identity: surgery and care to affirm one's gender
        ("Booked for chest masculinisation surgery in May.", "gender_identity"),
        ("Parcours d'affirmation de genre depuis 2021, sous testostérone.", "gender_identity"),
        ("Gender affirmation care at the adult clinic since last year.", "gender_identity"),
        ("Demande une féminisation faciale, devis en cours.", "gender_identity"),
        # trade union: a union man, a trade unionist, the miners' union
        ("A lifelong union man, still goes to branch meetings.", "trade_union"),
        ("Trade unionist at the docks for 30 years.", "trade_union"),
        ("Former NUM rep at the colliery.", "trade_union"),
        # ethnic origin: peoples without a state of their own; "non accompagné" and "non
        # francophone" negate nothing after them
        ("Réfugiée tibétaine, arrivée en 2015.", "ethnic_origin"),
        ("Tibetan family, came via Nepal.", "ethnic_origin"),
        ("Jeune sahraoui hébergé en foyer.", "ethnic_origin"),
        ("Mineure non accompagnée originaire de Guinée, hébergée par l'ASE.", "ethnic_origin"),
        ("Patient non francophone originaire du Mali, fils présent.", "ethnic_origin"),
        # sexual orientation: a woman living with "son amie"
        ("Patiente 45 ans, vit avec son amie depuis 15 ans.", "sexual_orientation"),
        # "si besoin" is of the word just before it, not of a treatment listed earlier
        ("Sertraline 50 mg + zopiclone si besoin.", "mental_health"),
    ],
)
def test_a_family_found_in_notes_written_apart_q(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence: a service named after torture; deaths by accident; police at a protest
        ("Leaflet for Freedom from Torture given to his support worker.", "violence"),
        ("Bénévole dans une association contre la torture.", "violence"),
        ("His father was killed in a road accident in 2010.", "violence"),
        ("Son frère a été tué par la foudre en 1998.", "violence"),
        ("Her husband was killed by a falling tree in the storm.", "violence"),
        ("Arrêté et frappé lors de la manifestation.", "violence"),
        # hiv/sti: an STI clinic or consultation is a place; NG after NBM is a tube
        ("Consultation IST : examen normal, prélèvements faits.", "hiv_sti"),
        ("Attended the STI clinic for a routine check, all clear.", "hiv_sti"),
        ("NBM and NG on free drainage post-op.", "hiv_sti"),
        ("Day 2: NBM, NG, IV fluids.", "hiv_sti"),
        # reproductive: PMA spelt out as a first-aid post
        ("PMA (poste médical avancé) du festival : entorse de cheville.", "reproductive"),
        # sexual orientation: "son ami(e)" who comes along is a friend
        ("Patiente 30 ans, rentrée chez elle avec son amie après la suture.", "sexual_orientation"),
        ("Patient 60 ans, accompagné de son ami pour la coloscopie.", "sexual_orientation"),
        # mental health: a follow-up with a "psy" alone is no disorder
        ("Suivi psy terminé l'an dernier, va bien.", "mental_health"),
        # not confirmed, not substantiated, none stated
        ("Suspicion de maltraitance, non confirmée après enquête.", "violence"),
        ("Allegation of physical abuse unsubstantiated after review.", "violence"),
        ("Child abuse not substantiated by the strategy meeting.", "violence"),
        ("Hépatite C non confirmée (ARN négatif).", "hiv_sti"),
        ("Religious objection to blood products: none stated.", "religion"),
        # a worry with its own clause; an indication for a test
        ("Concerned he may have been assaulted, but he denies it.", "violence"),
        ("Worried that her daughter is self-harming; nothing seen.", "mental_health"),
        ("Indication à une analyse BRCA1/2, la patiente réfléchit.", "genetic"),
        ("Eligible for genetic testing (BRCA2), wants time to think.", "genetic"),
        # a referral kept for later
        ("Orientée vers le CSAPA si besoin.", "addiction"),
        ("Relais CMP si besoin.", "mental_health"),
    ],
)
def test_a_look_alike_or_a_doubt_is_not_a_finding_q(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_r.jsonl (indirect and paraphrased wording, relatives, far
# negations): the families it showed missing, in our own words, and their look-alikes.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual violence: a quoted "forcée", a man "used as a woman", sex gone along with out
        # of fear, not let go or unable to say no
        ("Raconte avoir été « forcée » par un voisin à 12 ans.", "sexual_violence"),
        ("Dit avoir été 'forcée' par un animateur de colonie.", "sexual_violence"),
        (
            "Dit que les gardiens l'ont utilisé comme une femme pendant sa détention.",
            "sexual_violence",
        ),
        ("Says the soldiers used him like a woman in the camp.", "sexual_violence"),
        ("She went along with it because she was frightened of him.", "sexual_violence"),
        ("Didn't feel able to say no when he started undressing her.", "sexual_violence"),
        ("Rapport chez un ami qui ne l'a pas laissée repartir avant le matin.", "sexual_violence"),
        ("S'est laissée faire par peur des coups, rapports répétés.", "sexual_violence"),
        ("He would not let her leave until she had sex with him.", "sexual_violence"),
        # sexual orientation: a relative's partner of their own sex, two women or two men
        # married by title, "he has a boyfriend", an age and a sex before a verb of the visit
        ("Sa fille vit à Nantes avec sa compagne.", "sexual_orientation"),
        ("Le compagnon de son frère l'accompagne aujourd'hui.", "sexual_orientation"),
        ("Son neveu, qui habite avec son compagnon, vient la voir.", "sexual_orientation"),
        ("Patiente mariée à Mme Durand depuis 2020.", "sexual_orientation"),
        ("M. Leroy, pacsé avec M. Bernard depuis 2015.", "sexual_orientation"),
        ("Told his sister last week that he has a boyfriend.", "sexual_orientation"),
        ("She moved in with her girlfriend last year.", "sexual_orientation"),
        ("Il sort avec un garçon de sa classe depuis la rentrée.", "sexual_orientation"),
        ("45M seen today, boyfriend in the waiting room.", "sexual_orientation"),
        # sex life: an affair told as an "aventure", a fling
        ("A eu une aventure lors d'un congrès, rapports sans préservatif.", "sex_life"),
        ("Had a brief fling with a colleague last month.", "sex_life"),
        # gender identity: living or presenting in one's gender, a child of the other sex in
        # their own words, a hormonal transition
        ("Vit au féminin depuis l'adolescence.", "gender_identity"),
        ("Se présente au masculin au lycée depuis la 2nde.", "gender_identity"),
        ("Living as a woman for two years, on estradiol.", "gender_identity"),
        ("Sa fille lui a dit qu'elle est un garçon.", "gender_identity"),
        ("Transition hormonale débutée en 2022 au CHU.", "gender_identity"),
        # religion: a parish priest, a deacon, an abbé, a nun (not the pastry)
        ("Le curé de la paroisse passe le voir chaque semaine.", "religion"),
        ("Diacre dans sa paroisse, très investi.", "religion"),
        ("L'abbé Martin, 70 ans, dit la messe chaque matin.", "religion"),
        ("Religieuse au couvent de Lisieux depuis 40 ans.", "religion"),
        # political opinion: heading a list, the lists of the left and the right
        ("Tête de liste aux régionales, très sollicitée.", "political_opinion"),
        ("Élue divers droite au conseil départemental.", "political_opinion"),
        # ethnic origin: a town, then its country after a comma
        ("Originaire de Kayes, Mali, arrivé en 2019.", "ethnic_origin"),
        # genetic: a haemoglobin profile; one gene's variant is not undone by another's absence
        ("Guthrie : profil FAS, trait drépanocytaire.", "genetic"),
        ("Électrophorèse de l'Hb : profil AS.", "genetic"),
        ("BRCA2: pathogenic variant, no variant in PALB2.", "genetic"),
        # mental health: cutting oneself to cope, an overdose that was not an accident
        ("Se coupe pour se soulager quand elle va mal.", "mental_health"),
        ("Se mutile volontairement les avant-bras.", "mental_health"),
        ("Overdose in 2018, not accidental, psychiatric review.", "mental_health"),
        ("History of DSH by cutting.", "mental_health"),
        # addiction: joints a day, a drug one cannot do without or cut down, supplies from a
        # second prescriber
        ("Fume 4 joints par jour depuis le lycée.", "addiction"),
        ("10 spliffs a day since school.", "addiction"),
        ("Smokes joints every day before work.", "addiction"),
        ("Prend du Lexomil chaque soir, ne peut plus s'en passer.", "addiction"),
        ("Can't sleep without her zopiclone now, takes extra.", "addiction"),
        ("N'arrive pas à diminuer l'alcool malgré ses efforts.", "addiction"),
        ("Unable to cut down on drinking despite trying.", "addiction"),
        ("Found to be getting extra prescriptions from another GP.", "addiction"),
        ("Nomadisme médical pour obtenir des benzodiazépines.", "addiction"),
        # reproductive: a pregnancy lost in other words, who carries a couple's pregnancy
        ("A perdu la grossesse à 8 SA, aspiration faite.", "reproductive"),
        ("Lost the baby at 11 weeks, ERPC done.", "reproductive"),
        ("Her wife will carry the pregnancy this time.", "reproductive"),
        ("C'est sa compagne qui portera.", "reproductive"),
        # violence: shaken, pinned, a limb twisted by someone
        ("Agressée verbalement puis frappée par son voisin.", "violence"),
        ("Son conjoint la secoue quand il a bu.", "violence"),
        ("Il l'a plaquée au sol et lui a serré les bras.", "violence"),
        ("He pinned her against the door during the argument.", "violence"),
        ("Her husband shook her violently last night.", "violence"),
        ("Son petit-fils lui a tordu le bras pour prendre sa carte.", "violence"),
        ("Her son twisted her wrist to take her phone.", "violence"),
        # conventions: a parent's hereditary disease named, untested, is still genetic
        ("Père atteint d'une maladie de Huntington (diagnostic clinique), non testé.", "genetic"),
    ],
)
def test_a_family_found_in_notes_written_apart_r(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Utilisée comme une femme de ménage par la famille d'accueil.", "sexual_violence"),
        ("Did not feel able to say no to extra shifts.", "sexual_violence"),
        ("Le médecin ne l'a pas laissée partir avant la fin de la perfusion.", "sexual_violence"),
        ("The nurse would not let him leave before the CT.", "sexual_violence"),
        # a partner of the other sex, the patient's own partner, a daughter
        ("Son fils vit avec sa compagne à Paris.", "sexual_orientation"),
        ("Sa mère vit avec son compagnon depuis 2010.", "sexual_orientation"),
        ("Mme accompagnée de son fils et de son mari.", "sexual_orientation"),
        ("Mariée à M. Durand depuis 2020.", "sexual_orientation"),
        ("M. Leroy, marié à Mme Leroy depuis 30 ans.", "sexual_orientation"),
        ("He has a girlfriend who drove him in.", "sexual_orientation"),
        ("Elle a une fille de 3 ans.", "sexual_orientation"),
        ("Elle vit avec sa fille depuis le divorce.", "sexual_orientation"),
        ("34F attends with her husband.", "sexual_orientation"),
        ("Il a un compagnon de cellule bruyant, dort mal.", "sexual_orientation"),
        ("Son fils vit avec un copain en colocation.", "sexual_orientation"),
        # an adventure in the mountains; a single unprotected intercourse with a regular
        # partner for emergency contraception is no sexual life of note
        ("A eu une aventure en montagne l'été dernier, entorse.", "sex_life"),
        (
            "Rapport non protégé hier avec son copain (préservatif rompu), Norlevo délivré.",
            "sex_life",
        ),
        ("UPSI with her boyfriend 2 days ago, levonorgestrel given.", "sex_life"),
        # the sex assigned at birth alone, the menopause's transition
        ("Assigned female at birth, identifies as a girl, no dysphoria.", "gender_identity"),
        ("Transition hormonale de la périménopause, bouffées de chaleur.", "gender_identity"),
        ("Vit au rez-de-chaussée avec son fils.", "gender_identity"),
        ("S'habille au masculin pour le travail sur chantier.", "gender_identity"),
        # a course of treatment, a charity's name, a pastry, an abuser's office
        ("Cure de vitamine D prescrite pour l'hiver.", "religion"),
        ("La cure thermale du mois dernier lui a fait du bien.", "religion"),
        ("Fondation Abbé Pierre : aide au logement.", "religion"),
        ("Religieuse au chocolat au goûter, puis vomissements.", "religion"),
        ("Abusé par le curé du village à 10 ans.", "religion"),
        ("En tête de liste d'attente pour une greffe rénale.", "political_opinion"),
        ("Arrive en tête de liste des diagnostics différentiels.", "political_opinion"),
        ("Originaire de Bretagne, a vécu au Sénégal.", "ethnic_origin"),
        # profiles that are not haemoglobin's, a panel or a gene with nothing found
        ("Profil tensionnel normal, profil lipidique à refaire.", "genetic"),
        ("Panel (BRCA1, BRCA2): no pathogenic variant found.", "genetic"),
        ("Séquençage MLH1 : aucune mutation retrouvée.", "genetic"),
        # a kitchen cut, a street-drug or accidental overdose, dehydration (French DSH)
        ("Se coupe avec un couteau en cuisinant.", "mental_health"),
        ("Heroin overdose last year, naloxone given by a friend.", "mental_health"),
        ("Overdose in 2018, thought to be accidental.", "mental_health"),
        ("DSH modérée chez ce nourrisson, réhydratation IV.", "mental_health"),
        ("Signes de DSH, pli cutané persistant.", "mental_health"),
        # swollen joints, a machine or a frame one cannot do without, tobacco, sugar
        ("6 joints gonflés sur 28 au DAS28.", "addiction"),
        ("Ne peut plus s'en passer : la PPC lui a changé la vie.", "addiction"),
        ("Cannot manage without her walking frame now.", "addiction"),
        ("N'arrive pas à arrêter de fumer malgré les patchs.", "addiction"),
        ("Unable to cut down on sugar, HbA1c rising.", "addiction"),
        ("Ne peut plus s'en passer, vingt minutes de marche par jour.", "addiction"),
        # a baby lost after birth, a pregnancy continued, a complaint to be filed
        ("A perdu son bébé à 3 mois de vie (mort subite).", "reproductive"),
        ("Lost her baby at 2 months old to SIDS.", "reproductive"),
        ("She will carry the pregnancy to term despite the anomaly.", "reproductive"),
        ("C'est elle qui portera plainte demain.", "reproductive"),
        ("Advised not to carry the baby in a sling for 6 weeks after the CS.", "reproductive"),
        ("Has lost the baby weight, BMI 24.", "reproductive"),
        # words without blows, being dumped, shivers, a handshake, a fracture pinned, a fall
        ("Agressé verbalement par un client, pas de coups.", "violence"),
        ("Verbally assaulted by a customer, no physical contact.", "violence"),
        ("Son compagnon l'a plaquée pour une autre femme.", "violence"),
        ("Les frissons le secouent toute la nuit.", "violence"),
        ("Her husband shook her hand warmly.", "violence"),
        ("Pinned the fracture with two K-wires.", "violence"),
        ("S'est tordu le poignet en tombant dans l'escalier.", "violence"),
        ("She twisted her ankle on the stairs.", "violence"),
        # a count joined to its test is one item of the list a test after it reaches
        ("HIV, syphilis and 2-site NAATs sent today.", "hiv_sti"),
        # a section with nothing to report
        ("Psy : RAS. Cardio : RAS.", "mental_health"),
    ],
)
def test_a_look_alike_is_not_a_finding_r(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a doubt to rule out has no result to read back from a finding after it
        "Primo-infection VIH à éliminer, syphilis secondaire ? Sérologies envoyées.",
        "HIV seroconversion to rule out, secondary syphilis? Bloods sent.",
        # a doubt after a stage or a result is a doubt of the whole phrase
        "Syphilis secondaire ? TPHA-VDRL demandés.",
        "Hépatite B aiguë ? bilan hépatique demain.",
    ],
)
def test_a_doubt_after_a_phrase_leaves_it_unaffirmed(text: str) -> None:
    assert "hiv_sti" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hépatite C : sérologie positive.",
        "Syphilis secondaire confirmée (VDRL 1/64).",
        "Lésions à éliminer: aucune. Syphilis secondaire, traitée par Extencilline.",
    ],
)
def test_a_result_or_a_stage_without_doubt_stays_affirmed(text: str) -> None:
    assert "hiv_sti" in categories(text)


# Written after notes_independent_s.jsonl (English-heavy: UK, US SOAP, Canadian and
# Australian notes): the families it showed missing, in our own words, and their look-alikes.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # ethnic origin: US demographic descriptors ("AA" before a sex, after an age), race
        # fields, Latinx, mixed and census categories, Indigenous nations of Canada, the US
        # and Australia
        ("39 yo AA female, sickle cell trait on file.", "ethnic_origin"),
        ("51yo AAM with new-onset heart failure.", "ethnic_origin"),
        ("Latinx teen, 16, here for a sports physical.", "ethnic_origin"),
        ("Non-Hispanic white man, 70, AAA screen due.", "ethnic_origin"),
        ("Race: Black / Ethnicity: not Hispanic.", "ethnic_origin"),
        ("Biracial toddler, eczema follow-up.", "ethnic_origin"),
        ("American Indian elder, 68, on dialysis.", "ethnic_origin"),
        ("Alaska Native woman, 29, postpartum check.", "ethnic_origin"),
        ("Haida man, 55, gout flare.", "ethnic_origin"),
        ("Koori man, 33, asthma review.", "ethnic_origin"),
        ("Inuk woman, 30, transferred for delivery.", "ethnic_origin"),
        ("Dene elder, 80, hip fracture.", "ethnic_origin"),
        # ... a birthplace: a city of origin, a town then its country, X-born, "né(e) au"
        ("Born in Harare, came to Leeds in 2001.", "ethnic_origin"),
        ("Born and raised in Accra, Ghana.", "ethnic_origin"),
        ("Kenya-born nurse, 41, migraine.", "ethnic_origin"),
        ("Née au Mali, arrivée en France à 12 ans.", "ethnic_origin"),
        ("Né à Alger en 1958, retraité.", "ethnic_origin"),
        ("Né en 1970 au Cambodge, diabète.", "ethnic_origin"),
        # ... a city one comes from, a territory
        ("Moved to Montreal from Port-au-Prince after the earthquake.", "ethnic_origin"),
        ("Fled from Aleppo with his two children in 2016.", "ethnic_origin"),
        ("Originaire de Casablanca, vit seule.", "ethnic_origin"),
        ("Arrivée de Kinshasa il y a 6 mois.", "ethnic_origin"),
        ("Asylum seeker, 30, from Zakho, Iraq, back pain.", "ethnic_origin"),
        ("Her parents came from Trinidad in 1962.", "ethnic_origin"),
        # sexual orientation: a child's two mothers or fathers; "cis M" after an age
        ("6 yo boy, accompanied by both dads for his vaccines.", "sexual_orientation"),
        ("Brought in by her mums, otitis media.", "sexual_orientation"),
        ("Enfant de 3 ans venu avec ses mamans.", "sexual_orientation"),
        ("33 y/o cis M, has a husband, PrEP review.", "sexual_orientation"),
        # sex life: sex with someone just met
        ("Had sex with a woman he met at a festival, no condom.", "sex_life"),
        ("Slept with a man she picked up at a bar last Friday.", "sex_life"),
        ("Rapport non protégé avec une femme rencontrée en soirée.", "sex_life"),
        # political opinion: groups of the opposition
        ("Detained for his role in an opposition student group.", "political_opinion"),
        ("Worked for opposition newspapers, arrested twice.", "political_opinion"),
        # trade union: union trades of North America
        ("Union carpenter, on light duties after the fall.", "trade_union"),
        ("Union ironworker, 52, shoulder pain.", "trade_union"),
        ("Teamster, long-haul driver, back pain.", "trade_union"),
        # addiction: use disorders as initials
        ("Completed an AUD residential program in 2019, abstinent.", "addiction"),
        ("History of OUD, in remission.", "addiction"),
        # mental health: an overdose in grams is no GHB
        ("Took a 20 g paracetamol overdose after the argument.", "mental_health"),
        # reproductive: early losses, gametes frozen or banked
        ("Obstetric hx: one missed AB.", "reproductive"),
        ("Two chemical pregnancies this year.", "reproductive"),
        ("Blighted ovum on the 9-week scan.", "reproductive"),
        ("Échographie : œuf clair, expulsion spontanée.", "reproductive"),
        ("Wants to freeze her eggs before starting chemo.", "reproductive"),
        ("Banked sperm before chemotherapy in 2019.", "reproductive"),
        ("A congelé ses ovocytes à 35 ans.", "reproductive"),
        # violence: someone turning violent, slapped or shoved, objects thrown at a person,
        # pushed against a wall
        ("A punter got violent and pulled her hair.", "violence"),
        ("Her neighbour became violent during the dispute.", "violence"),
        ("The landlord shoved him down the steps.", "violence"),
        ("Her stepfather threw a mug at her.", "violence"),
        ("Son ex lui a lancé une chaise.", "violence"),
        ("Poussée contre le radiateur par son fils.", "violence"),
        ("She was shoved into a wall outside the pub.", "violence"),
        # genetic: a carrier state read off a carrier screen
        ("Tay-Sachs carrier on expanded carrier screening.", "genetic"),
    ],
)
def test_a_family_found_in_notes_written_apart_s(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "AA": meetings, air, aplastic anaemia, amyloid, amino acids; colours that are no
        # race; a travel illness, trips, births at term, races run, places named for peoples
        ("Goes to AA M/W/F, 9 months sober.", "ethnic_origin"),
        ("SpO2 95% AA, RR 18.", "ethnic_origin"),
        ("Aplastic anaemia (AA), on ciclosporin.", "ethnic_origin"),
        ("AA amyloidosis secondary to longstanding RA.", "ethnic_origin"),
        ("Plasma AA (amino acids) sent for metabolic screen.", "ethnic_origin"),
        ("Black tarry stools since Monday, Hb 78.", "ethnic_origin"),
        ("Two blackouts this week after drinking.", "ethnic_origin"),
        ("White cell count 15, CRP 80.", "ethnic_origin"),
        ("White matter changes on MRI.", "ethnic_origin"),
        ("Delhi belly on holiday, settling.", "ethnic_origin"),
        ("Back from Marrakech last week, diarrhoea.", "ethnic_origin"),
        ("Just flew in from Bangkok, fever.", "ethnic_origin"),
        ("Letter from Nairobi about his TB treatment.", "ethnic_origin"),
        ("Né à terme, 3,2 kg, allaitement.", "ethnic_origin"),
        ("Née à 36 SA, poids de naissance 2,4 kg.", "ethnic_origin"),
        ("Race: half-marathon on Sunday, knee pain.", "ethnic_origin"),
        ("Lives in Sioux Falls with her sister.", "ethnic_origin"),
        ("Drives a Jeep Cherokee for work.", "ethnic_origin"),
        ("Dene interpreter booked for Thursday.", "ethnic_origin"),
        # a mothers' group, one mum, a woman's husband
        ("Mums and tots group on Tuesdays, coping well.", "sexual_orientation"),
        ("Came with her mum and dad.", "sexual_orientation"),
        ("34 yo cis F, with husband.", "sexual_orientation"),
        # a partner met years ago
        ("Sex with a man she met 10 years ago, now her husband.", "sex_life"),
        # opposing a movement of the thumb, a family's opposition
        ("Thumb opposition weak, median nerve.", "political_opinion"),
        ("Opposition from the family to the home visit.", "political_opinion"),
        # no union, the European Union, a fracture's union
        ("Non-union welder, cash jobs.", "trade_union"),
        ("European Union worker permit paperwork.", "trade_union"),
        ("Delayed union of the scaphoid at 12 weeks.", "trade_union"),
        # Australian dollars, occasional party drugs
        ("Paid AUD 350 for the scan.", "addiction"),
        ("Occasional MDMA at festivals, no other drugs.", "addiction"),
        ("Recreational cocaine twice a year.", "addiction"),
        # an overdose of G (GHB) at a party is no self-harm
        ("G overdose at a chill-out, ambulance called.", "mental_health"),
        # antibiotics missed, eggs in the fridge
        ("Missed AB doses twice this week.", "reproductive"),
        ("Store eggs in the fridge, advice given.", "reproductive"),
        # back blows, being sick, a ball in games, a look, a trolley, a bike crash
        ("Back blows: slapped him on the back five times.", "violence"),
        ("Threw up at her desk twice this morning.", "violence"),
        ("Threw a ball at him during PE, no injury.", "violence"),
        ("Il lui a lancé un regard inquiet.", "violence"),
        ("Pushed the trolley against the wall.", "violence"),
        ("Slammed into a wall on his bike.", "violence"),
        # a carrier screen offered
        ("Expanded carrier screening offered, she will think about it.", "genetic"),
    ],
)
def test_a_look_alike_is_not_a_finding_s(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_u.jsonl (long notes where one line among ordinary medicine
# is sensitive, with many look-alikes): the families it showed missing, in our own words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a rape inside a longer assault is both violences
        ("Battu puis violé par des gardiens pendant sa détention.", "sexual_violence"),
        ("Battu puis violé par des gardiens pendant sa détention.", "violence"),
        ("Beaten and raped by soldiers at the checkpoint.", "sexual_violence"),
        ("Beaten and raped by soldiers at the checkpoint.", "violence"),
        # violence: marks of different ages in the singular; an elder's money taken without
        # consent; maltreatment in English
        ("Ecchymoses d'âge différent sur le thorax.", "violence"),
        ("Son neveu vide son livret d'épargne sans son accord.", "violence"),
        ("Her son uses her bank card without her permission.", "violence"),
        ("Maltreatment by the foster carer, now placed elsewhere.", "violence"),
        # sexual orientation: two women or two men by title as a couple; a partner named by a
        # first name of the patient's own sex
        ("Mme Perrin et Mme Lucas, pacsées, projet de PMA.", "sexual_orientation"),
        ("Couple : M. Faure et M. Blanc, suivis au CeGIDD.", "sexual_orientation"),
        ("Ms Reid and Ms Fox, a couple for ten years, attend together.", "sexual_orientation"),
        ("Mr Hart, 70, cares for his partner Stephen after his stroke.", "sexual_orientation"),
        ("Mme Colin, 52 ans, vit avec sa partenaire Nathalie.", "sexual_orientation"),
        # ethnic origin: Kurdish alone, the French Afro-Caribbean
        ("Kurdish, from northern Iraq, arrived in 2020.", "ethnic_origin"),
        ("Famille afro-caribéenne installée à Créteil.", "ethnic_origin"),
        # hiv/sti: a positive result, then an arrow to the diagnosis it made
        ("Syphilis serology: TPPA reactive, RPR 1:32 -> secondary syphilis.", "hiv_sti"),
        ("Sérologie : TPHA positif, VDRL 1/16 -> syphilis latente précoce.", "hiv_sti"),
        # mental health: a stay in child psychiatry; low mood with suicidal ideas denied;
        # an antipsychotic for a psychosis; child psychiatry that finds a disorder
        ("Hospitalisé en pédopsychiatrie pendant 3 semaines l'an dernier.", "mental_health"),
        ("Humeur basse depuis la rupture, pas d'idées suicidaires.", "mental_health"),
        ("Low mood for a month, no suicidal thoughts.", "mental_health"),
        ("Haloperidol 2 mg for agitation in known schizophrenia.", "mental_health"),
        ("Pédopsychiatrie : anorexie mentale; se dit non-binaire.", "mental_health"),
    ],
)
def test_a_family_found_in_notes_written_apart_u(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # marks of the same age; marks whose abuse the note only suspects
        ("Ecchymoses d'âges identiques sur les genoux, chute à vélo.", "violence"),
        ("Bleus d'âges similaires aux tibias (football).", "violence"),
        (
            "Ecchymoses d'âges différents. Suspicion de maltraitance non confirmée, enquête "
            "sociale en cours.",
            "violence",
        ),
        ("Bruising of different ages; maltreatment suspected but not substantiated.", "violence"),
        ("Son fils retire de l'argent pour elle avec son accord.", "violence"),
        # low mood where the note denies a depressive disorder
        ("Humeur basse liée au deuil, pas d'épisode dépressif caractérisé.", "mental_health"),
        ("Low mood since the diagnosis; no depressive disorder on assessment.", "mental_health"),
        # antipsychotics given for nausea
        ("Halopéridol 0,5 mg si nausées.", "mental_health"),
        ("Nausea settled with haloperidol 1.5 mg at night.", "mental_health"),
        ("Olanzapine 5 mg pour les nausées chimio-induites.", "mental_health"),
        # a psychiatric service that is the pathway of gender care
        ("Pédopsychiatrie pour dysphorie de genre, humeur stable.", "mental_health"),
        # a germ's genotype; a panel with nothing found, its list ending in dots
        ("Chlamydia positive à la PCR, génotypage LGV demandé.", "genetic"),
        ("HPV 16 detected; genotyping of the strain sent.", "genetic"),
        ("Panel de gènes (BRCA1, PALB2, CHEK2...) : aucun variant pathogène.", "genetic"),
        ("Panel (MLH1, MSH2, etc.) : no pathogenic variant.", "genetic"),
        # antibiotics given to prevent an STI
        ("Antibioprophylaxie IST : ceftriaxone + azithromycine.", "hiv_sti"),
        ("Prophylactic antibiotics for STIs given after the assault.", "hiv_sti"),
        # a man and a woman by title; a partner of the other sex or someone else's
        ("Mme Garnier et M. Garnier, mariés depuis 30 ans.", "sexual_orientation"),
        ("Mr Hall, 66, lives with his partner Susan.", "sexual_orientation"),
        ("Mme Roy, 40 ans, son partenaire Julien l'accompagne.", "sexual_orientation"),
        ("Mme Roy et sa fille Mme Petit, qui est en couple avec Paul.", "sexual_orientation"),
        # Kurdish as a language
        ("Kurdish interpreter booked for the next visit.", "ethnic_origin"),
        ("Speaks Kurdish and some Arabic.", "ethnic_origin"),
    ],
)
def test_a_look_alike_is_not_a_finding_u(text: str, category: str) -> None:
    assert category not in categories(text)


# Written after notes_independent_t.jsonl (French notes typed in a hurry: terse lines,
# dictation errors, text-message style): the families it showed missing, in our own words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # religion: Jehovah's Witnesses abbreviated or misspelt
        ("Mme Colin, TdJ, pas de produits sanguins même en urgence.", "religion"),
        ("Témoin de Jéhova, carte de refus transfusionnel sur elle.", "religion"),
        ("JW: no blood transfusion, cell saver acceptable.", "religion"),
        # mental health: self-harm told in the past tense; flashbacks and reliving; scores in
        # the pathological range; a score's value stays when the diagnosis after it is doubted
        ("Elle s'est scarifiée les cuisses avec un compas hier soir.", "mental_health"),
        ("Au collège, il s'était automutilé à plusieurs reprises.", "mental_health"),
        ("Flash-backs de l'accident plusieurs fois par nuit.", "mental_health"),
        ("Reviviscences du braquage, évite la station-service.", "mental_health"),
        ("PCL-5 à 47 lors de l'évaluation.", "mental_health"),
        ("GAD-7 score of 15, worried about everything.", "mental_health"),
        ("PHQ-9 22 -> probable épisode dépressif sévère.", "mental_health"),
        # violence: a partner who forces or obliges her to have sex
        ("Son compagnon la force à avoir des relations quand il a bu.", "violence"),
        ("Son mari l'oblige à avoir des rapports chaque soir.", "violence"),
        # political opinion: hunger strikers in a collective cause
        (
            "Gréviste de la faim depuis 8 jours en soutien aux salariés licenciés.",
            "political_opinion",
        ),
        ("Hunger striker protesting against the new asylum rules.", "political_opinion"),
        # addiction: benzodiazepines abbreviated or named, doctor shopping, slamming, cannabis
        # every day or by the gram
        ("Long-standing BZD dependence, lorazepam 6 mg a day.", "addiction"),
        ("Zolpidem dependence, takes four tablets a night.", "addiction"),
        ("Doctor shopping for oxycodone across three practices.", "addiction"),
        ("Nomadisme auprès de quatre médecins pour du tramadol.", "addiction"),
        ("Pratique le slam en soirée, matériel stérile remis.", "addiction"),
        ("THC : tous les jours depuis le lycée.", "addiction"),
        ("Weed most days since he left school.", "addiction"),
        ("Consomme 2 g de résine par jour.", "addiction"),
        ("Cannabis environ 3 g/j, fume dès le réveil.", "addiction"),
        # sexual orientation: the partner of a man or a woman named by title
        ("Le compagnon de M. Roche appelle pour ses résultats.", "sexual_orientation"),
        ("La compagne de Mme Petit viendra la chercher.", "sexual_orientation"),
        # sex life: the facts a worried patient tells after a colon; a reason after a test's
        # colon; risky sex told as such, then its count
        ("Consulte inquiète : a trompé son mari le mois dernier, sans préservatif.", "sex_life"),
        ("Dépistage IST : partenaires multiples depuis la rupture.", "sex_life"),
        ("Rapports à risque répétés, 4 partenaires depuis l'été.", "sex_life"),
        # post-exposure prophylaxis after a finding is of HIV, not a doubt of the finding
        ("Norlevo + PEPSE 28 jours.", "reproductive"),
        ("Partenaire occasionnel samedi + TPE débuté.", "sex_life"),
        # genetic: what a test found, after the comma that closes its phrase
        ("Test génétique des parents, tous deux porteurs hétérozygotes.", "genetic"),
        (
            "Genetic counselling: HEXA testing of the couple, both heterozygous carriers.",
            "genetic",
        ),
        # an investigation of something else
        ("Depression, referred for investigation of weight loss.", "mental_health"),
        # a report sent, a procedure asked for by the patient
        ("Signalement au procureur, OPP demandée.", "violence"),
        ("IVG médicamenteuse demandée par la patiente.", "reproductive"),
    ],
)
def test_a_family_found_in_notes_written_apart_t(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # initials, a heart sign, a contrary cause
        ("Courrier relu par JW, consultant.", "religion"),
        ("Pas de flashbacks depuis les séances d'EMDR.", "mental_health"),
        ("Ne s'est jamais scarifiée.", "mental_health"),
        ("PCL-5 18, sous le seuil.", "mental_health"),
        ("GAD-7 6, mild symptoms only.", "mental_health"),
        ("Son mari la force à marcher tous les jours.", "violence"),
        ("Gréviste de la faim contre son placement en isolement.", "political_opinion"),
        # a drug taken as prescribed, a way of life, sport and poetry, the lawn, another drug's
        # grams
        ("Alprazolam 0,25 mg si besoin.", "addiction"),
        ("Gens du voyage, mode de vie : nomadisme.", "addiction"),
        ("Grand Slam tennis player, ankle sprain.", "addiction"),
        ("Slam poetry club at school, very confident.", "addiction"),
        ("Tond l'herbe tous les jours l'été.", "addiction"),
        ("Paracétamol 3 g/j, cannabis occasionnel.", "addiction"),
        # the other sex, a relative
        ("La femme de M. Roche appelle pour ses résultats.", "sexual_orientation"),
        ("Le fils de Mme Petit viendra la chercher.", "sexual_orientation"),
        # a worry about an infection, tests listed after a colon or before "demandés"
        ("Inquiète : IST après ce rapport ?", "hiv_sti"),
        ("Dépistage IST : VIH, syphilis.", "hiv_sti"),
        ("VIH, VHC, syphilis, chlamydia, gonocoque demandés.", "hiv_sti"),
        # a risk denied; PEP for an exposure
        ("Pas de rapport à risque, partenaire unique.", "sex_life"),
        ("Exposition au sang + TPE débuté.", "hiv_sti"),
        # a list of carrier tests offered, not results
        ("Carrier testing for CF, SMA and fragile X offered.", "genetic"),
        # a referral sent for an investigation still to be made
        ("Adult safeguarding referral submitted for investigation.", "violence"),
        ("Safeguarding alert sent for further investigation.", "violence"),
        # a child psychiatry heading in a note about sexual abuse is the abuse's assessment
        (
            "Pédopsychiatrie : enfant de 6 ans, attouchements par un voisin, évaluation.",
            "mental_health",
        ),
    ],
)
def test_a_look_alike_is_not_a_finding_t(text: str, category: str) -> None:
    assert category not in categories(text)


def test_a_doubt_after_a_score_stays_on_the_diagnosis() -> None:
    findings = classify("PCL-5 58 -> probable PTSD.").findings
    assert [(f.category, f.affirmed) for f in findings] == [
        ("mental_health", True),
        ("mental_health", False),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual_violence: a partner who forces sex, with no object named
        ("Partner forces sex when he's been drinking.", "sexual_violence"),
        ("Reports her husband forcing sex on her most weekends.", "sexual_violence"),
        ("He forces intercourse when she refuses.", "sexual_violence"),
        # sexual_orientation: a couple of two men or two women, reciprocal IVF, a partner
        # who is bi, a casual male partner in French
        ("Married male couple wishing to pursue surrogacy.", "sexual_orientation"),
        ("Female couple, 2nd cycle of donor insemination.", "sexual_orientation"),
        ("Couple masculin, projet de GPA au Canada.", "sexual_orientation"),
        ("Plan: reciprocal IVF, her partner's eggs.", "sexual_orientation"),
        ("FIV réciproque en cours, ovocytes de sa compagne.", "sexual_orientation"),
        ("Partenaires multiples, dont un homme bi.", "sexual_orientation"),
        ("Son partenaire se dit bi, pas de dépistage récent.", "sexual_orientation"),
        ("Her boyfriend is a bi man, both on PrEP.", "sexual_orientation"),
        ("Rapport avec un partenaire occasionnel masculin hier soir.", "sexual_orientation"),
        ("Patiente, 2 partenaires féminines depuis janvier.", "sexual_orientation"),
        # gender_identity: gender incongruence (ICD-11)
        ("Dx gender incongruence, estradiol under shared care.", "gender_identity"),
        ("ICD-11 HA60, referred to the gender service.", "gender_identity"),
        # ethnic_origin: a region one comes from, not a country
        ("Patient soudanais du Darfour, 25 ans.", "ethnic_origin"),
        ("Refugee from Darfur, arrived 2019.", "ethnic_origin"),
        ("Mme 50 ans, originaire de Kabylie.", "ethnic_origin"),
        ("Family from Punjab, consanguineous parents.", "ethnic_origin"),
        # genetic: a panel of several genes is one test, whose result affirms it
        ("BRCA1/2 + PALB2 panel: pathogenic PALB2 variant.", "genetic"),
        ("FMR1 premutation, 78 CGG repeats.", "genetic"),
        # hiv_sti: gram-negative diplococci, the gonococcus seen on a smear
        ("GNDC seen on urethral microscopy, ceftriaxone given.", "hiv_sti"),
        ("Examen direct : diplocoques gram négatif intracellulaires.", "hiv_sti"),
        ("Hep B: HBsAg positive, anti-HBs neg.", "hiv_sti"),
        # mental_health: nightmares with other signs of trauma, reliving, feeling down
        ("Très anxieuse, cauchemars toutes les nuits.", "mental_health"),
        ("Cauchemars, sursauts, évitement depuis l'agression.", "mental_health"),
        ("Nightmares and hypervigilance since the attack.", "mental_health"),
        ("Depuis l'accident, revit la scène chaque soir.", "mental_health"),
        ("Wife says he's been very down since losing his job.", "mental_health"),
        ("She has been feeling low and tearful for weeks.", "mental_health"),
        # addiction: dependence criteria, a drug hard to stop
        ("Mephedrone at weekends, meets dependence criteria.", "addiction"),
        ("Remplit les critères de dépendance à l'alcool.", "addiction"),
        ("GHB most weekends, finds it hard to stop.", "addiction"),
        # violence: hit by a boss, an employer, a trafficker
        ("Made to work 16 h a day, hit by the 'boss' when slow.", "violence"),
        ("Beaten by traffickers in Libya.", "violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_w(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Armed forces sex education session attended.", "sexual_violence"),
        # a man's female partners; a reciprocal translocation; a bilateral word
        ("Homme 40 ans. 2 partenaires féminines le mois dernier.", "sexual_orientation"),
        ("M. B., 2 partenaires féminines, urétrite.", "sexual_orientation"),
        ("Reciprocal translocation carrier, IVF with PGT-SR.", "sexual_orientation"),
        ("A couple of male nurses helped him.", "sexual_orientation"),
        ("Homme bi-greffé rein-pancréas, suivi annuel.", "sexual_orientation"),
        # a holiday in a region; a balm
        ("Rentrée de vacances de Casamance, fièvre à J5.", "ethnic_origin"),
        ("Baume du tigre sur les lombaires.", "ethnic_origin"),
        # a normal repeat count; a panel still to be done
        ("Fragile X: normal (CGG 29).", "genetic"),
        ("FMR1: 29 CGG repeats (normal).", "genetic"),
        ("Eligible for BRCA1/2 + PALB2 panel, blood taken.", "genetic"),
        # immunity to hepatitis B
        ("Hep B: anti-HBs 240 IU/L (immune).", "hiv_sti"),
        ("VHB : Ac anti-HBs 150 UI/L.", "hiv_sti"),
        # nightmares of a drug or a fever; a low energy; down-to-earth
        ("Efavirenz : vertiges, cauchemars, anxiété.", "mental_health"),
        ("Enfant 4 ans, fièvre, cauchemars.", "mental_health"),
        ("Feeling low on energy since the flu.", "mental_health"),
        ("Very down-to-earth, copes well with the diagnosis.", "mental_health"),
        # tobacco; a cannabis farm is work, not use
        ("Meets nicotine dependence criteria, 25 cig/day.", "addiction"),
        ("Smokes 20/day, finds it hard to stop smoking.", "addiction"),
        ("Made to work on a cannabis farm, locked in.", "addiction"),
        # a wall punched; a prison escort; a car
        ("Punched cell wall out of frustration, boxer's fracture.", "violence"),
        ("Hit by a car while cycling.", "violence"),
        ("Ortho clinic via escort, off workshop 3/52.", "sex_life"),
        ("Attends with a prison escort.", "sex_life"),
    ],
)
def test_a_look_alike_is_not_a_finding_w(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # addiction: alcohol weaned ("OH sevré"), the addicto abbreviation, chemsex out of
        # control
        ("Mode de vie : OH sevré depuis 2010, tabac sevré.", "addiction"),
        ("ATCD : alcool sevré depuis 5 ans (AA).", "addiction"),
        ("Sevrée de l'alcool depuis 2019, pas de reprise.", "addiction"),
        ("Suivi addicto. H 38 ans, consommation en baisse.", "addiction"),
        ("RDV addicto pris pour le 12/04.", "addiction"),
        ("Chemsex depuis 3 ans (3-MMC, GHB), perte de contrôle.", "addiction"),
        ("Chemsex most weekends, describes loss of control and craving.", "addiction"),
        # sexual violence: made to sleep with someone
        ("Married at 15 to a cousin and had to sleep with him.", "sexual_violence"),
        ("She was forced to sleep with him to keep the room.", "sexual_violence"),
        ("Obligée de coucher avec lui pour garder son logement.", "sexual_violence"),
        ("Mariée à 14 ans, elle a dû coucher avec son mari.", "sexual_violence"),
        # sexual orientation: a child's two mothers or fathers
        ("Maisie, 8yo, attends with both her mums.", "sexual_orientation"),
        ("Seen with both dads, who share the care.", "sexual_orientation"),
        ("Enfant de 4 ans accompagné de ses mamans.", "sexual_orientation"),
        # ethnic origin: a city of origin beyond the largest ones
        ("Mr Kowalczyk, 39, from Gdansk, in the UK 5 years.", "ethnic_origin"),
        ("Patiente originaire de Łódź, arrivée en France en 2015.", "ethnic_origin"),
        ("Né à Tlemcen, en France depuis 1990.", "ethnic_origin"),
        # violence: blows by officers in a cell or in custody
        ("Alleges he was kicked by officers during arrest and in the cell.", "violence"),
        ("Beaten by prison officers in custody last month.", "violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_x(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a ward named as a place
        ("Got lost and ended up at the Addictions wing, seen for psoriasis.", "addiction"),
        ("Chambre au 4e, entre l'unité d'addictologie et la psychiatrie.", "addiction"),
        ("Chambre au 4e, entre l'unité d'addictologie et la psychiatrie.", "mental_health"),
        ("Bureau en face de la psychiatrie, 2e étage.", "mental_health"),
        # tobacco weaned, no follow-up, chemsex without loss of control
        ("Tabac sevré, OH : 0.", "addiction"),
        ("Pas de suivi addicto.", "addiction"),
        ("Chemsex occasionnel, pas de perte de contrôle.", "addiction"),
        # cannabis now and then, the crack of a bone
        ("Also smokes cannabis 2-3 joints/week, advised re harms.", "addiction"),
        ("Cannabis 1 fois par semaine en soirée.", "addiction"),
        ('A entendu un "crack" à la réception d\'un saut.', "addiction"),
        ("Heard a loud crack when landing, ankle swollen.", "addiction"),
        # immunity after a vaccine
        ("Hep B surface antibody 245 mIU/mL - immune following vaccination.", "hiv_sti"),
        ("HBV surface antibody positive, vaccinated 2010.", "hiv_sti"),
        # sleeping beside someone
        ("He had to sleep with the light on as a child.", "sexual_violence"),
        ("Obligée de coucher à l'hôtel après l'incendie.", "sexual_violence"),
        # one mum and one dad, a mothers' group
        ("Both mum and dad present for the review.", "sexual_orientation"),
        ("New mums group on Tuesday mornings.", "sexual_orientation"),
        # a tourist's or a trip's city
        ("Tourist from Gdansk, fell off a scooter.", "ethnic_origin"),
        ("Back from Cluj last week, fever.", "ethnic_origin"),
        # officers at an arrest or a protest, an officer's car
        ("Reports being hit by officers during the arrest.", "violence"),
        ("Hit by police officers at a demonstration, bruised forearm.", "violence"),
        ("Pedestrian hit by the officer's car at low speed.", "violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_x(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual orientation: sex with both sexes, a male partner written without an article
        ("CeGIDD - homme 30a, rapports avec hommes et femmes. Syphilis.", "sexual_orientation"),
        ("Reports sex with both men and women, condoms inconsistent.", "sexual_orientation"),
        ("Partenaires des deux sexes, dernier rapport il y a 10 j.", "sexual_orientation"),
        ("Homme trans, rapports avec partenaire homme cis, DIU.", "sexual_orientation"),
        ("M. 41a, rapports avec hommes depuis 2 ans.", "sexual_orientation"),
        # sex life: a casual partner named by sex, sleeping with several people
        ("Condomless sex with a casual female partner last week.", "sex_life"),
        ("New casual male partner 2 wks ago, dysuria.", "sex_life"),
        ("'I slept with two guys this weekend', condom once.", "sex_life"),
        ("Dit avoir couché avec trois mecs différents le mois dernier.", "sex_life"),
        # sexual violence: a child's words for genitals quoted after the pronoun
        ("L'enfant dit que le voisin lui 'touche le zizi' le mercredi.", "sexual_violence"),
        ("Elle raconte qu'il lui « touchait la zézette » le soir.", "sexual_violence"),
        # religion: practising believers in the plural
        ("Couple are practising Catholics, decline contraception.", "religion"),
        ("Parents observant Muslims, Ramadan in two weeks.", "religion"),
        # political opinion: "manif" alone is a demonstration
        ("Contusion avant-bras lors de la manif d'hier contre la réforme.", "political_opinion"),
        ("Blessé aux manifs de samedi, gaz lacrymogène.", "political_opinion"),
        # mental health: a sad or low mood, low and tearful, selective mutism, school phobia,
        # an overdose told by its count of tablets
        ("Epuisement, humeur triste, ruminations depuis 2 mois.", "mental_health"),
        ("Suivi après IMG. Humeur triste, sommeil perturbé.", "mental_health"),
        ("Thymie basse depuis la séparation.", "mental_health"),
        ("IVF cycle failed. Pt low and tearful.", "mental_health"),
        ("Feeling low in herself since the birth.", "mental_health"),
        ("Fille 15a : mutisme sélectif, refus scolaire.", "mental_health"),
        ("Selective mutism at school, speaks freely at home.", "mental_health"),
        ("Phobie scolaire depuis la rentrée.", "mental_health"),
        ("19F took 12 x paracetamol 500mg after an argument, 4 h ago.", "mental_health"),
        ("Ado 15 ans, ingestion de 10 comprimés de paracétamol hier.", "mental_health"),
        ("Says she swallowed about 30 tablets of sertraline last night.", "mental_health"),
        # addiction: a use out of control, a drinking problem admitted
        ("Chemsex most weekends (GHB, mephedrone), feels it's getting out of hand.", "addiction"),
        ("Cocaïne chaque week-end, perte de contrôle, dettes.", "addiction"),
        ("'I drink every day, I know I've got a problem'.", "addiction"),
        ("Reconnaît un problème avec l'alcool depuis son divorce.", "addiction"),
        ("Admits a drinking problem since his divorce.", "addiction"),
        # violence: seized by the neck
        ("Dit que son conjoint l'a saisie au cou samedi soir.", "violence"),
        ("Son compagnon l'a empoignée par la gorge.", "violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_v(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # one sex of partner for the other sex of patient; a consultation open to both
        ("Patiente 25a, rapports avec hommes, pilule.", "sexual_orientation"),
        ("Consultation ouverte aux hommes et aux femmes.", "sexual_orientation"),
        # a regular partner; sleeping with pillows
        ("Condom broke with her regular partner of 3 years.", "sex_life"),
        ("Sleeps with two pillows because of orthopnoea.", "sex_life"),
        # a child who touches himself
        ("Enfant de 4 ans qui se touche le zizi, rassurer les parents.", "sexual_violence"),
        # practising a sport
        ("Practising athletes need a certificate.", "religion"),
        # a sports event, a clinical sign, a union march
        ("Entorse de cheville lors d'une manif sportive du club.", "political_opinion"),
        ("Manif cutanées : urticaire diffuse.", "political_opinion"),
        ("Délégué CGT, blessé à la manif de l'intersyndicale.", "political_opinion"),
        # a mood denied, a test of mood; a sad news
        ("Humeur triste mais pas d'idées suicidaires.", "mental_health"),
        ("Took 2 tablets of paracetamol for a headache.", "mental_health"),
        ("A pris 12 cp de Doliprane sur 3 jours pour une rage de dents.", "mental_health"),
        ("Enfant 2 ans, a avalé 10 comprimés de fer, ingestion accidentelle.", "mental_health"),
        ("Low in iron, tearful baby at night.", "mental_health"),
        # a car out of control, a bladder, a problem with the knee
        ("Alcoolémie positive, perte de contrôle du véhicule.", "addiction"),
        ("Blood sugars out of control, HbA1c 10.", "addiction"),
        ("Drinks 2 L of water a day, has a problem with her knee.", "addiction"),
        # being seized by a pain
        ("Douleur au cou depuis hier, saisie par le froid.", "violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_v(text: str, category: str) -> None:
    assert category not in categories(text)


# set Z: families the notes of notes_independent_z.jsonl showed missing, and their
# look-alikes
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sexual_orientation: "he's bi", "elle est bi"
        ("Il est bi, en couple avec une femme depuis 2 ans.", "sexual_orientation"),
        ("She's bi, recently separated, asks about PrEP.", "sexual_orientation"),
        # sex_life: sex with someone a few words before "outside the marriage"
        ("Admits sex with a neighbour outside his marriage last month.", "sex_life"),
        ("Rapports avec une ancienne collègue en dehors de son couple.", "sex_life"),
        # gender_identity: genital gender-affirming surgery in English
        ("Phalloplasty stage 2 planned for the spring.", "gender_identity"),
        ("Neovaginal dilation twice daily, no bleeding.", "gender_identity"),
        ("Vaginoplasty 6 weeks ago, healing well, dilating.", "gender_identity"),
        # religion: clergy
        ("Visited by the Reverend from her chapel this afternoon.", "religion"),
        ("Her son is a vicar in Devon and visits weekly.", "religion"),
        ("Le pasteur de son église passera ce soir.", "religion"),
        ("Former nun, lived in a convent for 30 years.", "religion"),
        # political_opinion: a party before the role, Labor, a march or protests attended
        ("Labor Party member for 20 years, stress around the campaign.", "political_opinion"),
        ("Tory councillor, insomnia since the count.", "political_opinion"),
        ("HDP sympathiser, imprisoned in 2017.", "political_opinion"),
        ("Arrested at a pro-democracy rally in Hong Kong.", "political_opinion"),
        ("Detained after attending Women, Life, Freedom protests.", "political_opinion"),
        ("Held at the station overnight after a climate march.", "political_opinion"),
        # genetic: a sex-chromosome aneuploidy written as a karyotype
        ("Karyotype 47,XXY confirmed at 14.", "genetic"),
        ("Caryotype 45,X chez une fille de 11 ans, petite taille.", "genetic"),
        # hiv_sti: tenofovir, FTC/TDF
        ("Continues tenofovir for chronic HBV, ALT normal.", "hiv_sti"),
        ("Started FTC/TDF daily as PrEP, eGFR 98.", "hiv_sti"),
        # addiction: gambling harms, a drug clinic, daily drinking in quotes
        ("Gambling: chasing losses, hides bank statements from his wife.", "addiction"),
        ("PGSI 16, referred to the gambling service.", "addiction"),
        ("Dettes de jeu, joueur pathologique connu.", "addiction"),
        ("Attends the club drug clinic fortnightly for GHB.", "addiction"),
        ("Husband drinking 'every night' since redundancy, vodka.", "addiction"),
        # violence: brawls and fights, a physical altercation, a stabbing
        ("Bar brawl, scalp laceration sutured.", "violence"),
        ("Injured in a fight outside a kebab shop, nasal fracture.", "violence"),
        ("Physical altercation with a cellmate, orbital bruising.", "violence"),
        ("Altercation with two youths at the bus stop, kicked in the ribs.", "violence"),
        ("Arrested after stabbing a stranger in the street.", "violence"),
        ("Victim of a stabbing in 2021, laparotomy scar.", "violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_z(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # bi- as a prefix
        ("He is bi-lingual, works in Brussels.", "sexual_orientation"),
        ("Il est bi-appareillé depuis 2019.", "sexual_orientation"),
        # outside the house
        ("Walks outside the house with a frame.", "sex_life"),
        # a vaginoplasty for agenesis
        ("Vaginoplasty for MRKH in adolescence, no issues.", "gender_identity"),
        # a sweetener, a laboratory, a street
        ("Monk fruit syrup instead of sugar.", "religion"),
        ("Samples sent to the Institut Pasteur.", "religion"),
        ("Kiné rue Pasteur, 3 séances par semaine.", "religion"),
        # labour in obstetrics, an accusation, a demonstration of a technique, the month
        ("Labour ward: 7 cm dilated, SROM.", "political_opinion"),
        ("Candidate for induction of labour at 41+3.", "political_opinion"),
        ("Trial of labor candidate, one prior LSCS.", "political_opinion"),
        ("Accused of being a PKK supporter, he denies any link.", "political_opinion"),
        ("Attended a demonstration of inhaler technique.", "political_opinion"),
        ("Seen in March, arrested in March for shoplifting.", "political_opinion"),
        ("Strike rally attended, sore lower back.", "political_opinion"),
        # a visitor from a city or a country
        ("From Lahore, visiting his son for the summer, chest pain.", "ethnic_origin"),
        ("Pt from Lagos on holiday, tourist visa, cellulitis.", "ethnic_origin"),
        # a normal karyotype
        ("Karyotype 46,XY, normal male.", "genetic"),
        # a swab still to come back; PEP
        ("Chlamydia swab taken, results next week.", "hiv_sti"),
        ("PEP: TDF/FTC + raltegravir for 28 days.", "hiv_sti"),
        # a low gambling score
        ("PGSI 1, buys a lottery ticket on Saturdays.", "addiction"),
        # intravenous fluids
        ("NBM, IVF 1 L Hartmann's over 6 h.", "reproductive"),
        ("IVF: saline 100 ml/h overnight.", "reproductive"),
        # a stabbing pain, fight or flight, a quarrel, words only, a fight against an illness
        ("Stabbing chest pain since this morning.", "violence"),
        ("A stabbing pain in the left loin, haematuria.", "violence"),
        ("Fight or flight symptoms when reminded.", "violence"),
        ("After a fight with her mum she cried all night.", "violence"),
        ("Verbal altercation with a neighbour, no injury.", "violence"),
        ("In a fight against cancer since 2020.", "violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_z(text: str, category: str) -> None:
    assert category not in categories(text)


# set Y: urgences and UMJ, child protection, orthogénie, school doctors, CMP, EHPAD, SOS
# Médecins, médecine du travail (notes_independent_y.jsonl)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # mental health: a depression still found after a parenthesis
        ("Dépression (épisode sévère) depuis 3 mois, sertraline 50 mg.", "mental_health"),
        # sex life: a mistress named beside the wife, in speech or in the third person
        ("Rapporte voir sa maîtresse chaque mardi, son épouse l'ignore.", "sex_life"),
        ("« Ma femme ne sait rien pour ma maîtresse », dit-il.", "sex_life"),
        # sex life: a count of partners after a period written without a preposition
        ("Nb partenaires 12 derniers mois : 4, préservatif inconstant.", "sex_life"),
        ("Nombre de partenaires 1 an : 6, dont 2 occasionnels.", "sex_life"),
        # sexual orientation: sex with men told with its kind
        ("Homme 40 ans, rapports anaux réceptifs avec des hommes, PrEP.", "sexual_orientation"),
        ("M. 33 ans, rapports non protégés avec d'autres hommes.", "sexual_orientation"),
        # sexual violence: non-consent in its other words; exploitation of minors; a child's words
        ("Relation sexuelle non consentie avec un camarade, plainte.", "sexual_violence"),
        ("Actes sexuels non consentis par un cousin en 2019.", "sexual_violence"),
        ("Adolescente exploitée sexuellement par un réseau, placement ASE.", "sexual_violence"),
        ("Victim of child prostitution from the age of 14, now in a refuge.", "sexual_violence"),
        ("Michetonnage depuis 6 mois selon l'éducatrice du foyer.", "sexual_violence"),
        ("Garçon 6 ans : « le cousin il me fait des bisous sur le zizi ».", "sexual_violence"),
        ("Dit que le voisin lui lèche la zézette quand maman travaille.", "sexual_violence"),
        ("Says her stepdad kisses her on her privates at bedtime.", "sexual_violence"),
        ("Soirée : « je ne pouvais pas refuser », rapports sans capote.", "sexual_violence"),
        # violence: a partner who turns violent, quoted; a man who was beaten
        ("Son mari « devient violent » quand il a bu, 2e passage cette année.", "violence"),
        ("Il a été frappé à plusieurs reprises pendant le trajet vers l'Europe.", "violence"),
        # genetic: a premutation
        ("Porteuse d'une prémutation FMR1, insuffisance ovarienne à 36 ans.", "genetic"),
        ("FMR1 premutation carrier, tremor and ataxia since 62.", "genetic"),
        # reproductive: egg and embryo donation
        ("Grossesse obtenue par don d'ovules en Espagne, 22 SA.", "reproductive"),
        ("IVF with donor eggs abroad, now 20 weeks.", "reproductive"),
        ("Couple en parcours d'accueil d'embryon au CHU.", "reproductive"),
    ],
)
def test_a_family_found_in_notes_written_apart_y(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # ST and PR depression, a depressed fontanelle
        ("ECG : sous-décalage (dépression) de ST en DII, DIII, aVF.", "mental_health"),
        ("Péricardite : sus-décalage diffus de ST, dépression de PR.", "mental_health"),
        ("Nourrisson 3 mois, dépression de la fontanelle, déshydratation.", "mental_health"),
        # a joke about sweets or series
        ("Parle en riant de son addiction aux bonbons, IMC 27.", "addiction"),
        ("Jokes about her sugar addiction, HbA1c 41.", "addiction"),
        ("Addiction to Netflix, she says, sleeps at 2 am.", "addiction"),
        # a union's section secretary
        ("Secrétaire de section CGT à l'usine, visite périodique.", "political_opinion"),
        # a schoolteacher; one partner over a period
        ("CE1 : sa mère, femme au foyer, et sa maîtresse le disent inattentif.", "sex_life"),
        ("Enfant 8 ans, sa maîtresse signale une agitation en classe.", "sex_life"),
        ("Nombre de partenaires 6 derniers mois : 1.", "sex_life"),
        ("No. of partners last 12 months: 1, condoms always.", "sex_life"),
        ("Nombre de partenaires : 1 (son mari).", "sex_life"),
        ("Partenaires (6 mois) : 1, préservatif systématique.", "sex_life"),
        # a woman's sex with men; relations at work
        ("Patiente 30 ans, rapports non protégés avec des hommes, pilule.", "sexual_orientation"),
        # a child touching herself, hygiene, fingers in the mouth, a refusal at work
        ("Fillette 3 ans, se caresse la zézette en s'endormant, rassurer.", "sexual_violence"),
        ("Rougeur de la zézette, bains de siège, pas de prurit.", "sexual_violence"),
        ("Bisous du soir au coucher avec papa et maman, sommeil calme.", "sexual_violence"),
        ("Doigts dans la bouche en permanence, hypersalivation.", "sexual_violence"),
        ("Ne pouvait pas refuser les heures supplémentaires, épuisement.", "sexual_violence"),
        ("Soins réalisés sans consentement en urgence vitale, tutelle.", "sexual_violence"),
        # a partner said not violent; struck by a fine or by a car
        ("Conjoint non violent, présent à la consultation.", "violence"),
        ("Il a été frappé d'une amende, stress important.", "violence"),
        ("Il a été frappé de plein fouet par une voiture en traversant.", "violence"),
        # prematurity, blood donation
        ("Prématurité 32 SA, pas de séquelle.", "genetic"),
        ("Don du sang : contre-indication temporaire après tatouage.", "reproductive"),
        ("Organ donor card signed, egg allergy.", "reproductive"),
    ],
)
def test_a_look_alike_is_not_a_finding_y(text: str, category: str) -> None:
    assert category not in categories(text)


# set AA: families notes_independent_aa.jsonl showed missing (porn in French, escorts in the
# plural, non-penetrative sex, post-traumatic symptoms spelt out, ovulation induction, a
# party's rally or support, a party's MP, a union's workplace rep, an origin told to a health
# visitor) and the look-alikes it showed firing (questionnaire answers that say nothing,
# clotting and bleeding times, bipolar diathermy, a depressed fracture, a pain patch of
# buprenorphine, a sugar "addiction", MSM the supplement, a street named after a church,
# religious studies, a police baton at a protest, a count of partners read in its period)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sex life: pornography in French and as an adjective, escorts, non-penetrative sex
        ("Consomme des vidéos porno plusieurs heures par nuit.", "sex_life"),
        ("Dit regarder des films pornographiques quotidiennement.", "sex_life"),
        ("Heavy pornographic content use, wife upset.", "sex_life"),
        ("Recours régulier à des escorts lors de ses déplacements.", "sex_life"),
        ("Sees escorts when travelling for work, condoms sometimes.", "sex_life"),
        ("A déjà eu recours à un escort-boy.", "sex_life"),
        ("Couple privilégie des rapports non pénétratifs depuis l'accouchement.", "sex_life"),
        ("Prefers non-penetrative sex with her partner because of pain.", "sex_life"),
        ("Nombre de partenaires 6 derniers mois : 4", "sex_life"),
        # mental health: post-traumatic symptoms or stress written out
        ("Post-traumatic stress disorder since the assault, on sertraline.", "mental_health"),
        ("Posttraumatic stress symptoms after the ICU stay.", "mental_health"),
        ("Symptomatologie post-traumatique marquée depuis l'incendie.", "mental_health"),
        ("Troubles post-traumatiques chez cet ancien militaire.", "mental_health"),
        ("Complex PTSD (C-PTSD) after years in care.", "mental_health"),
        # reproductive: ovulation induction
        ("Induction de l'ovulation par létrozole, 2e cycle, monitorage J12.", "reproductive"),
        ("Clomifène 50 mg J3-J7, rapports programmés.", "reproductive"),
        ("Third cycle of ovulation induction, follicle 18 mm.", "reproductive"),
        # political opinion: a party's rally, support for a party, a party's elected member
        ("Blessé à un meeting du PASTEF à Dakar en 2023.", "political_opinion"),
        ("Detained twice after a rally of the MDC in Harare.", "political_opinion"),
        ("Arrêté pour son soutien actif au PKK, exilé depuis.", "political_opinion"),
        ("Known for her open support for the HDP, fled in 2019.", "political_opinion"),
        ("Patient is a Conservative MP, wants a quick discharge.", "political_opinion"),
        ("Lib Dem councillor, busy with the count this week.", "political_opinion"),
        ("Former member of parliament, now retired, COPD.", "political_opinion"),
        # trade union: a union's workplace, accredited or safety representative
        ("Unison accredited steward at the trust, stressed.", "trade_union"),
        ("GMB health and safety rep, back pain from lifting.", "trade_union"),
        ("BMA workplace representative for the juniors.", "trade_union"),
        # ethnic origin: an origin told to a health visitor
        ("Health visitor: father (from Eritrea) attended with baby.", "ethnic_origin"),
        # the questionnaire answers that do say something
        ("Gender identity: trans woman", "gender_identity"),
        ("Orientation sexuelle : homosexuel", "sexual_orientation"),
        ("Ethnicity: Bangladeshi", "ethnic_origin"),
        # still affirmed near the look-alikes below
        ("ATCD de TCA (anorexie) à 15 ans.", "mental_health"),
        ("TS par intoxication médicamenteuse en 2019.", "mental_health"),
        ("Known bipolar disorder, lithium level 0.7.", "mental_health"),
        ("Buprénorphine 6 mg/j (Subutex), délivrance hebdomadaire.", "addiction"),
        ("Addiction au cannabis, 10 joints/j.", "addiction"),
        ("Goes to church twice a week, sings in the choir.", "religion"),
        ("Hit with a belt by her stepfather at home.", "violence"),
        ("HSH, PrEP en continu.", "sexual_orientation"),
    ],
)
def test_a_family_found_in_notes_written_apart_aa(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # questionnaire answers that name nothing sensitive
        ("Sexual orientation: prefers not to say.", "sexual_orientation"),
        ("Orientation sexuelle : hétéro.", "sexual_orientation"),
        ("Gender identity: same as sex registered at birth.", "gender_identity"),
        ("Identité de genre : homme cis.", "gender_identity"),
        ("Ethnicity: declined.", "ethnic_origin"),
        ("Ethnic origin: not recorded on admission.", "ethnic_origin"),
        # a count of partners that is the period of the question
        ("Nb de partenaires 6 derniers mois : 1", "sex_life"),
        # clotting and bleeding times
        ("TCA 41 s (témoin 31 s), TP 78 %.", "mental_health"),
        ("TCA ratio 1,2 ; plaquettes 180 G/L.", "mental_health"),
        ("TS Ivy 6 min, normal.", "mental_health"),
        # bipolar surgical instruments, a depressed fracture or function
        ("Haemostasis with bipolar and monopolar diathermy.", "mental_health"),
        ("Bipolar TURP, 40 g resected.", "mental_health"),
        ("Coagulation à la pince bipolaire.", "mental_health"),
        ("Résection endoscopique bipolaire de la prostate.", "mental_health"),
        ("Tibial plateau fracture, lateral condyle depressed 7 mm.", "mental_health"),
        ("Depressed LV systolic function, EF 35%.", "mental_health"),
        # post-traumatic that is not PTSD
        ("Arthrose post-traumatique du poignet.", "mental_health"),
        ("Post-traumatic headache after the fall, CT normal.", "mental_health"),
        # buprenorphine for pain, sugar, crosswords
        ("Transtec (buprenorphine) 35 µg/h patch for OA pain.", "addiction"),
        ("Buprénorphine transdermique pour douleurs chroniques.", "addiction"),
        ("« Mon addiction au chocolat », plaisante-t-elle.", "addiction"),
        ("Jokes about his sugar addiction, HbA1c 62.", "addiction"),
        # MSM the supplement
        ("Takes chondroitin + MSM for his knees.", "sexual_orientation"),
        ("MSM (methylsulfonylmethane) 1 g daily, OTC.", "sexual_orientation"),
        # escorts of a prisoner
        ("Attended with two escorts from the prison, handcuffed.", "sex_life"),
        # clomiphene for a man, induction of labour
        ("Clomiphene for hypogonadism, testosterone improving.", "reproductive"),
        ("Induction of labour at 41 weeks, prostaglandin.", "reproductive"),
        # a street or home named after a church; religious studies at school
        ("Lives on Church Lane with her daughter.", "religion"),
        ("Moved to Church View care home last month.", "religion"),
        ("Teaches religious studies, voice strain.", "religion"),
        # a police baton at a protest is no violence; a party letter is no party
        ("Hit with a police baton during a demonstration, 2 cm laceration.", "violence"),
        ("Child 7, manifestations d'opposition à l'école.", "political_opinion"),
        ("Inhaler demonstration by the RN, technique good.", "political_opinion"),
        ("Conservative management agreed, stone 4 mm.", "political_opinion"),
        # a union's name without a role; a workplace representative of no union
        ("Workplace representative for wellbeing, no union.", "trade_union"),
    ],
)
def test_a_look_alike_is_not_a_finding_aa(text: str, category: str) -> None:
    assert category not in categories(text)


# set AB: families notes_independent_ab.jsonl showed missing (sex bartered for drugs or a bed,
# infidelity told in the first person, a one-night thing, a partner who takes her by force or
# demands sex as his due, an uncle who touched a child, a nude photo of her passed round,
# passive death wishes, cutting as self-harm, BHD, bottles of red a day, empty bottles beside
# someone drunk, strangling and a throat squeezed, kicks by a partner or another prisoner,
# bites by a partner, a bone broken by a relative, acid threats, arrest for taking part in
# protests) and the look-alikes it showed firing (TS and TCA the clotting tests, IPV the polio
# vaccine in a list, a psychiatric certificate that finds nothing, MST after combat)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sex life: sex for drugs or shelter, infidelity in the first person, one night
        ("Usager de crack, a eu des relations sexuelles contre de la drogue.", "sex_life"),
        ("Rapports contre un hébergement chez un tiers pendant l'hiver.", "sex_life"),
        ("Homeless, has traded sex for drugs in the past year.", "sex_life"),
        ("Survival sex disclosed at the drop-in.", "sex_life"),
        ("« Je trompe ma femme depuis un an », demande un bilan IST.", "sex_life"),
        ("Avoue : j'ai trompé mon compagnon en vacances.", "sex_life"),
        ("Worried after a one-night fling at a conference.", "sex_life"),
        # sexual violence: forced by a partner, touched as a child, nude photos as a threat
        ("Elle dit qu'il la force quand il rentre ivre.", "sexual_violence"),
        ("Son conjoint l'a prise de force la nuit dernière.", "sexual_violence"),
        ("Son compagnon exige des rapports même quand elle refuse.", "sexual_violence"),
        ("Her husband forces himself on her most weekends.", "sexual_violence"),
        ("Rapporte que son beau-père l'a touchée quand elle avait 8 ans.", "sexual_violence"),
        ("Un camarade menace de diffuser une vidéo d'elle nue.", "sexual_violence"),
        ("Ex is threatening to send naked photos of her to her family.", "sexual_violence"),
        # violence: the same partner's forcing, strangling, kicks, bites, breaks, acid
        ("Son mari la prend de force depuis des mois.", "violence"),
        ("Son conjoint exige des rapports, « c'est son droit » dit-il.", "violence"),
        ("Son ex lui serrait la gorge pendant les disputes.", "violence"),
        ("Says he put his hands round her throat last night.", "violence"),
        ("Child saw his stepfather strangling his mum.", "violence"),
        ("Kicked in the ribs by her boyfriend on Saturday.", "violence"),
        ("Punched in the face by another inmate on the wing.", "violence"),
        ("Morsure de l'avant-bras : sa compagne l'a mordu pendant la dispute.", "violence"),
        ("Sa mère lui a cassé le bras à 6 ans selon le dossier ASE.", "violence"),
        ("Ex-husband threatened to throw acid in her face.", "violence"),
        ("Son ex l'a menacée de lui jeter de l'acide.", "violence"),
        # mental health: passive death wishes, cutting
        ("Dit avoir « envie de mourir » depuis le décès de sa sœur.", "mental_health"),
        ("Parle d'une envie de disparaître, pas de scénario.", "mental_health"),
        ("Hx of self-cutting in her teens, scars on forearms.", "mental_health"),
        ("Has been cutting her arms again since the exams.", "mental_health"),
        # addiction: BHD, bottles of red, empty bottles beside someone drunk
        ("Sous BHD 12 mg, délivrance hebdomadaire.", "addiction"),
        ("Boit 3 bouteilles de rosé par jour selon sa fille.", "addiction"),
        ("Found unresponsive, empty vodka bottles around the bed.", "addiction"),
        ("Mme retrouvée ivre, bouteilles de vin vides dans l'entrée.", "addiction"),
        ("Back on a bender since his wife left.", "addiction"),
        # political opinion: arrest for taking part in protests
        (
            "Arrêté en 2019 pour sa participation à des manifestations contre le régime.",
            "political_opinion",
        ),
        # still affirmed beside the look-alikes below
        ("ATCD: TS, TCA (anorexie) à l'adolescence.", "mental_health"),
        ("TS et TCA à 16 ans, suivi CMP.", "mental_health"),
        ("Sexual assault during deployment (MST), PTSD.", "sexual_violence"),
        ("IPV disclosed: partner hits her.", "violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_ab(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Fait ses courses contre de l'argent liquide pour sa voisine.", "sex_life"),
        ("Je trompe ma faim avec des fruits secs.", "sex_life"),
        ("One-night admission for observation.", "sex_life"),
        ("Son kiné la force à marcher tous les jours.", "sexual_violence"),
        ("Il la force à manger quand elle refuse.", "sexual_violence"),
        ("Son père l'a touchée au cœur par sa lettre.", "sexual_violence"),
        ("Photos de lui nu pour le suivi du psoriasis, avec accord.", "sexual_violence"),
        ("Son écharpe lui serre la gorge quand elle tousse.", "violence"),
        ("Kicked in the knee by a horse at the stables.", "violence"),
        ("Hands round the neck of the bottle, tremor noted.", "violence"),
        ("Le chien l'a mordu au mollet.", "violence"),
        ("Il s'est cassé le bras en tombant du vélo.", "violence"),
        ("Acid reflux, threatened to stop PPI himself.", "violence"),
        ("Pas d'envie de mourir, projets d'avenir.", "mental_health"),
        ("Cutting back on sugar, HbA1c down.", "mental_health"),
        ("Hair cutting scissors injury to the thumb.", "mental_health"),
        ("Bouteilles d'eau vides sur la table de nuit.", "addiction"),
        ("Empty wine bottles in the recycling bin.", "addiction"),
        ("Participation à des manifestations sportives locales.", "political_opinion"),
        ("TS et TCA demandés avant la ponction biopsie hépatique.", "mental_health"),
        ("Bilan: TP, TS, TCA normaux.", "mental_health"),
        ("Immunisations: DTaP, IPV, MMR today.", "violence"),
        ("Combat + MST : nightmares, hypervigilance.", "hiv_sti"),
        ("Attestation psychiatrique : pas de trouble psychiatrique, apte.", "mental_health"),
    ],
)
def test_a_look_alike_is_not_a_finding_ab(text: str, category: str) -> None:
    assert category not in categories(text)


# set AC: families notes_independent_ac.jsonl showed missing (stalking and coercive control,
# sextortion, forced sex work, sexual torture, assault of a sleeping victim, tubal ectopics,
# frozen embryo transfers, sperm banking, FC en cours, swinging, Māori iwi, haemochromatosis,
# anorexia subtypes, "gai" in Québec French, opposition supporters, party youth wings).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # stalking by an ex, coercive control
        ("Being stalked by her former boyfriend since January.", "violence"),
        ("Cyberstalking by ex, police informed.", "violence"),
        ("Harcelée par son ex-compagnon depuis la séparation.", "violence"),
        ("Her ex keeps turning up at her flat at night.", "violence"),
        ("Partner goes through her messages every evening.", "violence"),
        ("She is not allowed to see her friends, says her husband decides.", "violence"),
        ("Son conjoint fouille son portable tous les soirs.", "violence"),
        ("Contrôle coercitif décrit par la patiente.", "violence"),
        ("Elder abuse suspected, APS referral made.", "violence"),
        ("Neglect concerns, CSC referral today.", "violence"),
        # sextortion, forced sex work, sexual torture, a sleeping or unconscious victim
        ("A man threatened to share his nudes unless he paid.", "sexual_violence"),
        ("On la menace de diffuser des photos intimes.", "sexual_violence"),
        ("Was made to sell sex to pay off a debt.", "sexual_violence"),
        ("Contrainte à se prostituer à son arrivée en France.", "sexual_violence"),
        ("Reports sexual torture by prison guards.", "sexual_violence"),
        ("Tortures sexuelles en détention décrites.", "sexual_violence"),
        ("She woke up to find a stranger on top of her.", "sexual_violence"),
        ("He had sex with her while she was passed out.", "sexual_violence"),
        ("Dit que l'oncle l'a touchée pendant les vacances.", "sexual_violence"),
        # reproductive
        ("Ruptured ectopic, laparoscopy overnight.", "reproductive"),
        ("L tubal ectopic managed with methotrexate.", "reproductive"),
        ("Second FET planned for next month.", "reproductive"),
        ("Frozen embryo transfer booked.", "reproductive"),
        ("Sperm banking done before chemotherapy.", "reproductive"),
        ("FC incomplète à 8 SA, misoprostol.", "reproductive"),
        ("Two second-trimester losses in the past.", "reproductive"),
        # sex_life
        ("Part of the swinging scene with his wife.", "sex_life"),
        ("Partner notification: three casual contacts named.", "sex_life"),
        # ethnic origin, genetic, mental health, orientation, politics, addiction
        ("Whānau are Ngāpuhi, lives in Kaikohe.", "ethnic_origin"),
        ("Father has hereditary haemochromatosis, C282Y.", "genetic"),
        ("Hemochromatosis in his sister.", "genetic"),
        ("AN binge-purge subtype, on the ED pathway.", "mental_health"),
        ("Atypical AN, weight restored.", "mental_health"),
        ("Dit avoir envie de disparaître.", "mental_health"),
        ("Jeune femme, lesbienne; son frère est gai.", "sexual_orientation"),
        ("Jailed as an opposition supporter in 2018.", "political_opinion"),
        ("Member of the party youth wing before leaving.", "political_opinion"),
        ("Drinks a bottle of vodka most nights.", "addiction"),
        ("Daily skunk for 5 years.", "addiction"),
    ],
)
def test_a_family_found_in_notes_written_apart_ac(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a stalked polyp, a pituitary stalk, a phone checked for a reminder
        ("Stalked polyp 12 mm removed at 30 cm.", "violence"),
        ("Pituitary stalk thickened on MRI.", "violence"),
        ("She checks her phone for the appointment reminder.", "violence"),
        ("Not allowed to see her family while in isolation.", "violence"),
        ("APS screen negative, lupus anticoagulant negative.", "violence"),
        # photos of a rash threatened to be shown to the GP; a stalk of celery
        ("Threatened to show the photos of the rash to his GP.", "sexual_violence"),
        ("Woke up with a headache on top of the nausea.", "sexual_violence"),
        ("Le kiné l'a touchée au niveau de l'épaule.", "sexual_violence"),
        # ectopic beats and ectopy, heart rate, a gene carrier mother
        ("Ventricular ectopics on Holter, benign.", "reproductive"),
        ("Cervical ectopy, bleeds on contact.", "reproductive"),
        ("FC 88/min, TA 13/8.", "reproductive"),
        ("Mère porteuse d'un facteur V Leiden hétérozygote.", "reproductive"),
        ("Sperm analysis normal, count 40 million/mL.", "reproductive"),
        # an arm swinging, household contacts
        ("Reduced arm swinging on the left, ?Parkinson's.", "sex_life"),
        ("Three household contacts offered TB screening.", "sex_life"),
        # iron overload from transfusions; cheerful; an opposition thumb
        ("Secondary haemochromatosis from transfusions.", "genetic"),
        ("Humeur : gai et souriant.", "sexual_orientation"),
        ("Il est plutôt gai aujourd'hui.", "sexual_orientation"),
        ("Supporting the opposition thumb with a splint.", "political_opinion"),
        ("Youth worker at the local club.", "political_opinion"),
        # test of cure for gonorrhoea is no OCD; wine weekly is no addiction
        ("TOC today, swab sent.", "mental_health"),
        ("Les symptômes vont disparaître en quelques jours.", "mental_health"),
        ("Drinks a bottle of wine a week with dinner.", "addiction"),
        ("Daily hash browns at the café, weight up 2 kg.", "addiction"),
    ],
)
def test_a_look_alike_is_not_a_finding_ac(text: str, category: str) -> None:
    assert category not in categories(text)


# set AD: families notes_independent_ad.jsonl showed missing (a faith's practice without its
# name: the meals of the holy month, a pagoda or temple festival, a shaman, a congregation and
# its no-blood card, a Sikh's kara and kirpan; a women's couple and the joint recognition of
# the child; a party's cadre, ties to the opposition; a people (Chechen, Ingush) and fleeing a
# country; torture (soles of the feet, suspension, flogging, cigarettes), hair pulling, a head
# knocked, slaps; a child touched, a clitoral hood removed; sex traded for drugs; a stillborn
# child, a gestational surrogate; the wish to be gone; red wine by the litre) and the
# look-alikes they must not fire on (bleeding time "TS (temps...)", a mother chronically
# carrying HBV, far-fetched reasoning, knocking one's own head, whipped cream, the opponens
# thumb, a surrogate marker, a treatment that no longer helps)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # religion: a practice without the faith's name
        ("Prend son insuline avant l'iftar pendant tout le mois.", "religion"),
        ("Eats suhoor at 4 am, hypo at noon, doses reviewed.", "religion"),
        ("Adaptation du traitement au jeûne du mois sacré.", "religion"),
        ("Fasting for the holy month from next week, advice given.", "religion"),
        ("Se rend à la pagode chaque semaine avec sa sœur.", "religion"),
        ("Busy at the Hindu temple this week, missed her bloods.", "religion"),
        ("Famille a fait venir un chaman avant l'intervention.", "religion"),
        ("Parents asked their shaman to visit the ward.", "religion"),
        ("Deux membres de sa congrégation présents, refus des transfusions.", "religion"),
        ("Carries a no blood card, declines all transfusion.", "religion"),
        ("Kirpan removed and kept by the family before theatre.", "religion"),
        ("Steel kara left on, taped over for surgery.", "religion"),
        # sexual orientation: a couple of women, the joint recognition of their child
        ("Elles sont mariées depuis 2019, projet d'enfant.", "sexual_orientation"),
        ("Reconnaissance conjointe anticipée signée par le couple.", "sexual_orientation"),
        # political opinion: a party's cadre, ties to the opposition
        ("Ancien dirigeant local du PKK, arrêté en 2016.", "political_opinion"),
        ("Was a regional organiser of the UDPS before fleeing.", "political_opinion"),
        ("Emprisonné pour ses liens avec l'opposition.", "political_opinion"),
        ("Beaten by police for supporting the opposition.", "political_opinion"),
        # trade union: the miners' union by its initials near a role
        ("Former NUM branch secretary, pneumoconiosis.", "trade_union"),
        # ethnic origin: a people; fleeing a country as one's origin
        ("Patiente tchétchène, 3 enfants, parle peu le français.", "ethnic_origin"),
        ("Chechen family, interpreter booked.", "ethnic_origin"),
        ("Fled Eritrea aged 17 through Libya.", "ethnic_origin"),
        ("A fui l'Afghanistan avec son oncle en 2021.", "ethnic_origin"),
        ("Left Syria in 2014 and spent two years in Jordan.", "ethnic_origin"),
        # violence: torture, hair pulled, head knocked, slaps, a quoted "he hits her"
        ("Décrit de la falaka et des coups sur la plante des pieds en prison.", "violence"),
        ("Guards beat him on the soles of his feet.", "violence"),
        ("Suspended by the wrists for hours during interrogation.", "violence"),
        ("Flogged in public in 2019, scars on the back.", "violence"),
        ("Dit avoir été fouettée par son oncle.", "violence"),
        ("Soldiers burnt him with cigarettes on the chest.", "violence"),
        ("Son frère lui a tiré les cheveux et l'a poussée.", "violence"),
        ("Elle dit : « il m'a cogné la tête contre la porte ».", "violence"),
        ("Son beau-père lui a mis une claque hier soir.", "violence"),
        ("Her sister says he 'slaps her when he drinks'.", "violence"),
        # sexual violence: a child touched; FGM by the structure removed; sex traded
        ("Says an older cousin touched him when he was eight.", "sexual_violence"),
        (
            "Raconte qu'un voisin l'a... non, « m'a touchée quand j'avais 9 ans ».",
            "sexual_violence",
        ),
        ("Examen : ablation du capuchon clitoridien, cicatrice ancienne.", "sexual_violence"),
        # sex life: sex for drugs
        ("Dit avoir eu des rapports sexuels en échange de crack.", "sex_life"),
        ("Has traded sex for drugs in the past.", "sex_life"),
        # reproductive: a stillborn child in French, a gestational surrogate
        ("Déclaration d'enfant sans vie faite par le père.", "reproductive"),
        ("Twins born via a surrogate in Canada.", "reproductive"),
        ("Couple using a gestational surrogate, embryo transfer next month.", "reproductive"),
        # mental health: the wish to be gone, the psychiatric emergency
        ("Répète que ce serait mieux sans moi pour ses enfants.", "mental_health"),
        ("Says her kids are better off without her.", "mental_health"),
        ("Adressé aux urgences psychiatriques par son médecin.", "mental_health"),
        # addiction: red or white wine by the litre a day
        ("Boit 2 litres de blanc par jour.", "addiction"),
    ],
)
def test_a_family_found_in_notes_written_apart_ad(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # bleeding time written TS with its name in brackets
        ("TS (temps de saignement) 5 min, TCA normal.", "mental_health"),
        # a mother chronically carrying HBV or GBS is no surrogate
        ("Mère porteuse chronique de l'AgHBs, enfant vacciné.", "reproductive"),
        ("Mère porteuse du strepto B, antibioprophylaxie faite.", "reproductive"),
        # surrogate markers and decision-makers
        ("HbA1c is a surrogate marker of control.", "reproductive"),
        ("Daughter is the surrogate decision-maker.", "reproductive"),
        # far-fetched reasoning, knocking one's own head, whipped cream
        ("Hypothèse un peu tirée par les cheveux, à revoir.", "violence"),
        ("S'est cogné la tête contre le placard en se relevant.", "violence"),
        ("She banged her head on the cupboard door, no LOC.", "violence"),
        ("Régime : crème fouettée autorisée en petite quantité.", "violence"),
        ("Cigarette burn on the finger, fell asleep smoking.", "violence"),
        # the opponens thumb, opposition in a child
        ("Supporting the opposition of the thumb with a splint.", "political_opinion"),
        ("Soutien à l'opposition du pouce par orthèse.", "political_opinion"),
        # a treatment that no longer helps is no despair
        ("Le collyre ne sert plus à rien, arrêt.", "mental_health"),
        # a tourist's trip abroad, a holiday left behind
        ("Back from Morocco, left Marrakech after a week of diarrhoea.", "ethnic_origin"),
        # a temple bone, a temple street
        ("Plaie de la tempe droite, suturée.", "religion"),
        ("Fracture of the temporal bone, temple tender.", "religion"),
        # a NUM abbreviation as a number
        ("NUM dossier 45213, à rappeler.", "trade_union"),
        # a man whose wife pulls the covers; she knocks her own head
        ("Wife says he kicks in his sleep, RBD suspected.", "violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_ad(text: str, category: str) -> None:
    assert category not in categories(text)


# set AF: clinical genetics, oncology, fetal medicine, IVF, HIV, gender and sexual health
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # two fathers or two mothers written with a digit
        ("Nourrisson de 2 mois, vient avec ses 2 papas.", "sexual_orientation"),
        ("Raised by 2 mums, both came to the appointment.", "sexual_orientation"),
        # casual sex with men inside the orientation phrase; escorts paid for or visited
        ("Bisexuel, rapports occasionnels non protégés avec des hommes.", "sex_life"),
        ("Sees escorts most weekends since his divorce.", "sex_life"),
        ("Fréquente des escorts qu'il paie en liquide.", "sex_life"),
        # a union's school or depot rep
        ("NASUWT school rep, off with laryngitis.", "trade_union"),
        ("Depot rep for the RMT, night shifts.", "trade_union"),
        # copy-number results: array notation, band then deletion, size then deletion
        ("Array result arr[GRCh38] 22q11.21(18900000_21500000)x1.", "genetic"),
        ("Known 22q11.2 deletion, cardiology follow-up.", "genetic"),
        ("Puce à ADN : microduplication 1,4 Mb, classée pathogène.", "genetic"),
        ("CGH array: 600 kb deletion at 1q21.1, pathogenic CNV.", "genetic"),
        # slow metabolisers, star alleles after a pharmacogene
        ("Métaboliseur ultra-rapide CYP2D6 : pas de codéine.", "genetic"),
        ("CYP2C19 result (*2/*3): clopidogrel switched to prasugrel.", "genetic"),
        ("Known slow metabolizer, efavirenz level raised.", "genetic"),
        # generalised anxiety named without "disorder"
        ("Generalized anxiety for years, on escitalopram.", "mental_health"),
        # sperm banking before treatment, an emergency copper IUD, choosing a termination
        ("Referred to the andrology lab for semen cryopreservation before BEP.", "reproductive"),
        ("Pose d'un DIU au cuivre en urgence, J3 après le rapport.", "reproductive"),
        ("Emergency IUCD fitted, ulipristal not suitable.", "reproductive"),
        ("After the T18 result she chose medical termination at 15 weeks.", "reproductive"),
        ("Couple decided on termination; induction booked Friday.", "reproductive"),
    ],
)
def test_a_family_found_in_notes_written_apart_af(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # TS as transferrin saturation, with its percentage
        ("Fer 6 µmol/L, TS 7 %, ferritine 5.", "mental_health"),
        ("Iron studies: TS 12%, ferritin 11.", "mental_health"),
        # the GAD-7 questionnaire spelt out
        ("Generalised Anxiety Disorder-7 score 3, PHQ-9 2.", "mental_health"),
        ("Generalized anxiety disorder 7-item scale: 4/21.", "mental_health"),
        # escorts of the police or the ward, a class rep at school
        ("Prison escorts paid by the trust for the admission.", "sex_life"),
        ("Needs a nurse escort to the scanner.", "sex_life"),
        ("Class rep at school, exams next month.", "trade_union"),
        ("NEU 4.2, lymphocytes 1.1.", "trade_union"),
        # a Y microdeletion search ordered, a slow metabolism, a gene deletion test name
        ("Recherche de microdélétions du Y demandée avant ICSI.", "genetic"),
        ("Says she has a slow metabolism; TSH normal.", "genetic"),
        # an IUD removed urgently; terminating a contract or a treatment
        ("Retrait du DIU en urgence pour endométrite.", "reproductive"),
        ("He requested termination of his contract after the injury.", "reproductive"),
        ("Family opted for termination of treatment; palliative care.", "reproductive"),
    ],
)
def test_a_look_alike_is_not_a_finding_af(text: str, category: str) -> None:
    assert category not in categories(text)


# set AE: Québec, Belgium, overseas France, West Africa, the Maghreb, Lebanon


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # ethnic origin: Innu women, an Inuk, Micmac, the peoples of the Guiana shield
        ("Femme innue de 40 ans, suivi de grossesse au dispensaire.", "ethnic_origin"),
        ("Aînée inuk, interprète présente, BPCO.", "ethnic_origin"),
        ("Jeune homme micmac, entorse de cheville.", "ethnic_origin"),
        ("Enfant wayampi de Trois-Sauts, paludisme à P. vivax.", "ethnic_origin"),
        ("Femme kali'na d'Awala, diabète gestationnel.", "ethnic_origin"),
        ("Famille palikur de Saint-Georges, gale traitée.", "ethnic_origin"),
        # ethnic origin: a hyphenated heritage
        ("45F, Lebanese-Canadian, migraine with aura.", "ethnic_origin"),
        ("Syrian-Armenian grandmother, lives with her son.", "ethnic_origin"),
        ("Patient italo-marocain, lombalgie chronique.", "ethnic_origin"),
        ("Étudiante libano-arménienne, acné.", "ethnic_origin"),
        # genetic: a G6PD deficiency said the other way round, a haemoglobin profile
        ("G6PD : déficit sévère, éviter la primaquine.", "genetic"),
        ("Activité G6PD effondrée chez ce nourrisson ictérique.", "genetic"),
        ("Électrophorèse de l'hémoglobine : AS, conseil génétique.", "genetic"),
        ("Hb electrophoresis (SC) - known to haematology.", "genetic"),
        # mental health: nightmares with shame or after an assault
        ("Depuis l'agression: cauchemars, sursauts au moindre bruit.", "mental_health"),
        ("Cauchemars toutes les nuits depuis le viol, honte ++.", "mental_health"),
        ("Nightmares since the assault, feels ashamed.", "mental_health"),
        # addiction: cravings, binge nights counted by the evening, a case of 24 a day,
        # a hard drug used daily
        ("Cannabis le soir, décrit un craving important.", "addiction"),
        ("Reports cravings every afternoon since stopping.", "addiction"),
        ("Consommation massive d'alcool chaque vendredi.", "addiction"),
        ("Jusqu'à 12 shots par soirée en fin de semaine.", "addiction"),
        ("Son père boit une caisse de 24 par fin de semaine.", "addiction"),
        ("Fume du crack de façon quotidienne depuis l'été.", "addiction"),
        ("Héroïne plusieurs fois par jour, veines difficiles.", "addiction"),
        # reproductive: a stillborn child, the Québec word for stillbirth
        ("ATCD : un enfant mort-né en 2018 (36 SA).", "reproductive"),
        ("G3P1, une mortinaissance à 30 semaines.", "reproductive"),
        # violence: finger-mark bruises with the limb between, a quoted shaking
        ("Hématomes des deux bras en forme de doigts, chez une dame de 90 ans.", "violence"),
        ("Elle raconte qu'il la 'secoue' quand il a bu.", "violence"),
        # sexual violence: a child's euphemism told in quotes
        ("L'enfant dit que le voisin lui « fait des choses » dans la douche.", "sexual_violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_ae(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the polio vaccine in a combined vaccine's name
        ("Rappel DTPa-IPV fait à 6 ans, Hexyon à 2 mois.", "violence"),
        ("Given Tdap-IPV booster today.", "violence"),
        # activated partial thromboplastin time written as patient/control
        ("Bilan : TP 88 %, TCA 35/32 s, fibrinogène 3 g/L.", "mental_health"),
        # subjective units of distress falling during EMDR
        ("EMDR : SUD passé de 8 à 2 en fin de séance.", "trade_union"),
        # an association's name, a hospital's name
        ("Orientée vers STOP violences femmes pour la plainte.", "reproductive"),
        ("Follow-up at the Jewish General next month.", "religion"),
        # knocks taken in sport
        ("Prend des coups au rugby, quelques ecchymoses.", "violence"),
        ("Boxeur amateur, reçoit beaucoup de coups à l'entraînement.", "violence"),
        # a sexual assault by a stranger is no other violence
        ("Victime d'une agression sexuelle dans un parc, examen UMJ.", "violence"),
        # a gunshot at a protest, like police blows there
        ("Blessé par balle lors d'une manifestation à Conakry, parage.", "violence"),
        # cravings of food, a G6PD assay with nothing found, electrophoresis as planned
        ("Envies de sucré, craving de chocolat en fin de grossesse.", "addiction"),
        ("Pregnancy food cravings, otherwise well.", "addiction"),
        ("Dosage G6PD : normal, pas de déficit.", "genetic"),
        ("Electrophoresis: as requested by haematology.", "genetic"),
        ("Électrophorèse des protéines : pas de pic.", "genetic"),
        # neuronal death, borders and treaties
        ("IRM : mort neuronale étendue post-anoxique.", "reproductive"),
        ("Vit près de la frontière franco-italienne.", "ethnic_origin"),
        ("Spanish-English interpreter booked.", "ethnic_origin"),
        # a cough that shakes him, a few beers an evening, a case of water
        ("Une toux qui le secoue toute la nuit.", "violence"),
        ("Boit 3-4 bières par soir, pas de dépendance.", "addiction"),
        ("Achète une caisse de 24 bouteilles d'eau par semaine.", "addiction"),
        # a child made to do chores
        ("Sa grand-mère lui fait des choses à manger le soir.", "sexual_violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_ae(text: str, category: str) -> None:
    assert category not in categories(text)


# set AG: families notes_independent_ag.jsonl showed missing (psychiatry, addiction and harm
# reduction, custody, torture documentation, occupational health): adjustment disorder, HADS
# in a disorder's range, autism (a neurodevelopmental disorder, like ADHD), 4-5 beers a day,
# a bottle of spirits every other day, morning shakes, quoted joints, torture positions and
# rifle butts, slang for a hit, sextortion, a trans detainee, protest arrests, cities one
# comes from, a casual male partner of a man
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Dx retenu : trouble de l'adaptation avec humeur anxieuse.", "mental_health"),
        ("Impression: adjustment disorder following redundancy.", "mental_health"),
        ("Échelle HAD : A 12, D 9.", "mental_health"),
        ("HADS-D 15 today.", "mental_health"),
        ("Enfant autiste, suivi en SESSAD.", "mental_health"),
        ("Known autism, non-verbal, attends a special school.", "mental_health"),
        ("Syndrome d'Asperger diagnostiqué à 12 ans.", "mental_health"),
        ("TSA confirmé par le CRA l'an dernier.", "mental_health"),
        ("Alcool : 5 bières tous les soirs.", "addiction"),
        ("Drinks 4 pints a night at the club.", "addiction"),
        ("Boit un litre de pastis tous les 3 jours.", "addiction"),
        ("Tremblements matinaux calmés par le premier verre.", "addiction"),
        ("Has morning shakes, relieved by a can of cider.", "addiction"),
        ("Fume 6 « pétards » par jour depuis l'été.", "addiction"),
        ("Décrit la position du perroquet pendant sa détention.", "violence"),
        ("Held in stress positions for two days at the barracks.", "violence"),
        ("Soldiers struck him with a rifle butt on the temple.", "violence"),
        ("Coups de crosse de fusil sur le dos lors de l'arrestation.", "violence"),
        ("Her partner gave her a good hiding last Friday.", "violence"),
        ("He shoved her against the bathroom wall.", "violence"),
        ("Le beau-père a reconnu l'avoir giflée.", "violence"),
        ("Stepfather admitted shaking the baby.", "violence"),
        ("Being blackmailed: a stranger threatens to post his nude photos.", "sexual_violence"),
        ("Victime de chantage : menace de diffuser des vidéos intimes.", "sexual_violence"),
        ("Trans inmate on the women's wing, oestradiol continued.", "gender_identity"),
        ("Détenu trans, suivi hormonal à poursuivre.", "gender_identity"),
        ("Arrested twice for anti-government leaflets.", "political_opinion"),
        ("Interpellé en juin 2019 lors des manifestations à Alger.", "political_opinion"),
        ("Patiente originaire de Cusco, arrivée en 2020.", "ethnic_origin"),
        ("Family originally from Sichuan province.", "ethnic_origin"),
        ("Homme 40 ans, partenaires masculins occasionnels.", "sexual_orientation"),
    ],
)
def test_a_family_found_in_notes_written_apart_ag(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Trouble de l'adaptation à l'effort, VO2 basse.", "mental_health"),
        ("HAD : A 5, D 3, pas de trouble anxio-dépressif.", "mental_health"),
        ("Had a 14 day course of doxycycline.", "mental_health"),
        ("Écho-doppler des TSA : athérome non sténosant.", "mental_health"),
        ("ASD closure device, echo follow-up.", "mental_health"),
        ("Boit 2-3 bières le samedi soir.", "addiction"),
        ("Drinks 4 cans of energy drink a day.", "addiction"),
        ("Boire 4 verres d'eau par jour conseillé.", "addiction"),
        ("Tremblements le matin, maladie de Parkinson connue.", "addiction"),
        ("Transfert en hélicoptère vers le CHU.", "violence"),
        ("Hip X-ray in frog-leg position, normal.", "violence"),
        ("She admitted hitting her head on the shelf.", "violence"),
        ("Worn rifle butt plate caught his finger at the range.", "violence"),
        ("Gave her a lift home after the clinic.", "violence"),
        ("Sent holiday photos to his mum.", "sexual_violence"),
        ("Chantage affectif de son fils pour avoir de l'argent.", "sexual_violence"),
        ("Détenu transféré au CHU pour bilan.", "gender_identity"),
        ("Traitement arrêté pour des manifestations cutanées.", "political_opinion"),
        ("Tourist from Lima on holiday, sprained ankle.", "ethnic_origin"),
        ("Patiente : partenaire masculin occasionnel, PCR chlamydia.", "sexual_orientation"),
    ],
)
def test_a_look_alike_is_not_a_finding_ag(text: str, category: str) -> None:
    assert category not in categories(text)


# set AH: French town and country practice (farm unions, a partner's drinking, hepatitis B
# carriers, severe anxiety, transition hormones, chaplains, infidelity kept secret, origins)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Éleveur, délégué FDSEA du canton.", "trade_union"),
        ("Maraîchère, militante à la Confédération paysanne.", "trade_union"),
        ("Céréalier, adhérent de la Coordination rurale.", "trade_union"),
        ("Works the family farm, on the FNSEA regional board.", "trade_union"),
        ("Son conjoint boit et casse tout à la maison.", "addiction"),
        ("Le père boit beaucoup, les enfants sont placés.", "addiction"),
        ("Her husband drinks most nights and gets aggressive.", "addiction"),
        ("Beau-frère porteur chronique de l'hépatite B, vacciné ce jour.", "hiv_sti"),
        ("Patiente porteuse de l'Ag HBs, suivi hépato annuel.", "hiv_sti"),
        ("Mother is a known hep B carrier, baby given HBIG.", "hiv_sti"),
        ("Anxiété invalidante, ne sort plus de chez elle, sertraline.", "mental_health"),
        ("Anxiété pathologique depuis le licenciement, Atarax.", "mental_health"),
        ("Crippling anxiety since the accident, started on sertraline.", "mental_health"),
        ("Hormonothérapie de transition depuis 2 ans, œstradiol gel.", "gender_identity"),
        ("On transition hormone therapy, testosterone every 3 weeks.", "gender_identity"),
        ("Il est aumônier des gens du voyage.", "religion"),
        ("Ancienne aumônière de lycée, très croyante.", "religion"),
        ("Liaison avec une collègue à l'insu de sa femme depuis 2 ans.", "sex_life"),
        ("Seeing another man behind her husband's back.", "sex_life"),
        ("Famille originaire du Portugal, arrivée dans les années 70.", "ethnic_origin"),
    ],
)
def test_a_family_found_in_notes_written_apart_ah(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Syndic de copropriété, stress au travail.", "trade_union"),
        ("Réunion agricole à la chambre d'agriculture.", "trade_union"),
        ("Son mari boit peu, un verre de vin le dimanche.", "addiction"),
        ("Le père boit beaucoup d'eau depuis son diabète.", "addiction"),
        ("Son fils boit bien ses biberons.", "addiction"),
        ("Her husband drinks only socially.", "addiction"),
        ("Ac anti-HBs 180 : immunisée par vaccination, rien d'autre.", "hiv_sti"),
        ("Porteur chronique de staphylocoque doré nasal.", "hiv_sti"),
        ("Anxiété modérée avant l'intervention, rassurée.", "mental_health"),
        ("Severe anxiety about the MRI, given lorazepam for the scan.", "mental_health"),
        ("Traitement hormonal de la ménopause renouvelé.", "gender_identity"),
        ("Transition ville-hôpital organisée par l'IDE de liaison.", "gender_identity"),
        ("Aumônes de son quartier, pas de problème particulier.", "religion"),
        ("Prend ses somnifères à l'insu de sa femme.", "sex_life"),
        ("Planned the surprise party behind her husband's back.", "sex_life"),
        ("Retour de vacances au Portugal, coup de soleil.", "ethnic_origin"),
    ],
)
def test_a_look_alike_is_not_a_finding_ah(text: str, category: str) -> None:
    assert category not in categories(text)


# set AI: English-speaking primary care and community services (Québec HARSAH, a belt
# beating, pushing a partner into a wall, 'his union' and convenors, a bottle a night with
# an approximation, Québec addiction centres, Presbyterian clergy, French-Canadian and
# Acadian heritage, carriers of founder diseases, 'moral bas', sleeping with other men or
# women, EC given after an assault, HDP/PKK membership)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Homme de 41 ans, HARSAH, suivi PrEP à la clinique.", "sexual_orientation"),
        ("Programme gbHARSAH: vaccin hépatite A fait.", "sexual_orientation"),
        (
            "Hommes ayant des relations sexuelles avec d'autres hommes: dépistage trimestriel.",
            "sexual_orientation",
        ),
        ("Her stepfather hit her and her sister with a belt.", "violence"),
        ("He shoved his girlfriend against the kitchen wall last night.", "violence"),
        ("Il a poussé sa conjointe contre le mur pendant la dispute.", "violence"),
        ("Nurse, her union is supporting her grievance at work.", "trade_union"),
        ("Works convenor at the bus depot, off with back pain.", "trade_union"),
        ("GMB convenor at the factory, stress with redundancies.", "trade_union"),
        ("Was drinking around a bottle of vodka a day before admission.", "addiction"),
        ("Référée au centre de réadaptation en dépendance.", "addiction"),
        ("Suivi au CRD pour sa consommation de cocaïne.", "addiction"),
        ("Widow of a presbyterian elder, goes to kirk every Sunday.", "religion"),
        ("Church of Scotland minister, retired, lives alone.", "religion"),
        ("Mother of Acadian descent, father from Moncton.", "ethnic_origin"),
        ("Family of French Canadian ancestry.", "ethnic_origin"),
        ("Le conjoint est porteur de l'ARSACS, conseil génétique.", "genetic"),
        ("Sœur porteuse de la tyrosinémie, test proposé au couple.", "genetic"),
        ("Moral bas depuis le décès de son père, pleure souvent.", "mental_health"),
        ("Moral en berne depuis la perte d'emploi.", "mental_health"),
        ("Reports a passive death wish since the diagnosis.", "mental_health"),
        ("In a relationship but sleeps with other women now and then.", "sex_life"),
        ("Couche avec d'autres hommes depuis la séparation.", "sex_life"),
        ("Seen after rape last night: EC supplied, PEPSE started.", "reproductive"),
        ("Jailed for PKK activism in the 1990s.", "political_opinion"),
        ("Asylum claim based on HDP membership.", "political_opinion"),
    ],
)
def test_a_family_found_in_notes_written_apart_ai(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Takes MSM with glucosamine for his knees.", "sexual_orientation"),
        ("Takes MSM and chondroitin for arthritis.", "sexual_orientation"),
        ("Bruised knee after a fight with son chum over money, verbal only.", "violence"),
        ("Hit the ball with his racquet and felt his shoulder go.", "violence"),
        ("He pushed his son into the pool on holiday, both laughing.", "violence"),
        ("Scaphoid fracture: his union is delayed, CT at 12 weeks.", "trade_union"),
        ("Course convenor at the university, stress with marking.", "trade_union"),
        ("Bought a bottle of wine for the dinner party.", "addiction"),
        ("CRD de l'échographie: reins normaux.", "addiction"),
        ("Physio at the Presbyterian Hospital, knee rehab.", "religion"),
        ("Exercise class at the church hall on Mondays.", "religion"),
        ("Canadian, here on a work visa.", "ethnic_origin"),
        ("Porteur d'une sonde urinaire depuis 2 mois.", "genetic"),
        ("Bon moral malgré la chimiothérapie.", "mental_health"),
        ("Harcèlement moral au travail évoqué, pas de trouble psychique.", "mental_health"),
        ("Sleeps with her baby in the same room.", "sex_life"),
        ("Sleeps with two pillows, orthopnoea.", "sex_life"),
        ("Aspirin EC 75 mg given after the stent.", "reproductive"),
        ("HDP in her first pregnancy, aspirin from 12 weeks.", "political_opinion"),
    ],
)
def test_a_look_alike_is_not_a_finding_ai(text: str, category: str) -> None:
    assert category not in categories(text)


# set AJ: structured documents (forms, questionnaires, problem lists): one-night stands and
# an affair kept going, casual app encounters kept from a spouse, egg freezing, an origin in
# a European island or region, condom removal without consent; and the form fields that say
# nothing (ethnicity not recorded, gender identity the same as at birth, one sexual partner,
# a sex life that is unremarkable), weaning off triptans, a report to one's employer.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Reports several one-night stands since the split.", "sex_life"),
        ("Plusieurs aventures d'un soir depuis la rupture, préservatif inconstant.", "sex_life"),
        ("Coups d'un soir fréquents en phase maniaque.", "sex_life"),
        ("Sa femme entretenait une liaison avec un voisin.", "sex_life"),
        ("Le patient aurait une liaison depuis l'an dernier.", "sex_life"),
        ("Rencontres occasionnelles via des applis, à l'insu de son mari.", "sex_life"),
        ("Rencontres ponctuelles sur internet, préservatif systématique.", "sex_life"),
        ("Souhaite une congélation des ovocytes avant la chimiothérapie.", "reproductive"),
        ("Congélation ovocytaire réalisée en 2022, 14 ovocytes vitrifiés.", "reproductive"),
        ("Mme R., originaire de Sicile, thalassémie mineure.", "ethnic_origin"),
        ("Famille originaire des Açores, installée à Paris.", "ethnic_origin"),
        ("He was born in Sardinia and moved to London aged 20.", "ethnic_origin"),
        ("Number of sexual partners in the last 3 months: 5", "sex_life"),
        ("Vie sexuelle : plusieurs partenaires rencontrés en club.", "sex_life"),
        (
            "Is your gender identity the same as the sex you were assigned at birth? No",
            "gender_identity",
        ),
        (
            "Votre identité de genre correspond-elle au sexe assigné à la naissance ? Non",
            "gender_identity",
        ),
        ("Gender identity: identifies as male, assigned female at birth.", "gender_identity"),
        ("Origine ethnique : soninké.", "ethnic_origin"),
        ("Sevrage des opiacés en cours, méthadone 60 mg.", "addiction"),
        ("Signalement au procureur fait par le pédiatre.", "violence"),
        ("Le partenaire a retiré la capote pendant le rapport sans son accord.", "sexual_violence"),
        ("He slipped off the condom halfway through without telling her.", "sexual_violence"),
    ],
)
def test_a_family_found_in_notes_written_apart_aj(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Lampe posée sur la table de nuit, chute en se levant la nuit.", "sex_life"),
        ("Fiche de liaison remise à l'IDE du SSR.", "sex_life"),
        ("Liaison hépatique des médicaments à vérifier.", "sex_life"),
        ("Rencontres ponctuelles avec l'assistante sociale.", "sex_life"),
        ("Congélation du prélèvement tumoral pour la tumorothèque.", "reproductive"),
        ("Vacances en Sardaigne le mois dernier, otite du baigneur.", "ethnic_origin"),
        ("Number of sexual partners in last 12 months: 1 (wife).", "sex_life"),
        ("Sexual partners: 1, regular.", "sex_life"),
        ("Vie sexuelle : partenaire unique, RAS.", "sex_life"),
        ("Vie sexuelle : épanouie, couple stable.", "sex_life"),
        (
            "Is your gender identity the same as the sex you were registered at birth? Yes",
            "gender_identity",
        ),
        ("Gender identity: identifies as female; no concerns.", "gender_identity"),
        ("Appartenance ethnique : non renseignée.", "ethnic_origin"),
        ("Ethnicity: not stated.", "ethnic_origin"),
        ("Céphalée par abus médicamenteux : sevrage des triptans.", "addiction"),
        ("Sevrage des antalgiques de crise, propranolol en fond.", "addiction"),
        ("Signalement à la direction des retards répétés.", "violence"),
        ("Signalement de l'employeur : alcoolisation au poste.", "violence"),
        ("Orthodox Jewish patient, kosher meals ordered.", "ethnic_origin"),
        ("Préservatif retiré après le rapport, sans incident.", "sexual_violence"),
        ("Condom removed without difficulty after the exam demonstration.", "sexual_violence"),
    ],
)
def test_a_look_alike_is_not_a_finding_aj(text: str, category: str) -> None:
    assert category not in categories(text)
