"""Sexual orientation told by a partner's sex: "M. X vit avec son compagnon", "veuve de sa
compagne", "63 y/o M ... his husband". A word like "compagnon" says nothing alone; with a
patient of the same sex it says the patient's orientation.

The patient's sex is read from the first words that give it ("Homme de 50 ans", "Mme",
"28 y/o F", "Patiente"); a partner is counted only when no other person is named just
before it in the clause ("sa mère et son compagnon" is the mother's partner).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick

# Verbs of a visit after an age and a sex ("24M attends", "31F seen with her partner").
_VISIT = r" (?:attend\w*|seen|reviewed|referred|admitted|reports|requests|returns|brought)\b"
# "il" of an impersonal verb ("il y a 3 semaines", "il faut") is no one.
_IMPERSONAL = r"(?:y a|y avait|y aura|n'y a|n y a|faut|fallait|semble|s'agit|s agit|existe)\b"
# What may stand between a sex and "partner": "male casual partner", "female sexual partners".
_PARTNER_KIND = r"(?:sexual |casual |regular |new |anonymous |occasional )?"
# Folded text. "sa femme" is the patient's wife, not the patient.
_MALE = re.compile(
    r"\b(?:homme|monsieur|garcon|male(?! " + _PARTNER_KIND + r"partner)|man|he|mr)\b"
    r"|\bil\b(?! " + _IMPERSONAL + r")"
    r"|\bm\.\s"
    r"|\bpatient de\b|\b(?:le|ce|un|chez) patient\b"
    r"|\b\d+\s*(?:ans|y/?o|yo|year-old|years old)\s*,?\s*(?:cis\s*)?(?:m|h)\b"
    # "Patient 52 ans" (French: a woman is "patiente"); "19M, left wrist" (an age and a sex)
    r"|\bpatient,? (?:de )?\d+ ?ans\b|\b\d{1,3}m(?=,|\.|:| \(| with| presents| presenting)"
    # "Pt 46 M, bilingual"; "H 29 ans", "H 29a", a sex before an age (not "anti-H2 a été")
    r"|\b(?:pt|patient)\s+\d{1,3}\s?m\b|\b[hm] ?\d{1,3}(?: ?(?:ans|y/?o|yo)|a)\b"
    r"|\([hm], ?\d{1,3}\)"  # "Pt (M, 29)"
    # "24M attends for results": an adult's age and sex before a verb of the visit
    r"|\b(?:1[3-9]|[2-9]\d)m(?=" + _VISIT + ")"
    # "pacsé avec", "veuf": the masculine of a civil status
    r"|\b(?:pacse|veuf)\b"
)
_FEMALE = re.compile(
    # ("MS D", "MS G": an upper limb, right or left, is no Ms)
    r"\b(?<!sa )(?<!ta )(?<!ma )(?:femme|madame|mme|mademoiselle|mlle|mrs|ms(?! [dg]\b)|miss|"
    r"patiente|pte|"
    r"adolescente|female(?! " + _PARTNER_KIND + r"partner)|"
    r"woman|elle|she|jeune fille)\b"
    r"|\b\d+\s*(?:ans|y/?o|yo|year-old|years old)\s*,?\s*(?:cis\s*)?f\b"
    r"|\b\d{1,3}f(?=,|\.|:| \(| with| presents| presenting)"
    r"|\b(?:pt|pte|patiente?)\s+\d{1,3}\s?f\b|\bf ?\d{1,3}(?: ?(?:ans|y/?o|yo)|a)\b"
    r"|\(f, ?\d{1,3}\)"
    r"|\b(?:1[3-9]|[2-9]\d)f(?=" + _VISIT + ")"
    # "pacsée", "mariée", "veuve", "enseignante": the feminine of a status or an occupation
    r"|\b(?:pacsee|mariee|divorcee|separee|veuve|retraitee|enseignante|etudiante|salariee)\b"
)
# A partner named by a first name ("his partner of 42 years, Michael", "sa partenaire
# Julie", "Partner: David"); the names are common ones that are no word and no woman's (or
# man's) name as well (no Camille, Dominique, Jamie, Grace, Will).
# Searched apart, in the notes holding the word only, from its literal start (a leading \b
# would make Python's re try every position); the word's start is checked on each match.
_NAMED_PARTNER = (
    r"part(?:ner|enaire)(?:\s+of\s+\d+\s+(?:years|yrs)|\s+(?:de|depuis)\s+\d+\s+ans)?"
    r"\s*[,(:-]?\s*"
)
_MEN = (
    r"michael|mike|david|john|james|robert|richard|william|thomas|christopher|daniel|matthew|"
    r"anthony|andrew|paul|steven|stephen|kevin|brian|george|edward|peter|simon|stuart|graham|"
    r"ian|neil|gary|keith|colin|philip|jonathan|nicholas|patrick|sean|liam|tony|steve|dave|"
    r"benjamin|adam|luke|oliver|joseph|ryan|jason|mohammed|muhammad|ahmed|jean-pierre|"
    r"jean-paul|jean-marc|jean-luc|jean-claude|jean-michel|jean-francois|philippe|nicolas|"
    r"julien|sebastien|thierry|laurent|olivier|francois|christophe|frederic|stephane|eric|"
    r"patrice|vincent|antoine|alexandre|mathieu|guillaume|romain|maxime|jerome|fabrice|"
    r"didier|bruno|gilles|yves|herve|serge|bernard|alain|gerard|jacques|michel|andre|marcel|"
    r"hugo|lucas|thibault|arnaud|cedric|damien|xavier|benoit|franck|ludovic|sylvain|karim|"
    r"mehdi|rachid|youssef|samir"
)
_WOMEN = (
    r"sarah|sara|emma|emily|jessica|laura|rachel|rebecca|hannah|sophie|lucy|charlotte|amy|"
    r"claire|helen|helene|catherine|kate|katie|elizabeth|victoria|jennifer|lisa|susan|karen|"
    r"julie|anne|anna|mary|maria|marie|nathalie|isabelle|sandrine|sylvie|valerie|celine|"
    r"aurelie|emilie|caroline|stephanie|christine|veronique|nadia|fatima|leila|amina|chloe|"
    r"manon|lea|ines|clara|louise|alice|margaux|pauline|melanie|elodie|virginie|delphine|"
    r"florence|agnes|martine|monique|francoise|brigitte|patricia|nicole|jacqueline|michelle|"
    r"beatrice|corinne|claudine|joanne|natalie|gemma|zoe|megan|lauren|olivia|amelia|sian|"
    r"siobhan|kirsty|nina|eva|priya|aisha"
)
_MALE_PARTNER = re.compile(
    # "son conjoint" is a man; "son chum" a boyfriend, "sa blonde" a girlfriend (Québec)
    r"\b(?:son|mon)\s+(?:mari|compagnon|epoux|copain|petit ami|conjoint|chum)\b"
    # "son ami" is a friend ("rentre avec son ami"), a partner only where they live together
    r"|\b(?:vit|vivent|vivant|habite|habitent|en couple|installee?s?)\s+avec\s+(?:son|mon)\s+ami\b"
    r"|\b(?:mariee?|pacsee?) (?:avec|a) un homme\b"
    r"|\b(?:husband|boyfriend)\b|\bsex with (?:other )?men\b|\ben couple avec un homme\b"
    r"|\b(?:rapports|relations)(?: \w+)? avec des hommes\b"
    r"|\bmale " + _PARTNER_KIND + r"partners?\b"
)
_FEMALE_PARTNER = re.compile(
    r"\b(?:sa|ma)\s+(?:compagne|femme|epouse|copine|petite amie|conjointe|amie|blonde)\b"
    r"|\b(?:son|mon)\s+epouse\b"
    r"|\b(?:vit|vivent|vivant|habite|habitent|en couple|installee?s?)\s+avec\s+(?:son|mon)\s+amie\b"
    r"|\b(?:mariee?|pacsee?) (?:avec|a) une femme\b|\b(?:wife|girlfriend)\b"
    r"|\bsex with (?:other )?women\b"
    r"|\ben couple avec une (?:femme|fille)\b"
    r"|\b(?:rapports|relations)(?: \w+)? avec des femmes\b"
    r"|\bfemale " + _PARTNER_KIND + r"partners?\b|\bpartenaires? feminines?\b"
)
_NAMED_MAN = re.compile(_NAMED_PARTNER + r"(?:" + _MEN + r")\b")
_NAMED_WOMAN = re.compile(_NAMED_PARTNER + r"(?:" + _WOMEN + r")\b")
_SEX_WINDOW = 200  # characters at the start of a note where its patient's sex is looked for
# Further on, only a title, a name and an age say it: "M. Gilles Perrot, 61 ans" is the patient.
_TITLED = r"\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s*,?\s*\(?\d{1,3}\s*(?:ans|y/?o|yo|years)\b"
_TITLED_MAN = re.compile(r"\b(?:m\.|mr\.?|monsieur)" + _TITLED)
_TITLED_WOMAN = re.compile(r"\b(?:mme|madame|mlle|mademoiselle|mrs\.?|ms\.?)" + _TITLED)


# A pronoun after a partner is named is the partner's ("says husband is in the next room.
# States he took her car keys"), not the patient's.
_PRONOUNS = frozenset(("il", "he", "elle", "she"))
_PARTNER_NAMED = re.compile(
    r"\b(?:husband|boyfriend|wife|girlfriend|partner|mari|epoux|epouse|compagnon|compagne|"
    r"conjointe?|copain|copine)\b"
)


def patient_sex(folded: str) -> str | None:
    """ "M", "F" or None, from the first words of a note that say it."""
    head = folded[:_SEX_WINDOW]
    male = _MALE.search(head)
    female = _FEMALE.search(head)
    partner = _PARTNER_NAMED.search(head)
    if partner is not None:
        male = _not_the_partner(_MALE, head, male, partner.start())
        female = _not_the_partner(_FEMALE, head, female, partner.start())
    if male and (not female or male.start() < female.start()):
        return "M"
    if female:
        return "F"
    return _titled_sex(folded)


def _titled_sex(folded: str) -> str | None:
    """The sex of the first person named with a title and an age, anywhere in the note."""
    man, woman = _TITLED_MAN.search(folded), _TITLED_WOMAN.search(folded)
    if man and (not woman or man.start() < woman.start()):
        return "M"
    return "F" if woman else None


def _not_the_partner(
    sex: re.Pattern[str], head: str, first: re.Match[str] | None, named: int
) -> re.Match[str] | None:
    """The first word saying the patient's sex that is not a pronoun after ``named``, where a
    partner is named."""
    match = first
    while match is not None and match.start() > named and match.group() in _PRONOUNS:
        match = sex.search(head, match.end())
    return match


# Words in the spaced text (see _text.spaced) without which no partner pattern below
# matches: most notes name no partner and are done with at once.
_PARTNER_WORDS = tuple(
    f" {words}"
    for words in (
        *("son mari", "mon mari", "compagn", "epou", "copain", "copine", "petit ami"),
        *("petite amie", "son ami", "son amie", "sa femme", "ma femme", "conjointe"),
        *("husband", "boyfriend", "wife", "girlfriend", "avec un homme", "avec une femme"),
        *("a un homme", "a une femme"),
        *("avec des hommes", "avec des femmes", "with men", "with women", "with other"),
        *("male partner", "male sexual partner", "female partner", "son conjoint", "mon conjoint"),
        *("son chum", "mon chum", "sa blonde", "ma blonde", "avec une fille"),
        *("partenaire feminine", "partenaires feminines"),
        *(f"male {kind} partner" for kind in ("casual", "regular", "new", "anonymous")),
        *("male occasional partner", "female casual partner", "female regular partner"),
        *("female new partner", "female anonymous partner", "female occasional partner"),
    )
)


@cache
def _partner_words() -> ahocorasick.Automaton:
    """The words above in one automaton: one pass over a note, not one search a word."""
    automaton = ahocorasick.Automaton()
    for word in _PARTNER_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def same_sex_partners(folded: str, spaced_text: str) -> Iterator[tuple[int, int]]:
    """Spans of the words naming a partner of the patient's own sex."""
    worded = next(_partner_words().iter(spaced_text), None) is not None
    named = "partner" in folded or "partenaire" in folded
    if not (worded or named):
        return
    sex = patient_sex(folded)
    if sex is None:
        return
    if worded:
        pattern = _MALE_PARTNER if sex == "M" else _FEMALE_PARTNER
        for match in pattern.finditer(folded):
            yield match.start(), match.end()
    if named:
        # "his partner of 42 years, Michael": a partner named by a first name of the sex
        for match in (_NAMED_MAN if sex == "M" else _NAMED_WOMAN).finditer(folded):
            if match.start() == 0 or not folded[match.start() - 1].isalnum():
                yield match.start(), match.end()
