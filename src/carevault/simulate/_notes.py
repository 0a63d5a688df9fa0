"""French clinical note templates for the synthetic practice.

A note is 2 to 5 sentences drawn from the templates of one consultation type (opening, body,
plan), sometimes with a sensitive sentence and sometimes with a decoy. Templates carry
``{slots}`` that the generator fills: drugs and doses, vitals, dates, durations, and the
names of third parties (relatives, partners, specialists) made up by Faker.

Labels. A sentence's categories say what it *discloses*. Sensitive templates disclose at
least one of ``CATEGORIES`` even when worded with a negation ("Idées noires sans projet
suicidaire"). Decoys are worded with the same trigger words but disclose nothing ("Pas
d'ATCD de TS.", "Vaccination hépatite B à jour.") and are labelled non-sensitive: they are
there so that a classifier matching words alone makes mistakes.

Everything random comes from the ``SeededRandom`` and the seeded Faker (``Names``) passed
in; nothing reads the clock.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

_T = TypeVar("_T")

CATEGORIES = (
    "sexual_orientation",
    "sex_life",
    "sexual_violence",
    "religion",
    "hiv_sti",
    "mental_health",
    "addiction",
    "reproductive",
    "violence",
)

_NO_ACCENTS = str.maketrans(
    "àâäéèêëîïôöùûüçÀÂÉÈÊËÎÏÔÙÛÇ",
    "aaaeeeeiioouuucAAEEEEIIOUUC",
)


class SeededRandom(random.Random):
    """``random.Random`` with quicker ``choice``/``randint``/``randrange``.

    The stock methods spend most of their time validating arguments and drawing exact
    bits; for synthetic data a draw from ``random()`` is plenty (bias < 2**-40 for the ranges
    used here) and makes the generator about twice as fast. Same seed, same sequence.
    """

    def _randbelow(self, n: int) -> int:
        return int(self.random() * n)

    def choice(self, seq: SupportsLenAndGetItem[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choices(
        self,
        population: SupportsLenAndGetItem[_T],
        weights: Sequence[float | Fraction] | None = None,
        *,
        cum_weights: Sequence[float | Fraction] | None = None,
        k: int = 1,
    ) -> list[_T]:
        if cum_weights is None or k != 1:
            return super().choices(population, weights, cum_weights=cum_weights, k=k)
        at = bisect.bisect(cum_weights, self.random() * cum_weights[-1], 0, len(cum_weights) - 1)
        return [population[at]]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


@dataclass(frozen=True, slots=True)
class Template:
    text: str
    plain: str  # the same text typed without accents (slot values keep theirs)
    slots: tuple[str, ...]
    categories: tuple[str, ...] = ()
    sex: str | None = None  # "F" or "M" when the sentence only fits one
    min_age: int = 0
    max_age: int = 200
    implies: str | None = None  # ICD-10 code the sentence makes a patient likely to carry
    group: str | None = None  # at most one sentence of a group per note (they contradict)
    topic: tuple[str, ...] = ()  # decoys: the categories whose sentences they would contradict

    def fits(self, *, sex: str, age: int) -> bool:
        return (self.sex is None or self.sex == sex) and self.min_age <= age <= self.max_age


def _t(
    text: str,
    *categories: str,
    sex: str | None = None,
    min_age: int = 0,
    max_age: int = 200,
    implies: str | None = None,
    group: str | None = None,
    topic: tuple[str, ...] = (),
) -> Template:
    unknown = set(categories) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown sensitive category {sorted(unknown)} in a note template")
    slots = tuple(
        name for _, name, _, _ in string.Formatter().parse(text) if name is not None and name
    )
    return Template(
        text=text,
        plain=text.translate(_NO_ACCENTS),
        slots=slots,
        categories=categories,
        sex=sex,
        min_age=min_age,
        max_age=max_age,
        implies=implies,
        group=group,
        topic=topic,
    )


@dataclass(frozen=True, slots=True)
class ConsultType:
    key: str
    reasons: tuple[str, ...]
    body: tuple[Template, ...]
    plan: tuple[Template, ...]
    min_age: int = 0
    max_age: int = 200
    weight: float = 1.0
    sex: str | None = None


# --- sentences any consultation may open with ------------------------------------------------

OPENINGS: tuple[Template, ...] = (
    _t("{name} vu{e} ce jour pour {reason}.", min_age=18),
    _t("Consulte pour {reason}."),
    _t("Vient pour {reason}."),
    _t("Motif : {reason}."),
    _t("{Pt} revu{e} en consultation ce jour.", min_age=16),
    _t("Consultation de suivi, {pt} en bonne forme generale.", min_age=16),
    _t("Vient accompagné{e} de {rel}.", group="companion"),
    _t("ATCD : {atcd}.", min_age=16),
    _t("ATCD perso : {atcd}, pas d'ATCD familial notable.", min_age=16),
    _t("Allergie connue à la pénicilline."),
    _t("Pas d'allergie médicamenteuse connue."),
    _t("Se présente sans RDV pour {reason}."),
)

EXAM: tuple[Template, ...] = (
    _t("TA {ta}, FC {fc}/min."),
    _t("TA {ta} mmHg, pouls {fc}, apyrétique."),
    _t("Poids {poids} kg, IMC {imc}.", min_age=16),
    _t("Poids {poids} kg.", max_age=15),
    _t("T° {temp}°C, SpO2 {spo2}% en AA."),
    _t("Examen clinique sans particularité."),
    _t("Auscultation cardio-pulmonaire RAS."),
    _t("Abdomen souple, dépressible, indolore."),
    _t("Pas de signe de gravité ce jour."),
)

DECOYS: tuple[Template, ...] = (
    _t("Pas d'idées suicidaires.", min_age=15, topic=("mental_health",)),
    _t("Pas d'ATCD de TS.", min_age=15, topic=("mental_health",)),
    _t("Ne fume pas, alcool occasionnel.", min_age=15, topic=("addiction",)),
    _t("Pas de notion de violences.", min_age=15, topic=("violence", "sexual_violence")),
    _t("Vaccination hépatite B à jour.", topic=("hiv_sti",)),
    _t("Pas de rapport à risque rapporté.", min_age=15, topic=("sex_life", "hiv_sti")),
    _t("Pas de trouble de l'humeur, moral correct.", min_age=15, topic=("mental_health",)),
    _t("Pas de consommation de toxiques.", min_age=15, topic=("addiction",)),
    _t("Sérologies non demandées ce jour.", min_age=15, topic=("hiv_sti",)),
    _t("Sommeil correct, pas d'anxiété particulière.", min_age=15, topic=("mental_health",)),
    _t(
        "Pas de désir de grossesse actuellement.",
        sex="F",
        min_age=18,
        max_age=45,
        topic=("reproductive",),
    ),
)

# --- consultation types (none of them sensitive by itself) -----------------------------------

CONSULT_TYPES: tuple[ConsultType, ...] = (
    ConsultType(
        key="hta",
        reasons=("renouvellement ordonnance", "suivi HTA", "consultation de suivi"),
        min_age=35,
        weight=1.6,
        body=(
            _t("HTA connue, traitée par {antihta}."),
            _t("Bonne observance du ttt, pas d'effet indésirable rapporté."),
            _t("Automesure tensionnelle correcte, moyenne autour de {ta}.", group="ta"),
            _t("TA un peu limite ce jour a {ta}, a recontroler.", group="ta"),
            _t("Quelques oedèmes des chevilles depuis l'introduction de l'amlodipine."),
            _t("Pas de douleur thoracique, pas de dyspnée d'effort."),
            _t("Dernier bilan bio du {date} : créat {creat} µmol/L, kaliémie normale."),
            _t("ECG : rythme sinusal régulier, pas de trouble de repolarisation."),
        ),
        plan=(
            _t("Renouvellement du ttt pour 3 mois."),
            _t("ECG de contrôle prévu au prochain RDV."),
            _t("Bilan lipidique et créat à faire avant la prochaine consult."),
            _t("Reconvoqué{e} dans 3 mois."),
            _t("Conseils hygiéno-diététiques redonnés (sel, activité physique)."),
            _t("Ajout de {antihta} au ttt habituel."),
        ),
    ),
    ConsultType(
        key="diabete",
        reasons=("suivi diabète", "bilan trimestriel", "renouvellement ordonnance"),
        min_age=30,
        weight=1.0,
        body=(
            _t("DT2 connu depuis {year}, sous {antidiab}."),
            _t("HbA1c du {date} à {hba1c} %, en amélioration.", group="hba1c"),
            _t("HbA1c a {hba1c} %, objectif non atteint.", group="hba1c"),
            _t("Glycémies capillaires autour de {gly} g/L le matin."),
            _t("Pas d'hypoglycémie rapportée."),
            _t("Examen des pieds : pas de plaie, monofilament perçu."),
            _t("FO fait en {year}, pas de rétinopathie."),
        ),
        plan=(
            _t("Majoration de la metformine discutée, {pt} réticent{e}."),
            _t("Adressé{e} au {spec}, endocrinologue, pour avis."),
            _t("Bilan : HbA1c, créat, microalbuminurie, EAL."),
            _t("Rappel podologue et ophtalmo annuel."),
            _t("Renouvellement {antidiab} pour 3 mois."),
        ),
    ),
    ConsultType(
        key="orl",
        reasons=("fièvre", "toux", "mal de gorge", "rhinopharyngite", "syndrome grippal"),
        weight=2.0,
        body=(
            _t("Fièvre à {temp}°C depuis {dur}, toux sèche.", group="fever"),
            _t("Odynophagie depuis {dur}, pas de toux."),
            _t("Rhinorrhée claire, obstruction nasale, pas de fievre.", group="fever"),
            _t(
                "Gorge érythémateuse, amygdales augmentées de volume, TDR strepto négatif.",
                group="tdr",
            ),
            _t("TDR strepto positif.", group="tdr"),
            _t("Tympans calmes, pas d'otite.", group="ear"),
            _t("OMA droite, tympan bombé et congestif.", group="ear"),
            _t("Crépitants base droite, SpO2 {spo2}%.", group="lung"),
            _t("Auscultation pulmonaire libre et symétrique.", group="lung"),
            _t("Test antigénique covid négatif."),
        ),
        plan=(
            _t("Ttt symptomatique : {antalg}, lavages de nez."),
            _t("Mise sous {atb}."),
            _t("Arrêt de travail de {njours} jours.", min_age=18, max_age=67),
            _t("A reconsulter si persistance de la fièvre au-delà de 72h."),
            _t("Radio de thorax demandée."),
        ),
    ),
    ConsultType(
        key="gastro",
        reasons=("douleurs abdominales", "gastro-entérite", "reflux"),
        min_age=3,
        weight=1.0,
        body=(
            _t(
                "Diarrhées et vomissements depuis {dur}, pas de sang dans les selles.",
                group="complaint",
            ),
            _t("Douleurs épigastriques post-prandiales, pyrosis.", group="complaint"),
            _t("Abdomen souple, sensibilité FID sans défense."),
            _t("Pas de signe de déshydratation."),
            _t("Contexte épidémique familial, frère malade aussi."),
            _t("Transit conservé, pas de fièvre.", group="complaint"),
        ),
        plan=(
            _t("Réhydratation orale, régime adapté."),
            _t("{ipp} pendant 4 semaines.", min_age=16),
            _t("Echo abdo prescrite."),
            _t("Bilan : NFS, CRP, lipase, BHC."),
        ),
    ),
    ConsultType(
        key="dos",
        reasons=("lombalgie", "mal de dos", "cervicalgie"),
        min_age=16,
        weight=1.0,
        body=(
            _t("Lombalgie aiguë depuis {dur} après port de charge."),
            _t("Cervicalgies depuis {dur}, raideur au réveil."),
            _t("Pas de sciatalgie, pas de déficit moteur."),
            _t("Lasègue négatif des deux côtés."),
            _t("Contracture paravertébrale, pas de signe neuro."),
            _t("Lombalgie chronique connue, poussée depuis {dur}."),
        ),
        plan=(
            _t("{ains} pendant 5 jours + {antalg}."),
            _t("Kiné prescrite, 10 séances."),
            _t("Arrêt de travail de {njours} jours.", min_age=18, max_age=67),
            _t("Radio lombaire si pas d'amélioration à 4 semaines."),
        ),
    ),
    ConsultType(
        key="traumato",
        reasons=("entorse", "douleur épaule", "chute", "traumatisme"),
        min_age=8,
        weight=0.8,
        body=(
            _t(
                "Entorse de cheville droite lors d'un match de foot, oedème malléolaire externe.",
                group="site",
            ),
            _t("Critères d'Ottawa négatifs, pas de radio."),
            _t("Douleur de l'épaule gauche à l'abduction, Jobe positif.", group="site"),
            _t("Chute de vélo le {date}, dermabrasions des genoux.", group="site"),
            _t("Pas de point d'appel osseux, mobilité conservée."),
        ),
        plan=(
            _t("Strapping, glace et repos 48h."),
            _t("Kiné prescrite, 10 séances."),
            _t("{ains} pendant 5 jours + {antalg}.", min_age=16),
            _t("Radio demandée pour éliminer une fracture."),
        ),
    ),
    ConsultType(
        key="pediatrie",
        reasons=("vaccination", "examen systématique", "fièvre", "certificat"),
        max_age=15,
        weight=3.0,
        body=(
            _t("Enfant vu avec {rel_parent}.", group="companion"),
            _t("Courbe de croissance harmonieuse, poids {poids} kg."),
            _t("Développement psychomoteur normal pour l'âge."),
            _t("Vaccins à jour selon le calendrier vaccinal."),
            _t("Injection du rappel {vaccin} ce jour, bien toléré."),
            _t("Bonne alimentation, sommeil correct."),
            _t("Otoscopie normale, pas d'adénopathie."),
        ),
        plan=(
            _t("Prochain RDV dans 6 mois."),
            _t("Carnet de santé rempli."),
            _t("Paracétamol 15 mg/kg toutes les 6h si fièvre."),
        ),
    ),
    ConsultType(
        key="certificat",
        reasons=("certificat sport", "certificat médical", "visite d'aptitude"),
        min_age=6,
        max_age=70,
        weight=0.8,
        body=(
            _t("Demande de certificat de non contre-indication à {sport}."),
            _t("Pas d'ATCD cardio-vasculaire familial, pas de malaise à l'effort."),
            _t("ECG de repos normal."),
            _t("Examen clinique normal, certificat rédigé."),
        ),
        plan=(
            _t("Certificat remis, valable un an."),
            _t("Rappel : hydratation et échauffement."),
        ),
    ),
    ConsultType(
        key="dermato",
        reasons=("lésion cutanée", "eczéma", "piqûre d'insecte", "acné"),
        weight=0.9,
        body=(
            _t("Plaques érythémato-squameuses des coudes."),
            _t("Eczéma des plis, prurit nocturne."),
            _t("Naevus du dos à surveiller, bords réguliers."),
            _t("Acné inflammatoire du visage.", min_age=11, max_age=30),
            _t("Piqûre de tique il y a {dur}, pas d'érythème migrant."),
        ),
        plan=(
            _t("Dermocorticoïde 2x/j pendant 7 jours puis décroissance."),
            _t("Adressé{e} au {spec}, dermatologue."),
            _t("Emollients quotidiens."),
        ),
    ),
    ConsultType(
        key="bilan",
        reasons=("bilan annuel", "résultats de bilan", "fatigue"),
        min_age=18,
        weight=1.0,
        body=(
            _t("Vient pour résultats du bilan du {date}."),
            _t("Bilan lipidique : LDL à {ldl} g/L."),
            _t("TSH normale, NFS sans anomalie."),
            _t("Fatigue depuis {dur}, pas de perte de poids."),
            _t("Ferritine basse à {ferritine} µg/L, supplémentation martiale."),
            _t("Tabac sevré depuis {year}."),
        ),
        plan=(
            _t("Statine introduite : {statine}."),
            _t("Contrôle bio dans 3 mois."),
            _t("Dépistage colorectal proposé, kit remis.", min_age=50, max_age=74),
            _t("Mammo de dépistage à jour.", sex="F", min_age=50, max_age=74),
            _t("FCU fait ce jour.", sex="F", min_age=25, max_age=65),
        ),
    ),
    ConsultType(
        key="geriatrie",
        reasons=("visite à domicile", "chute", "suivi", "renouvellement ordonnance"),
        min_age=70,
        weight=2.0,
        body=(
            _t("Visite à domicile, {pt} vit seul{e}, aide ménagère 2x/sem."),
            _t("Chute mécanique le {date} sans perte de connaissance."),
            _t("Hématome du coude, pas de fracture cliniquement."),
            _t("Troubles de la marche, appui sur canne."),
            _t("MMS à {mms}/30."),
            _t("Appel de {rel} qui s'inquiète de troubles de mémoire."),
            _t("Vit avec {rel}, qui gère les médicaments."),
            _t("Polymédication, ttt revu : arrêt de {drug}."),
        ),
        plan=(
            _t("Kiné à domicile pour rééducation à la marche."),
            _t("Passage IDE quotidien pour le pilulier."),
            _t("Téléalarme conseillée."),
            _t("Adressé{e} en consultation mémoire."),
        ),
    ),
    ConsultType(
        key="urinaire",
        reasons=("brûlures mictionnelles", "infection urinaire"),
        min_age=15,
        weight=0.8,
        sex="F",
        body=(
            _t("Brûlures mictionnelles et pollakiurie depuis {dur}."),
            _t("BU positive (leuco +++, nitrites +)."),
            _t("Pas de fièvre, pas de douleur lombaire."),
        ),
        plan=(
            _t("Fosfomycine dose unique."),
            _t("ECBU si récidive."),
        ),
    ),
    ConsultType(
        key="vaccination",
        reasons=("vaccination grippe", "rappel DTP", "vaccination"),
        min_age=16,
        weight=0.7,
        body=(
            _t("Vaccin antigrippal fait ce jour, lot noté dans le dossier."),
            _t("Rappel dTcaP fait ce jour, bras gauche."),
            _t("Pas de réaction aux injections précédentes."),
        ),
        plan=(
            _t("Prochain rappel dans 10 ans."),
            _t("Surveillance 15 min post-injection, RAS."),
        ),
    ),
)

CONSULT_BY_KEY = {consult.key: consult for consult in CONSULT_TYPES}
CONDITION_CONSULT = {"I10": "hta", "E11": "diabete", "E78": "bilan", "M54": "dos"}

# --- sensitive sentences, by category --------------------------------------------------------

_A = 15  # no sensitive sentence in the notes of a child under this age

SENSITIVE: dict[str, tuple[Template, ...]] = {
    "sexual_orientation": (
        _t(
            "{Pt} homosexuel{le}, en couple avec {partner_same} depuis {n} ans.",
            "sexual_orientation",
            min_age=18,
        ),
        _t(
            "Se dit bisexuel{le}, n'en a jamais parlé à sa famille.",
            "sexual_orientation",
            min_age=_A,
        ),
        _t(
            "HSH, multipartenaire, PrEP discutée ce jour.",
            "sexual_orientation",
            "sex_life",
            "hiv_sti",
            sex="M",
            min_age=18,
        ),
        _t(
            "Vit en couple avec {partner_same}, ne souhaite pas que ce soit connu au travail.",
            "sexual_orientation",
            min_age=20,
        ),
        _t(
            "Lesbienne, projet de PMA avec {partner_same}.",
            "sexual_orientation",
            "reproductive",
            sex="F",
            min_age=25,
            max_age=45,
        ),
        _t(
            "Questionnement sur son orientation sexuelle, angoisse importante.",
            "sexual_orientation",
            "mental_health",
            min_age=_A,
            max_age=40,
        ),
        _t(
            "Coming out récent auprès de ses parents, rupture avec le père.",
            "sexual_orientation",
            min_age=_A,
            max_age=40,
        ),
    ),
    "sex_life": (
        _t(
            "Relation extra-conjugale depuis {n} mois, inquiet{e} d'une IST.",
            "sex_life",
            "hiv_sti",
            min_age=20,
        ),
        _t(
            "Avoue une liaison avec {lover}, son épouse n'est pas au courant.",
            "sex_life",
            sex="M",
            min_age=22,
        ),
        _t(
            "Trompe son mari depuis l'an dernier, demande un dépistage discret.",
            "sex_life",
            "hiv_sti",
            sex="F",
            min_age=22,
        ),
        _t(
            "Rapports non protégés avec plusieurs partenaires ces derniers mois.",
            "sex_life",
            min_age=16,
        ),
        _t(
            "Troubles de l'érection depuis {dur}, retentissement conjugal, sildénafil prescrit.",
            "sex_life",
            sex="M",
            min_age=35,
        ),
        _t(
            "Dyspareunie et baisse de libido, difficultés sexuelles dans le couple.",
            "sex_life",
            sex="F",
            min_age=20,
        ),
        _t("Fréquente des clubs échangistes avec {partner}.", "sex_life", min_age=25),
        _t(
            "Recours occasionnel à la prostitution, rapports parfois non protégés.",
            "sex_life",
            sex="M",
            min_age=20,
        ),
        _t(
            "Plus de rapports depuis la naissance du 2e enfant, tensions dans le couple.",
            "sex_life",
            min_age=25,
            max_age=55,
        ),
    ),
    "sexual_violence": (
        _t(
            "Rapporte avoir été violé{e} en {year}, n'a jamais porté plainte.",
            "sexual_violence",
            min_age=_A,
        ),
        _t(
            "Victime d'attouchements dans l'enfance par un oncle, en parle pour la première fois.",
            "sexual_violence",
            min_age=_A,
        ),
        _t(
            "Agression sexuelle lors d'une soirée le {date}, orienté{e} vers les UMJ.",
            "sexual_violence",
            min_age=_A,
            max_age=60,
        ),
        _t(
            "Rapport non consenti avec {partner_ex}, ne veut pas porter plainte pour l'instant.",
            "sexual_violence",
            min_age=16,
        ),
        _t(
            "Inceste rapporté (beau-père), signalement discuté avec {pt}.",
            "sexual_violence",
            min_age=_A,
        ),
        _t(
            "Viol conjugal évoqué à demi-mot, à réaborder.",
            "sexual_violence",
            "violence",
            sex="F",
            min_age=18,
        ),
    ),
    "religion": (
        _t(
            "Témoin de Jéhovah, refuse toute transfusion sanguine, directives anticipées signées.",
            "religion",
            min_age=18,
        ),
        _t(
            "TJ : refus de transfusion y compris en urgence, confirmé ce jour.",
            "religion",
            min_age=18,
        ),
        _t(
            "Pratique le Ramadan, adaptation des prises de {antidiab} discutée.",
            "religion",
            min_age=30,
            implies="E11",
        ),
        _t("Jeûne du Ramadan, conseils d'hydratation et décalage du ttt.", "religion", min_age=_A),
        _t(
            "Musulman{e} pratiquant{e}, souhaite être examiné{e} par un médecin du même sexe.",
            "religion",
            min_age=_A,
        ),
        _t("Juif pratiquant, ne consulte pas pendant le shabbat.", "religion", sex="M", min_age=_A),
        _t(
            "Catholique pratiquante, refuse la contraception pour raisons religieuses.",
            "religion",
            "reproductive",
            sex="F",
            min_age=18,
            max_age=50,
        ),
        _t(
            "Convertie récemment à l'islam, porte le voile depuis peu, conflit avec ses parents.",
            "religion",
            sex="F",
            min_age=_A,
            max_age=45,
        ),
        _t("Refuse les vaccins pour motif religieux.", "religion", min_age=18),
    ),
    "hiv_sti": (
        _t(
            "VIH+ connu depuis {year}, CV indétectable sous {arv}.",
            "hiv_sti",
            min_age=18,
            implies="B20",
            group="hiv",
        ),
        _t(
            "Séropositivité VIH découverte le {date}, annonce faite ce jour.",
            "hiv_sti",
            min_age=16,
            implies="B20",
            group="hiv",
        ),
        _t(
            "Suivi VIH en SMIT, CD4 à {cd4}/mm3.", "hiv_sti", min_age=18, implies="B20", group="hiv"
        ),
        _t(
            "Chlamydia trachomatis sur PCR, doxycycline 7 jours, partenaire à traiter.",
            "hiv_sti",
            min_age=_A,
        ),
        _t("Syphilis secondaire, Extencilline 2,4 MUI IM ce jour.", "hiv_sti", min_age=16),
        _t(
            "Gonococcie, ceftriaxone IM, dépistage des partenaires conseillé.",
            "hiv_sti",
            min_age=_A,
        ),
        _t(
            "Sérologie VIH négative, à recontrôler à 6 semaines après la prise de risque.",
            "hiv_sti",
            "sex_life",
            min_age=_A,
            group="hiv",
        ),
        _t("Herpès génital récidivant, valaciclovir au long cours.", "hiv_sti", min_age=_A),
        _t("Condylomes génitaux, adressé{e} au {spec}, dermatologue.", "hiv_sti", min_age=_A),
        _t("Hépatite B chronique découverte au bilan, Ag HBs positif.", "hiv_sti", min_age=18),
    ),
    "mental_health": (
        _t(
            "TS par IMV de paracétamol en {year}, hospitalisé{e} en psychiatrie.",
            "mental_health",
            min_age=_A,
        ),
        _t("ATCD de tentative de suicide par phlébotomie en {year}.", "mental_health", min_age=_A),
        _t(
            "Syndrome dépressif sous {psy}, pas d'idées suicidaires ce jour.",
            "mental_health",
            min_age=_A,
            implies="F32",
        ),
        _t(
            "Idées suicidaires scénarisées, adressé{e} aux urgences psychiatriques.",
            "mental_health",
            min_age=_A,
        ),
        _t(
            "Idées noires sans projet suicidaire, suivi rapproché.",
            "mental_health",
            min_age=_A,
            implies="F32",
        ),
        _t("Trouble bipolaire sous lithium, suivi au CMP.", "mental_health", min_age=18),
        _t(
            "Schizophrénie stabilisée sous rispéridone, suivi{e} par le {spec}, psychiatre.",
            "mental_health",
            min_age=18,
        ),
        _t(
            "Burn-out, arrêt prolongé, anxiété majeure, sous {anxio}.",
            "mental_health",
            min_age=22,
            max_age=65,
        ),
        _t(
            "Anorexie mentale, IMC à {imc_low}, hospitalisation discutée.",
            "mental_health",
            min_age=_A,
            max_age=35,
        ),
        _t(
            "Scarifications des avant-bras découvertes à l'examen, en parle peu.",
            "mental_health",
            min_age=_A,
            max_age=40,
        ),
        _t(
            "Humeur triste, anhédonie, ralentissement, sous {psy} depuis {dur}.",
            "mental_health",
            min_age=_A,
            implies="F32",
        ),
    ),
    "addiction": (
        _t(
            "OH chronique, environ {verres} verres/j, a rechuté après la cure.",
            "addiction",
            min_age=18,
            implies="F10",
        ),
        _t("Consommation de cocaïne le week-end, souhaite arrêter.", "addiction", min_age=16),
        _t("Sous méthadone {metha} mg/j, délivrance en pharmacie.", "addiction", min_age=18),
        _t("Sous buprénorphine (Subutex) {subu} mg/j, suivi CSAPA.", "addiction", min_age=18),
        _t(
            "Cannabis quotidien ({joints} joints/j), retentissement scolaire.",
            "addiction",
            min_age=_A,
            max_age=22,
        ),
        _t("Dépendance aux benzodiazépines, sevrage progressif proposé.", "addiction", min_age=25),
        _t(
            "Addiction aux jeux d'argent, dettes importantes, conflit familial.",
            "addiction",
            min_age=20,
        ),
        _t(
            "Chemsex rapporté (GHB, 3-MMC), informé{e} des risques.",
            "addiction",
            "sex_life",
            min_age=18,
            max_age=60,
        ),
        _t(
            "Ivresse aiguë le {date}, passage aux urgences, alcoolémie à 2,4 g/L.",
            "addiction",
            min_age=_A,
        ),
    ),
    "reproductive": (
        _t("IVG médicamenteuse en {year}.", "reproductive", sex="F", min_age=18),
        _t(
            "Demande d'IVG, terme estimé à {sa} SA, orientée vers le CPEF.",
            "reproductive",
            sex="F",
            min_age=_A,
            max_age=47,
        ),
        _t(
            "Grossesse non désirée, souhaite interrompre, n'en a pas parlé à {partner}.",
            "reproductive",
            sex="F",
            min_age=16,
            max_age=47,
        ),
        _t("FCS à {sa2} SA en {year}, vécue difficilement.", "reproductive", sex="F", min_age=20),
        _t(
            "Parcours PMA en cours, FIV prévue en début d'année.",
            "reproductive",
            sex="F",
            min_age=25,
            max_age=45,
        ),
        _t(
            "Contraception d'urgence prise le {date}.",
            "reproductive",
            sex="F",
            min_age=_A,
            max_age=50,
        ),
        _t(
            "Souhaite une vasectomie, en a discuté avec {partner}.",
            "reproductive",
            sex="M",
            min_age=30,
            max_age=60,
        ),
        _t(
            "Infertilité du couple, spermogramme altéré.",
            "reproductive",
            sex="M",
            min_age=25,
            max_age=55,
        ),
        _t(
            "Pilule renouvelée, ne souhaite pas que ses parents soient informés.",
            "reproductive",
            sex="F",
            min_age=_A,
            max_age=19,
        ),
    ),
    "violence": (
        _t(
            "Violences conjugales : ecchymoses des bras, dit avoir été frappée par {partner}.",
            "violence",
            sex="F",
            min_age=18,
        ),
        _t("Certificat de coups et blessures établi, ITT {itt} jours.", "violence", min_age=16),
        _t(
            "Menaces et harcèlement de la part de {partner_ex}, main courante déposée.",
            "violence",
            min_age=18,
        ),
        _t(
            "Dit que {partner} la surveille et contrôle ses dépenses, peur de rentrer.",
            "violence",
            sex="F",
            min_age=18,
        ),
        _t(
            "Bousculé{e} par son fils lors d'une dispute, ne veut pas porter plainte.",
            "violence",
            min_age=65,
        ),
        _t(
            "Violences physiques dans l'enfance par le père, évoquées ce jour.",
            "violence",
            min_age=18,
        ),
        _t(
            "Agressé{e} dans la rue le {date}, plaie de l'arcade suturée aux urgences.",
            "violence",
            min_age=16,
        ),
    ),
}

# How often each category is a patient's "theme" (relative weights).
CATEGORY_WEIGHTS: dict[str, float] = {
    "sexual_orientation": 0.8,
    "sex_life": 1.0,
    "sexual_violence": 0.6,
    "religion": 0.9,
    "hiv_sti": 1.0,
    "mental_health": 1.6,
    "addiction": 1.2,
    "reproductive": 0.9,
    "violence": 0.8,
}

# --- slot values ------------------------------------------------------------------------------

_ANTIHTA = (
    "amlodipine 5 mg",
    "ramipril 5 mg",
    "périndopril 4 mg",
    "irbésartan 150 mg",
    "bisoprolol 2,5 mg",
    "valsartan/HCTZ 160/12,5",
    "indapamide LP 1,5 mg",
    "candesartan 8 mg",
)
_ANTIDIAB = (
    "metformine 1000 mg x2/j",
    "metformine 850 mg x3/j",
    "gliclazide LP 60 mg",
    "sitagliptine 100 mg",
    "dulaglutide 1,5 mg/sem",
    "empagliflozine 10 mg",
    "insuline glargine 20 UI le soir",
)
_ATB = (
    "amoxicilline 1 g x3/j pdt 6 j",
    "amoxicilline 1 g x2/j 6 jours",
    "amox-ac clav 1 g x3/j",
    "pristinamycine 1 g x2/j",
    "azithromycine 250 mg 3 j",
    "cefpodoxime 100 mg x2/j",
)
_ATB_CHILD = (
    "amoxicilline 50 mg/kg/j en 2 prises",
    "amoxicilline 80 mg/kg/j 8 jours",
    "cefpodoxime 8 mg/kg/j",
)
_ANTALG = (
    "paracétamol 1 g x3/j",
    "paracétamol 1 g si douleur, max 4 g/j",
    "Doliprane 1000",
    "tramadol 50 mg si besoin",
    "paracétamol-codéine",
)
_ANTALG_CHILD = ("paracétamol 15 mg/kg x4/j", "Doliprane sirop dose-poids")
_AINS = (
    "ibuprofène 400 mg x3/j",
    "kétoprofène LP 100 mg",
    "naproxène 550 mg x2/j",
    "diclofénac 50 mg x3/j",
)
_IPP = ("oméprazole 20 mg", "ésoméprazole 40 mg", "pantoprazole 40 mg", "lansoprazole 30 mg")
_STATINE = ("atorvastatine 10 mg", "rosuvastatine 5 mg", "simvastatine 20 mg", "pravastatine 40 mg")
_PSY = (
    "sertraline 50 mg",
    "escitalopram 10 mg",
    "venlafaxine LP 75 mg",
    "fluoxétine 20 mg",
    "paroxétine 20 mg",
    "mirtazapine 15 mg",
)
_ANXIO = ("alprazolam 0,25 mg", "hydroxyzine 25 mg", "bromazépam 6 mg", "oxazépam 10 mg")
_ARV = ("Biktarvy 1 cp/j", "Triumeq", "Genvoya", "Dovato", "Odefsey")
_DRUG_OLD = (
    "zolpidem",
    "hydroxyzine",
    "oxazépam",
    "tramadol",
    "diosmine",
    "ginkgo biloba",
    "kétoprofène",
    "l'aspirine 75 mg",
)
_ATCD = (
    "appendicectomie",
    "HTA",
    "asthme dans l'enfance",
    "fracture poignet G",
    "cholécystectomie",
    "migraines",
    "canal carpien opéré",
    "hernie inguinale opérée",
    "amygdalectomie",
    "RGO",
    "hypothyroïdie substituée",
    "calculs rénaux",
)
_SPORT = (
    "la pratique du football",
    "la course à pied en compétition",
    "la natation",
    "la pratique du judo",
    "la pratique du tennis",
    "la plongée sous-marine",
    "la pratique du rugby",
    "la randonnée en montagne",
    "la pratique du handball",
)
_VACCIN = ("DTP", "ROR", "hexavalent", "pneumocoque", "méningocoque", "HPV")
_SPECIALIST_TITLE = ("Dr", "Dr", "Dr", "Pr")

_RELATIVES_ADULT = (
    ("sa fille", "F", "kin"),
    ("son fils", "M", "kin"),
    ("son épouse", "F", "spouse"),
    ("son mari", "M", "spouse"),
    ("sa sœur", "F", "kin"),
    ("son frère", "M", "kin"),
    ("sa voisine", "F", "other"),
    ("sa belle-fille", "F", "other"),
)
_RELATIVES_YOUNG = (
    ("sa mère", "F", "kin"),
    ("son père", "M", "kin"),
    ("sa grand-mère", "F", "other"),
    ("sa tante", "F", "other"),
)


class Names:
    """Names from Faker's fr_FR lists, drawn with the seeded Faker's own ``Random``.

    Same data and same seeding as ``fake.last_name()`` and friends, without the proxy and
    format-parsing overhead that made Faker a fifth of the generation time.
    """

    def __init__(self, fake: Any) -> None:
        person = fake.provider("faker.providers.person")
        address = fake.provider("faker.providers.address")
        self._fake = fake
        self._random: random.Random = fake.random
        self._female: tuple[str, ...] = tuple(person.first_names_female)
        self._male: tuple[str, ...] = tuple(person.first_names_male)
        self._last: tuple[str, ...] = tuple(person.last_names)
        self._street_prefixes: tuple[str, ...] = tuple(address.street_prefixes)

    def _pick(self, values: tuple[str, ...]) -> str:
        return values[int(self._random.random() * len(values))]

    def first(self, sex: str) -> str:
        return self._pick(self._female if sex == "F" else self._male)

    def last(self) -> str:
        return self._pick(self._last)

    def street(self) -> str:
        prefix = self._pick(self._street_prefixes)
        form = self._random.random()
        if form < 1 / 3:
            return f"{prefix} {self.last()}"
        if form < 2 / 3:
            first = self.first("F" if self._random.random() < 0.5 else "M")
            return f"{prefix} {first} {self.last()}"
        return f"{prefix} de {self.last()}"

    def city(self) -> str:
        return str(self._fake.city())


@dataclass
class NoteContext:
    """What a template may draw on while being filled."""

    rng: random.Random
    names: Names
    sex: str  # "F" or "M"
    age: int
    family: str
    given: str
    reason: str
    day: dt.date
    birth_year: int
    third_parties: list[str] = field(default_factory=list)

    def person(self, sex: str, family: str | None = None) -> str:
        """A third party's name, recorded as such."""
        first = self.names.first(sex)
        last = family if family is not None else self.names.last()
        name = f"{first} {last}"
        self.third_parties.append(name)
        return name

    def past_date(self, *, low: int = 3, high: int = 400) -> str:
        return (self.day - dt.timedelta(days=self.rng.randint(low, high))).strftime("%d/%m/%Y")

    def past_year(self) -> int:
        earliest = max(self.birth_year + 14, self.day.year - 20)
        latest = max(earliest, self.day.year - 1)
        return self.rng.randint(earliest, latest)


def _fem(ctx: NoteContext, feminine: str, masculine: str) -> str:
    return feminine if ctx.sex == "F" else masculine


def _ta(ctx: NoteContext) -> str:
    systolic = ctx.rng.randint(105, 165)
    diastolic = ctx.rng.randint(60, min(100, systolic - 35))
    if ctx.rng.random() < 0.4:
        return f"{round(systolic / 10)}/{round(diastolic / 10)}"
    return f"{systolic}/{diastolic}"


def _decimal(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _poids(ctx: NoteContext) -> str:
    if ctx.age < 16:
        return _decimal(3.5 + ctx.age * 3.1 * ctx.rng.uniform(0.85, 1.15))
    return str(ctx.rng.randint(48 if ctx.sex == "F" else 58, 105 if ctx.sex == "F" else 120))


def _dur(ctx: NoteContext) -> str:
    unit = ctx.rng.random()
    if unit < 0.5:
        return f"{ctx.rng.randint(2, 10)} jours"
    if unit < 0.8:
        return f"{ctx.rng.randint(2, 6)} semaines"
    if unit < 0.9:
        return "48h"
    return f"{ctx.rng.randint(2, 8)} mois"


def _relative(ctx: NoteContext) -> str:
    pool = _RELATIVES_YOUNG if ctx.age < 18 else _RELATIVES_ADULT
    label, sex, kind = ctx.rng.choice(pool)
    if kind == "spouse" and (sex == ctx.sex or ctx.age < 20):
        label, sex, kind = ("son fils", "M", "kin") if ctx.age >= 40 else ("sa sœur", "F", "kin")
    if ctx.age < 40 and label in {"sa fille", "son fils", "sa belle-fille"}:
        label, sex, kind = ("sa mère", "F", "kin")
    family = ctx.family if kind == "kin" and ctx.rng.random() < 0.6 else None
    if kind == "spouse" and ctx.sex == "F" and ctx.rng.random() < 0.7:
        family = ctx.family
    return f"{label} {ctx.person(sex, family)}"


def _parent(ctx: NoteContext) -> str:
    label, sex = ("sa mère", "F") if ctx.rng.random() < 0.7 else ("son père", "M")
    return f"{label} {ctx.person(sex, ctx.family if ctx.rng.random() < 0.8 else None)}"


def _partner(ctx: NoteContext) -> str:
    other = "M" if ctx.sex == "F" else "F"
    label = (
        ctx.rng.choice(("son conjoint", "son compagnon", "son mari"))
        if other == "M"
        else (ctx.rng.choice(("sa conjointe", "sa compagne", "sa femme")))
    )
    return f"{label} {ctx.person(other)}"


def _partner_same(ctx: NoteContext) -> str:
    label = "son compagnon" if ctx.sex == "M" else "sa compagne"
    return f"{label} {ctx.person(ctx.sex)}"


def _partner_ex(ctx: NoteContext) -> str:
    other = "M" if ctx.sex == "F" else "F"
    label = "son ex-compagnon" if other == "M" else "son ex-compagne"
    return f"{label} {ctx.person(other)}"


def _lover(ctx: NoteContext) -> str:
    return (
        f"une collègue, {ctx.person('F')}"
        if ctx.rng.random() < 0.6
        else (f"{ctx.person('F')}, rencontrée sur une application")
    )


def _specialist(ctx: NoteContext) -> str:
    title = ctx.rng.choice(_SPECIALIST_TITLE)
    return f"{title} {ctx.person('F' if ctx.rng.random() < 0.5 else 'M')}"


def _name(ctx: NoteContext) -> str:
    if ctx.age < 18:
        return ctx.given
    return f"{_fem(ctx, 'Mme', 'M.')} {ctx.family}"


def _choice(values: Sequence[str]) -> Callable[[NoteContext], str]:
    return lambda ctx: ctx.rng.choice(values)


def _child_or_adult(child: Sequence[str], adult: Sequence[str]) -> Callable[[NoteContext], str]:
    return lambda ctx: ctx.rng.choice(child if ctx.age < 16 else adult)


_SLOTS: dict[str, Callable[[NoteContext], str]] = {
    "e": lambda ctx: _fem(ctx, "e", ""),
    "le": lambda ctx: _fem(ctx, "le", ""),
    "Pt": lambda ctx: _fem(ctx, "Patiente", "Patient"),
    "pt": lambda ctx: _fem(ctx, "patiente", "patient"),
    "name": _name,
    "reason": lambda ctx: ctx.reason,
    "rel": _relative,
    "rel_parent": _parent,
    "partner": _partner,
    "partner_same": _partner_same,
    "partner_ex": _partner_ex,
    "lover": _lover,
    "spec": _specialist,
    "date": lambda ctx: ctx.past_date(),
    "year": lambda ctx: str(ctx.past_year()),
    "dur": _dur,
    "n": lambda ctx: str(ctx.rng.randint(2, 12)),
    "ta": _ta,
    "fc": lambda ctx: str(ctx.rng.randint(52, 104)),
    "temp": lambda ctx: _decimal(ctx.rng.uniform(37.8, 40.2)),
    "spo2": lambda ctx: str(ctx.rng.randint(92, 99)),
    "poids": _poids,
    "imc": lambda ctx: _decimal(ctx.rng.uniform(18.5, 36.0)),
    "imc_low": lambda ctx: _decimal(ctx.rng.uniform(13.5, 17.0)),
    "hba1c": lambda ctx: _decimal(ctx.rng.uniform(6.1, 9.8)),
    "gly": lambda ctx: _decimal(ctx.rng.uniform(1.05, 2.2), 2),
    "creat": lambda ctx: str(ctx.rng.randint(55, 130)),
    "ldl": lambda ctx: _decimal(ctx.rng.uniform(0.9, 2.2), 2),
    "ferritine": lambda ctx: str(ctx.rng.randint(5, 25)),
    "mms": lambda ctx: str(ctx.rng.randint(14, 29)),
    "cd4": lambda ctx: str(ctx.rng.randrange(200, 1100, 10)),
    "verres": lambda ctx: str(ctx.rng.randint(4, 15)),
    "metha": lambda ctx: str(ctx.rng.randrange(20, 110, 10)),
    "subu": lambda ctx: str(ctx.rng.randrange(2, 18, 2)),
    "joints": lambda ctx: str(ctx.rng.randint(2, 10)),
    "sa": lambda ctx: str(ctx.rng.randint(5, 12)),
    "sa2": lambda ctx: str(ctx.rng.randint(6, 14)),
    "itt": lambda ctx: str(ctx.rng.randint(1, 10)),
    "njours": lambda ctx: str(ctx.rng.randint(2, 7)),
    "antihta": _choice(_ANTIHTA),
    "antidiab": _choice(_ANTIDIAB),
    "atb": _child_or_adult(_ATB_CHILD, _ATB),
    "antalg": _child_or_adult(_ANTALG_CHILD, _ANTALG),
    "ains": _choice(_AINS),
    "ipp": _choice(_IPP),
    "statine": _choice(_STATINE),
    "psy": _choice(_PSY),
    "anxio": _choice(_ANXIO),
    "arv": _choice(_ARV),
    "drug": _choice(_DRUG_OLD),
    "atcd": _choice(_ATCD),
    "sport": _choice(_SPORT),
    "vaccin": _choice(_VACCIN),
}


def _check_slots() -> None:
    templates = [*OPENINGS, *EXAM, *DECOYS]
    for consult in CONSULT_TYPES:
        templates += [*consult.body, *consult.plan]
    for pool in SENSITIVE.values():
        templates += pool
    for template in templates:
        missing = set(template.slots) - _SLOTS.keys()
        if missing:
            raise ValueError(f"note template uses unknown slots {sorted(missing)}")


_check_slots()


def fill(template: Template, ctx: NoteContext, *, plain: bool) -> str:
    pattern = template.plain if plain else template.text
    if not template.slots:
        return pattern
    return pattern.format_map({slot: _SLOTS[slot](ctx) for slot in template.slots})


def template_count() -> int:
    """How many sentence templates there are (the brief asks for at least 60)."""
    count = len(OPENINGS) + len(EXAM) + len(DECOYS)
    count += sum(len(c.body) + len(c.plan) for c in CONSULT_TYPES)
    return count + sum(len(pool) for pool in SENSITIVE.values())


_ELIGIBLE: dict[tuple[int, str, int], list[Template]] = {}


def eligible(pool: Sequence[Template], *, sex: str, age: int) -> list[Template]:
    """The templates of ``pool`` that fit (cached: pools are module constants)."""
    key = (id(pool), sex, age)
    found = _ELIGIBLE.get(key)
    if found is None:
        found = [template for template in pool if template.fits(sex=sex, age=age)]
        _ELIGIBLE[key] = found
    return found


_CONSULTS: dict[tuple[str, int], tuple[list[ConsultType], list[float]]] = {}


def pick_consult(
    rng: random.Random, *, sex: str, age: int, conditions: Sequence[str]
) -> ConsultType:
    if conditions:
        linked = [CONDITION_CONSULT[code] for code in conditions if code in CONDITION_CONSULT]
        linked = [key for key in linked if age >= CONSULT_BY_KEY[key].min_age]
        if linked and rng.random() < 0.55:
            return CONSULT_BY_KEY[rng.choice(linked)]
    cached = _CONSULTS.get((sex, age))
    if cached is None:
        candidates = [
            consult
            for consult in CONSULT_TYPES
            if consult.min_age <= age <= consult.max_age and consult.sex in (None, sex)
        ]
        cached = (candidates, list(itertools.accumulate(c.weight for c in candidates)))
        _CONSULTS[(sex, age)] = cached
    return rng.choices(cached[0], cum_weights=cached[1])[0]


_THEMES: dict[tuple[str, int], tuple[list[list[Template]], list[float]]] = {}


def pick_theme(rng: random.Random, *, sex: str, age: int) -> list[Template]:
    """Up to two sensitive sentences that recur in one patient's notes."""
    cached = _THEMES.get((sex, age))
    if cached is None:
        options = [
            (category, eligible(pool, sex=sex, age=age)) for category, pool in SENSITIVE.items()
        ]
        options = [(category, pool) for category, pool in options if pool]
        weights = itertools.accumulate(CATEGORY_WEIGHTS[category] for category, _ in options)
        cached = ([pool for _, pool in options], list(weights))
        _THEMES[(sex, age)] = cached
    if not cached[0]:
        return []
    pool = rng.choices(cached[0], cum_weights=cached[1])[0]
    return _distinct_groups(rng.sample(pool, min(2, len(pool))))


def _distinct_groups(templates: list[Template]) -> list[Template]:
    """Keep the first template of each group (sentences of one group contradict)."""
    seen: set[str] = set()
    kept: list[Template] = []
    for template in templates:
        if template.group is not None:
            if template.group in seen:
                continue
            seen.add(template.group)
        kept.append(template)
    return kept


def random_sensitive(rng: random.Random, *, sex: str, age: int) -> Template | None:
    theme = pick_theme(rng, sex=sex, age=age)
    return theme[0] if theme else None


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    sentences: tuple[str, ...]
    categories: frozenset[str]


_SEPARATORS = (" ", " ", "\n", "\n- ", "  ")


def compose(
    ctx: NoteContext,
    *,
    consult: ConsultType,
    sensitive: Sequence[Template],
    decoy: bool,
) -> Note:
    """One note of 2 to 5 sentences; ``sensitive`` sentences are placed after the first."""
    rng = ctx.rng
    total = rng.randint(2, 5)
    extra: list[Template] = list(sensitive)
    if decoy:
        disclosed = {category for template in sensitive for category in template.categories}
        decoys = [
            template
            for template in eligible(DECOYS, sex=ctx.sex, age=ctx.age)
            if disclosed.isdisjoint(template.topic)
        ]
        if decoys:
            extra.append(rng.choice(decoys))
    room = max(1, total - len(extra))
    openings = eligible(OPENINGS, sex=ctx.sex, age=ctx.age)
    chosen: list[Template] = [rng.choice(openings)]
    body = eligible(consult.body, sex=ctx.sex, age=ctx.age)
    plan = eligible(consult.plan, sex=ctx.sex, age=ctx.age)
    exam = eligible(EXAM, sex=ctx.sex, age=ctx.age)
    if room >= 2:
        middle = rng.sample(body, min(len(body), max(1, room - 2)))
        chosen += middle
    if room >= 3 and plan:
        chosen.append(rng.choice(plan))
    if len(chosen) < room:
        chosen.insert(1, rng.choice(exam))
    for template in extra:
        chosen.insert(rng.randint(1, len(chosen)), template)
    chosen = _distinct_groups(chosen)
    if len(chosen) < 2:  # a companion sentence met its twin: never leave a one-line note
        chosen.append(rng.choice([t for t in exam if t not in chosen]))

    plain = rng.random() < 0.25
    sentences: list[str] = []
    categories: set[str] = set()
    for template in chosen:
        sentence = fill(template, ctx, plain=plain).strip()
        if sentence not in sentences:
            sentences.append(sentence)
            categories.update(template.categories)
    separator = rng.choice(_SEPARATORS)
    if separator == "\n- ":
        text = sentences[0] + "".join(f"\n- {s}" for s in sentences[1:])
    else:
        text = separator.join(sentences)
    return Note(text=text, sentences=tuple(sentences), categories=frozenset(categories))
