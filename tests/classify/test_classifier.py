"""classify(): categories, each finding's qualifiers, and words that only look sensitive."""

from __future__ import annotations

import pytest

import carevault.classify
from carevault.classify import CATEGORIES, Finding, classify
from carevault.classify._labels import SENSITIVITY_DISPLAY
from carevault.classify._terms import PARTNER_TERM, finder


def found(text: str) -> list[tuple[str, str, bool, bool, str, bool]]:
    """(words, category, negated, hypothetical, subject, history) of each finding."""
    return [
        (text[f.start : f.end], f.category, f.negated, f.hypothetical, f.subject, f.history)
        for f in classify(text).findings
    ]


def qualifiers(text: str, words: str) -> Finding:
    matching = [f for f in classify(text).findings if text[f.start : f.end] == words]
    assert len(matching) == 1, found(text)
    return matching[0]


def test_the_fourteen_categories() -> None:
    assert set(CATEGORIES) == {
        "sexual_orientation", "sex_life", "sexual_violence", "gender_identity", "religion",
        "political_opinion", "trade_union", "ethnic_origin", "genetic", "hiv_sti",
        "mental_health", "addiction", "reproductive", "violence",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Patient HSH, VIH+ sous Biktarvy, CV indétectable.", ["hiv_sti", "sexual_orientation"]),
        ("ATCD : TS par IMV en 2019, suivi CMP.", ["mental_health"]),
        ("IVG x2. Désir de grossesse.", ["reproductive"]),
        ("OH chronique, TSO par méthadone 60 mg.", ["addiction"]),
        ("Témoin de Jéhovah, refuse toute transfusion.", ["religion"]),
        ("Jeûne du ramadan, adapter les horaires de la metformine.", ["religion"]),
        ("Délégué syndical CGT, conflit au travail.", ["trade_union"]),
        (
            "Patiente d'origine maghrébine, drépanocytose hétérozygote.",
            ["ethnic_origin", "genetic"],
        ),
        ("Mutation BRCA2 retrouvée chez la mère.", ["genetic"]),
        ("Victime de violences conjugales, certificat remis.", ["violence"]),
        ("Viol à 15 ans, jamais déclaré.", ["sexual_violence"]),
        ("Femme trans sous hormonothérapie féminisante.", ["gender_identity"]),
        ("Relation extra-conjugale, inquiète pour une IST.", ["sex_life"]),
        ("Militant au parti communiste.", ["political_opinion"]),
        ("pt MSM on PrEP, chemsex at weekends", ["hiv_sti", "sex_life", "sexual_orientation"]),
        ("Hx of depression, on sertraline 50mg.", ["mental_health"]),
    ],
)
def test_affirmed_categories(text: str, categories: list[str]) -> None:
    assert list(classify(text).categories) == categories


@pytest.mark.parametrize(
    "text",
    [
        "Pas d'idées suicidaires.",
        "Sérologie VIH négative.",
        "Denies suicidal ideation. No history of depression.",
        "Nie toute consommation de drogue.",
        "HIV negative, HCV negative.",
        "Pas d'ATCD de TS ni de dépression.",
        "Sérologies VIH, VHB, VHC négatives.",
        "FGM: no. Domestic abuse: no.",
        "VIH-, VHC (-).",
    ],
)
def test_negated_findings_are_reported_but_not_affirmed(text: str) -> None:
    result = classify(text)
    assert result.categories == ()
    assert result.findings
    assert all(f.negated for f in result.findings), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dépistage VIH proposé.",
        "Éliminer une IST.",
        "Rule out chlamydia.",
        "?depression, à revoir.",
        "Sérologies VIH et VHC prescrites.",
        "Demande d'information sur l'IVG.",
        "STI screen sent.",
    ],
)
def test_hypothetical_findings_are_reported_but_not_affirmed(text: str) -> None:
    result = classify(text)
    assert result.categories == ()
    assert result.findings
    assert all(f.hypothetical for f in result.findings), found(text)


def test_a_relatives_condition_is_still_sensitive_and_said_to_be_about_someone_else() -> None:
    text = "Mère suivie pour schizophrénie. Patient sans plainte."
    finding = qualifiers(text, "schizophrénie")
    assert (finding.subject, finding.negated, finding.hypothetical) == ("other", False, False)
    assert classify(text).categories == ("mental_health",)


def test_family_history_heading_reaches_its_line() -> None:
    finding = qualifiers("ATCD familiaux : père bipolaire, oncle alcoolique.", "bipolaire")
    assert finding.subject == "other"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ATCD de TS en 2015.", "TS"),
        ("Ancienne dépression, sevrée des antidépresseurs.", "dépression"),
        ("PMH: depression 2010, resolved.", "depression"),
        ("IVG x2.", "IVG"),
    ],
)
def test_past_history(text: str, words: str) -> None:
    finding = qualifiers(text, words)
    assert finding.history is True
    assert finding.affirmed


def test_a_positive_result_overrides_the_screening_around_it() -> None:
    text = "Dépistage IST : chlamydia positive, traitée."
    assert qualifiers(text, "chlamydia").affirmed
    assert classify("Sérologie VIH positive en 2019.").categories == ("hiv_sti",)


def test_a_negation_ends_with_its_clause() -> None:
    text = "Pas de fièvre mais idées suicidaires depuis une semaine."
    assert qualifiers(text, "idées suicidaires").affirmed


def test_affirmed_anywhere_beats_negated_elsewhere() -> None:
    text = "Pas d'idées suicidaires ce jour. ATCD de TS en 2018."
    assert classify(text).categories == ("mental_health",)


@pytest.mark.parametrize(
    "text",
    [
        "Prend religieusement son traitement.",
        "Vacances de Pâques, revoir à la rentrée.",
        "Test génétique non réalisé.",
        "Vaccination hépatite B à jour, ag HBs négatif.",
        "Syndicat de copropriété : travaux dans l'immeuble.",
        "Origine de la douleur : mécanique.",
        "Alcool : 1 verre occasionnel. Tabac 10 PA.",
        "Contraception par pilule, grossesse à 12 SA.",
        "Stress au travail, fatigue, insomnie.",
        "Mutation professionnelle à Lyon en septembre.",
        "Needs an escort home after sedation.",
        "Bowel prep: Moviprep. Hearing aids renewed.",
        "Sevrage tabagique en cours, patchs nicotiniques.",
        "Excision biopsy of a naevus, margins 2 mm.",
        "Transit lent, ROM limited on the left.",
        "Préservatif conseillé pour les IST.",
        "Protection contre les IST rappelée.",
        "Condoms advised to prevent STIs.",
    ],
)
def test_words_that_only_look_sensitive_do_not_fire(text: str) -> None:
    assert classify(text).categories == (), found(text)


def test_a_same_sex_partner_tells_the_orientation() -> None:
    assert classify("M. Dupont vit avec son compagnon depuis 15 ans.").categories == (
        "sexual_orientation",
    )
    assert classify("Mme Dupont vit avec son compagnon depuis 15 ans.").categories == ()
    # The mother's partner says nothing of the patient.
    text = "Garçon de 6 ans, accompagné de sa mère et son compagnon."
    assert classify(text).categories == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mlle Rivière, 24 ans, vit avec sa compagne.", ("sexual_orientation",)),
        ("33M, dysuria, w/ male casual partner 2 wks ago.", ("sex_life", "sexual_orientation")),
        ("31F, female regular partner, no symptoms.", ("sexual_orientation",)),
        ("Mme Durand, 40 ans, partenaires féminines depuis 5 ans.", ("sexual_orientation",)),
        ("44F, her male casual partner has urethritis.", ("sex_life",)),
        # married or in a civil union "to" a man or a woman, not only "with"
        ("M. 45 ans, marié à un homme depuis 2015.", ("sexual_orientation",)),
        ("Mme 52 ans, pacsée avec une femme, 2 enfants.", ("sexual_orientation",)),
        ("Mme 52 ans, mariée à un homme.", ()),
        ("Homme 33 ans, il a un homme de confiance désigné.", ()),
        # Past the note's first lines, a title, a name and an age still say who the patient is
        (
            "Érythème migrant il y a 3 semaines, doxycycline 14 j, revoir si arthralgies. "
            "Vaccins à jour, TA 128/76, pas d'allergie. Bilan hépatique normal, NFS normale "
            "le mois dernier. M. Gilles Perrot, 61 ans, vit avec son compagnon Marc.",
            ("sexual_orientation",),
        ),
        (
            "Érythème migrant il y a 3 semaines, doxycycline 14 j, revoir si arthralgies. "
            "Vaccins à jour, TA 128/76, pas d'allergie. Bilan hépatique normal, NFS normale "
            "le mois dernier. Mme Perrot, 61 ans, vit avec son compagnon Marc.",
            (),
        ),
    ],
)
def test_the_patients_sex_and_a_partners_tell_the_orientation(
    text: str, expected: tuple[str, ...]
) -> None:
    assert classify(text).categories == expected, found(text)


def test_findings_point_into_the_text_as_written() -> None:
    text = "Œdème. IDÉES SUICIDAIRES, sœur d\u2019Émilie séropositive."
    words = {text[f.start : f.end] for f in classify(text).findings}
    assert words == {"IDÉES SUICIDAIRES", "séropositive"}


def test_case_sensitive_abbreviations() -> None:
    assert classify("Vu ts les jours par l'IDE.").categories == ()
    assert classify("TS en 2015.").categories == ("mental_health",)


def test_json_shape() -> None:
    result = classify("VIH+ depuis 2010. Tel 06 12 34 56 78.").as_json()
    assert set(result) == {"categories", "findings", "pii"}
    assert set(result["findings"][0]) == {
        "start", "end", "category", "negated", "hypothetical", "subject", "history",
    }  # fmt: skip
    assert result["pii"] == {"nir": [], "phone": ["06 12 34 56 78"], "email": [], "person": []}


def test_labels_follow_hl7_information_sensitivity_codes() -> None:
    hiv = qualifiers("VIH+, syphilis, dépression.", "VIH")
    syphilis = qualifiers("VIH+, syphilis, dépression.", "syphilis")
    depression = qualifiers("VIH+, syphilis, dépression.", "dépression")
    assert (hiv.label, syphilis.label, depression.label) == ("HIV", "STD", "PSY")


def test_every_term_has_a_known_hl7_code_or_none() -> None:
    found = finder()
    terms = [term for _, (_, _, terms, _) in found._automaton.items() for term in terms]
    terms += [term for _, term in found._patterns] + [PARTNER_TERM]
    assert {term.label for term in terms} - {None} <= set(SENSITIVITY_DISPLAY)
    assert {term.category for term in terms} == set(CATEGORIES)
    unlabelled = {term.category for term in terms if term.label is None}
    assert unlabelled == {"political_opinion", "trade_union"}


def test_a_name_is_not_a_finding() -> None:
    assert classify("Voir avec M. Gay, rappeler Madame Sida demain.").categories == ()


def test_an_email_address_is_not_a_finding() -> None:
    assert classify("Confirmation envoyée à jp.gay@wanadoo.fr.").categories == ()
    text = "Patient gay, résultats à jp.gay@wanadoo.fr."
    assert classify(text).categories == ("sexual_orientation",)
    assert classify(text).pii.email == ("jp.gay@wanadoo.fr",)


def test_sero_plus_is_hiv_and_other_serologies_are_not() -> None:
    assert classify("Patient séro+ depuis 2010.").categories == ("hiv_sti",)
    assert classify("Séro toxo positive, séro rubéole faite.").categories == ()


@pytest.mark.parametrize(
    "text",
    [
        "Dr" + " " * 100_000,
        "sa fille" + "\u00a0" * 100_000,
        "@ " + "a%" * 100_000,
        "a" * 200_000 + "@",
        "Jn: pas de changement, sans doute fatigue.\n" * 5_000 + "VIH",
        "familia" * 30_000,
        "VIH " * 250_000,
        "pas de VIH " * 90_000,
        "+ " * 300_000,
    ],
    ids=["spaces", "nbsp", "email-local", "email-long", "masks", "heading", "hits", "neg", "plus"],
)
def test_texts_made_to_be_slow_are_read_in_one_pass(text: str) -> None:
    """Each of these took seconds to minutes with a pattern that backtracked or a step that
    compared every cue with every other; the suite's own time is the check."""
    result = classify(text[:1_000_000])
    assert len(result.findings) <= 1_000


def test_the_package_exports_exactly_its_public_names() -> None:
    package = carevault.classify
    public = {name for name in vars(package) if not name.startswith("_")}
    modules = {name for name in public if isinstance(vars(package)[name], type(package))}
    assert set(package.__all__) == public - modules - {"annotations"}


@pytest.mark.parametrize(
    ("text", "words", "negated", "hypothetical"),
    [
        # A question answered at once asks no more: yes affirms, no denies
        ("Idées suicidaires ? oui, avec scénario.", "Idées suicidaires", False, False),
        ("Violences subies ? oui, par l'ex-conjoint.", "Violences", False, False),
        ("Idées suicidaires ? non.", "Idées suicidaires", True, False),
        ("Torture or ill-treatment reported? no.", "Torture", True, False),
        ("Idées suicidaires ? à réévaluer.", "Idées suicidaires", False, True),
        # A test offered, taken, then its result
        ("Dépistage VIH proposé, accepté : TROD positif.", "VIH", False, False),
        ("HIV test offered, accepted: reactive.", "HIV", False, False),
        ("Dépistage VIH proposé, accepté.", "VIH", False, True),
        # A rule-out closes its item: the next one after the comma is not ruled out
        ("Pneumopathie à éliminer, VIH positif connu.", "VIH", False, False),
        ("Éliminer une IST, VIH.", "VIH", True, True),
        # A French verb negated ends at the comma; a negation of nouns runs on down the list
        ("Ne souhaite pas lui en parler, relation extraconjugale.", "extraconjugale", False, False),
        ("Mère : pleurs, ne dort plus, EPDS 19.", "EPDS 19", False, False),
        ("N'a pas d'antécédent de dépression, de TS.", "TS", True, False),
        # A doubt in the singular is of the last item, not of the symptoms listed before it
        ("Cauchemars, reviviscences, TSPT probable.", "reviviscences", False, False),
        ("Cauchemars, reviviscences, TSPT probable.", "TSPT", False, True),
        ("Anhédonie, idées noires : dépression probable.", "idées noires", False, False),
        ("Dépression sévère probable.", "Dépression", False, True),
        # Someone unknown is no denial: "agresseur inconnu" names the one who did it
        ("Viol par agresseur inconnu en 2019, plainte déposée.", "Viol", False, False),
        ("Sexual assault, perpetrator unknown.", "Sexual assault", False, False),
        ("Statut VIH inconnu.", "VIH", True, False),
        # A chronic infection is known: a negative marker after the comma is the marker's
        ("Chronic hep B, HBeAg neg, DNA 1200 IU/mL.", "hep B", False, False),
        ("Hépatite B chronique, AgHBe négatif.", "Hépatite B", False, False),
        ("Pas d'hépatite B chronique, AgHBs négatif.", "hépatite B", True, False),
        ("VIH, VHB, VHC négatifs.", "VIH", True, False),
        # A screen's result named by its last word, or the word after it
        ("Antenatal screen: beta-thalassaemia trait.", "thalassaemia", False, False),
        ("Screen: sickle cell trait.", "sickle cell trait", False, False),
        ("Screen for thalassaemia.", "thalassaemia", False, True),
        # Information about an infection or its prevention is no status
        ("PrEP info given, condoms provided.", "PrEP", False, True),
        ("HIV information leaflet given.", "HIV", False, True),
        ("VIH+ information du partenaire faite.", "VIH", False, False),
        ("Dépression information", "Dépression", False, False),
        # Named as one's own after a doubt or a plan, a finding happened
        ("Wants to discuss her miscarriage last month.", "miscarriage", False, False),
        ("Si sa dépression s'aggrave, reconsulter.", "dépression", False, False),
        ("Worried about his HIV status.", "HIV", False, True),
        ("S'interroge sur son orientation sexuelle.", "orientation sexuelle", False, True),
        # A drug taken without a prescription is no order of a test
        ("Dépendance aux BZD (alprazolam hors prescription).", "Dépendance aux", False, False),
        ("Viol en 2022 (agresseur inconnu, plainte classée).", "Viol", False, False),
        # A clinician's hypothesis, not the patient's words
        ("Le pédiatre évoque un X fragile, bilan à discuter.", "X fragile", False, True),
        ("Tableau faisant évoquer une schizophrénie.", "schizophrénie", False, True),
        ("Le patient évoque des idées suicidaires.", "idées suicidaires", False, False),
        # A drug of HIV is not undone by the HIV test after it; a cured infection was there
        ("On daily TDF/FTC since 2022, HIV test today negative.", "TDF/FTC", False, False),
        ("On daily TDF/FTC since 2022, HIV test today negative.", "HIV", True, False),
        ("VHC : PCR négative après traitement.", "VHC", False, False),
        ("HCV RNA negative after treatment (SVR12).", "HCV RNA", False, False),
        ("VHC négatif.", "VHC", True, False),
        # Testosterone is no test
        ("Testosterone for Klinefelter syndrome.", "Klinefelter", False, False),
        ("Test for Klinefelter syndrome.", "Klinefelter", False, True),
        # A word joined by a hyphen to the next is no result
        ("HIV test (high-prevalence area): declined.", "HIV", False, True),
        # A form's boxes: an empty one denies its item, a ticked answer is the answer
        ("[ ] HSH   [ ] TDS   [x] chemsex", "HSH", True, False),
        ("[ ] HSH   [ ] TDS   [x] chemsex", "chemsex", False, False),
        ("\u2610 HSH \u2612 chemsex", "chemsex", False, False),
        ("Violences sexuelles subies : [ ] oui  [x] non", "Violences sexuelles", True, False),
        ("Violences sexuelles subies : [x] oui  [ ] non", "Violences sexuelles", False, False),
        ("Violences conjugales : [ ] non [X] oui", "Violences conjugales", False, False),
        # Denied after a colon; advice to see someone; "non" of the word after it
        ("Violences sexuelles en détention : niées.", "Violences sexuelles", True, False),
        ("Conseillé de se rapprocher d'un délégué syndical.", "délégué syndical", False, True),
        ("Un rapport extra-conjugal non protégé.", "extra-conjugal", False, False),
        ("Sérologie VIH négative, PrEP non souhaitée.", "PrEP", True, False),
        # A finding confirmed after the comma is a statement of its own
        ("Écho : absence d'activité cardiaque, MFIU confirmée.", "MFIU", False, False),
        ("Pas de VIH confirmé.", "VIH", True, False),
        # Tests ordered in a list after a colon; a drug ordered is given
        ("Prescrit : VIH, syphilis, VHB, VHC.", "VHB", False, True),
        ("Ordered: HIV, syphilis, hep B.", "HIV", False, True),
        ("Prescrit : Truvada 1 cp/j.", "Truvada", False, False),
        # An aside closed before a result is no item of a list
        ("HIV 1/2 Ag/Ab (4th gen): NOT DETECTED", "HIV", True, False),
        ("Daily PrEP (Truvada) - HIV Ag/Ab nég il y a 3 mois.", "PrEP", False, False),
        # A relative named after the colon of a doubt speaks of themselves
        ("Risque d'excision abordé : mère elle-même excisée.", "excisée", False, False),
        ("Dépistage proposé : mère VIH+.", "VIH", False, False),
        # A bare "non" after a question is the answer, whoever says so
        ("Idées suicidaires : non d'après elle.", "Idées suicidaires", True, False),
        # An item said done is not the plan after it
        ("Lévonorgestrel 1,5 mg donné, TPE discuté.", "Lévonorgestrel 1,5", False, False),
        ("VIH, VHB, VHC, TPHA demandés.", "VIH", False, True),
        # Who someone is, told after a heading's colon, is a fact; a wondering is a doubt
        (
            "Fertility counselling: couple are practising Catholics.",
            "practising Catholics",
            False,
            False,
        ),
        ("Parents wondered about gender identity.", "gender identity", False, True),
        # "non" of a quality, not of the finding; a denial of what follows; a test's result
        ("GEU non rompue.", "GEU", False, False),
        ("IVG non souhaitée.", "IVG", True, False),
        ("Not sleeping, tearful, GAD-7 13, no SI.", "GAD-7 13", False, False),
        ("Not using heroin, cocaine or alcohol.", "cocaine", True, False),
        ("45M. Husband HIV negative, not on PrEP.", "Husband", False, False),
        ("Religious objection to blood products - none stated.", "Religious", True, False),
        # A marker negative in a parenthesis; tests drawn
        ("Chronic hep B (eAg negative, DNA low).", "hep B", False, False),
        ("Urine GC/CT NAAT, HIV 4th gen, RPR, HBsAg drawn.", "HBsAg", False, True),
        # A purpose is not yet done
        (
            "Referred for micro-TESE with a view to sperm cryopreservation.",
            "sperm cryopreservation",
            False,
            True,
        ),
        # A request's reason is a fact, not what is asked
        ("CTA neck requested given strangulation hx.", "strangulation", False, False),
        ("CT head requested due to assault by partner.", "assault", False, False),
        (
            "Bilan demandé compte tenu des violences conjugales.",
            "violences conjugales",
            False,
            False,
        ),
        ("Sérologies proposées au vu du viol de samedi.", "viol", False, False),
        ("Bilan prescrit en raison d'une agression sexuelle.", "agression sexuelle", False, False),
        ("Strangulation screen requested.", "Strangulation", False, True),
        # A post-exposure treatment's kit is no test kit: what is given with it is given
        ("Kit TPE, contraception d'urgence donnés.", "contraception d'urgence", False, False),
        ("Kit de dépistage, VIH, syphilis.", "syphilis", False, True),
        # How a screening question was asked stands between it and its answer
        ("Domestic abuse: asked alone, no concerns.", "Domestic abuse", True, False),
        ("Violences conjugales : questionnée seule, négatif.", "Violences conjugales", True, False),
        ("Domestic abuse: seen alone, hit by partner.", "Domestic abuse", False, False),
        # Something sent is someone's act, not a sample sent to the laboratory
        ("Sextortion - sent £200 to the blackmailer.", "Sextortion", False, False),
        ("Sextortion - sent him photos before the threats.", "Sextortion", False, False),
        ("Chlamydia swab sent to lab.", "Chlamydia swab", False, True),
        ("HIV sent a week ago.", "HIV", False, True),
        ("HIV sent 2 days ago.", "HIV", False, True),
        ("Sextortion: sent 300 euros to the blackmailer.", "Sextortion", False, False),
    ],
)
def test_an_answer_or_a_result_ends_the_doubt(
    text: str, words: str, negated: bool, hypothetical: bool
) -> None:
    finding = qualifiers(text, words)
    assert (finding.negated, finding.hypothetical) == (negated, hypothetical), found(text)


def test_a_partner_of_the_patients_sex_and_a_kind_of_relation_are_both_found() -> None:
    text = "H 44 ans. En couple avec une femme, relations occasionnelles avec des hommes."
    assert classify(text).categories == ("sex_life", "sexual_orientation"), found(text)


def test_a_child_guidance_centre_yields_to_a_denied_disorder() -> None:
    text = "CMPP : bilan d'une fillette de 8 ans, dyslexie, pas de trouble anxio-dépressif."
    assert "mental_health" not in classify(text).categories, found(text)
    assert "mental_health" in classify("Suivi au CMPP pour anxiété.").categories


def test_a_sex_and_an_age_in_a_parenthesis_say_who_the_patient_is() -> None:
    text = "Pt (F, 29) et sa conjointe planifient une insémination."
    assert "sexual_orientation" in classify(text).categories, found(text)
    assert classify("Pt (M, 29) et sa conjointe.").categories == ()


def test_a_sex_written_before_the_age_is_the_patients() -> None:
    assert classify("H 29 ans, vit avec son compagnon.").categories == ("sexual_orientation",)
    assert classify("H29a, partenaire masculin.").categories == ("sexual_orientation",)
    assert classify("Anti-H2 a été arrêté. Vit avec son mari.").categories == ()


def test_a_limb_is_no_title() -> None:
    """ "MS D" (the right upper limb) does not make a man a woman, whose wife would then be
    a partner of the same sex."""
    text = "58 ans, tremblement de repos MS D. Le patient vit avec son épouse."
    assert "sexual_orientation" not in classify(text).categories, found(text)
    assert "sexual_orientation" in classify("Ms Jones, 34, lives with her wife.").categories
