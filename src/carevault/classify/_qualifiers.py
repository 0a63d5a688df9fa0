"""Qualifiers of a finding, the way NegEx/ConText and EDS-NLP decide them: cue words in the
clause before and right after the finding say whether it is negated, hypothetical (a
question, a test, a risk), about someone else, or past history.

All cues of a note are found once, in one Aho-Corasick pass over the folded text (lower
case, no accents); each finding then reads the cues of its own clause. A clause ends at a
sentence mark or line break, or at a word that turns the sentence ("mais", "but",
"cependant"); a cue only reaches a finding within a few words, as in NegEx.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import groupby, product
from operator import attrgetter
from typing import NamedTuple

import ahocorasick

from carevault.classify._cues import AFTER, BEFORE, CLAUSE_ENDS
from carevault.classify._terms import CATEGORIES, word_key
from carevault.classify._text import spaced

# How far a cue before a finding reaches, in words between the cue and the finding.
_BEFORE_REACH = {
    "neg": 8,
    "without": 3,
    "non": 1,
    "declined": 3,
    "hyp": 7,
    "plan": 7,
    "ordered": 7,
    "nearhyp": 1,
    "pep": 1,
    "pos": 5,
}
# Post-exposure prophylaxis reaches the drugs of its regimen ("PEP started: Truvada +
# raltegravir"), not the rest of the clause ("PEPSE: receptive anal sex").
_PEP_REACH_STI = 5
_AFTER_REACH = 5
_LIST_ITEM_WORDS = 3  # words of one item of a list a negation reaches across
_AFTER_ITEM_WORDS = 2  # and a cue after a finding ("VIH, VHB, VHC négatifs")
_NEGATIONS = frozenset({"neg", "without", "non", "declined"})
_REFUSAL_REACH = 3  # words between a finding and a refusal after it ("HIV test declined")
# Who a person is, which no test, plan or discussion makes hypothetical: "plans to fast for
# Ramadan" is about a Muslim, "routine screen" after "MSM" is not about being one. Doubt
# still is ("?MSM", "possibly gay").
IDENTITY = frozenset(
    {
        "sexual_orientation",
        "gender_identity",
        "religion",
        "ethnic_origin",
        "political_opinion",
        "trade_union",
    }
)
_WINDOW = 90  # characters looked at before a finding
_AFTER_WINDOW = 50
CUE_WINDOW = max(_WINDOW, _AFTER_WINDOW)

# Regular expressions here start with a literal or a character class and leave boundary
# checks to Python: lookarounds at the front make Python's re slow to scan a note.
# The marks that end a clause; then, each scanned only in a note that holds it, the signs
# and numbers that are cues (one expression for all of them stopped at every digit).
_MARKS = ";!\n"  # each found with str.find: re scans slowly for a character class
_DASH = re.compile(r" - ")
# Abbreviations whose full stop ends no sentence ("incl. opiates", "e.g. HIV", "Dr. Roux").
_ABBREVIATIONS = (
    *("incl", "e.g", "i.e", "approx", "env", "cf", "vs", "resp"),
    *("dr", "mr", "mrs", "ms"),
)


def _not_after_abbreviation() -> str:
    """Lookbehinds, one for each length of word: no abbreviation ends at the full stop."""
    by_length = groupby(sorted(_ABBREVIATIONS, key=len), key=len)
    return "".join(rf"(?<!\b(?:{'|'.join(map(re.escape, words))})\.)" for _, words in by_length)


# A full stop that ends a sentence: not one in a number ("1.5"), of an abbreviation
# ("incl."), nor among the dots that close a list in parentheses ("(BRCA1, TP53...)").
_FULL_STOP = re.compile(r"\.(?!\d|\.*\))" + _not_after_abbreviation())
_YEAR = re.compile(r"(?:19|20)\d\d")
# Cues that are signs or numbers rather than words: "VIH+", "?dépression", "VIH-", "(-)",
# "en 2015", "IVG x2"; and "n'a plus", "ne consomme plus" (negations around a verb).
_TIMES = re.compile(r"x ?\d\b")  # at the start of a word: see _starts_word
_NO_MORE = re.compile(r"\bn(?:'|e )\w+ plus\b")
_SUBJECT_SCOPE_ENDS = ",:("
# A family-history heading: the word, then its colon ("ATCD familiaux :", "FHx:"); at the
# start of a word (see _starts_word).
_FAMILY_HEADING = re.compile(r"(?:familia[a-z]{0,6}|family history|fhx|fh)\b ?:")


class Cue(NamedTuple):
    start: int
    end: int
    kind: str


class Qualifiers(NamedTuple):
    negated: bool
    hypothetical: bool
    other_subject: bool
    history: bool


# Every combination, built once: a NamedTuple is slow to build once per finding.
_QUALIFIERS = {flags: Qualifiers(*flags) for flags in product((False, True), repeat=4)}


class _CuesBefore(NamedTuple):
    """What the cues before a finding say: the words from the nearest cue of each kind to the
    finding (-1: no cue reaches it), whether one marks past history or someone else, and
    whether the negation reaches it past a comma (down a list)."""

    negation: int
    hypothesis: int
    positive: int
    history: bool
    other: bool
    listed_negation: bool = False


class _Finding(NamedTuple):
    """What a finding is, for its cues to be read: an identity, a pregnancy's outcome, an
    origin, a sexual life, an infection or its treatment (PrEP too), a chronic infection."""

    identity: bool
    reproductive: bool
    origin: bool
    sex_life: bool
    sti: bool
    infection: bool
    chronic: bool


_FINDINGS = {
    category: _Finding(
        identity=category in IDENTITY,
        reproductive=category == "reproductive",
        origin=category == "ethnic_origin",
        sex_life=category == "sex_life",
        sti=category == "hiv_sti",
        infection=False,  # an infection's are read from its text (see NoteCues.qualify)
        chronic=False,
    )
    for category in CATEGORIES
}


_NOTHING_BEFORE = _CuesBefore(-1, -1, -1, history=False, other=False)


def _automaton() -> ahocorasick.Automaton:
    table: dict[str, list[tuple[str, str]]] = {}

    def add(cue: str, role: str, kind: str) -> None:
        form = " ".join(spaced(cue.rstrip("*")).split())
        table.setdefault(word_key(form, prefix=cue.endswith("*")), []).append((role, kind))

    for role, groups in (("before", BEFORE), ("after", AFTER)):
        for kind, cues in groups.items():
            for cue in cues:
                add(cue, role, kind)
    for cue in CLAUSE_ENDS:
        add(cue, "end", "end")
    automaton = ahocorasick.Automaton()
    for key, entries in table.items():
        automaton.add_word(key, (len(key), key.endswith(" "), tuple(entries)))
    automaton.make_automaton()
    return automaton


_cue_automaton = cache(_automaton)  # built on first use, like the lexicon's


_WORD = re.compile(r"\w+")


_LIST_SEPARATORS = re.compile(r",|\bet\b|\band\b|/")
_SLASHED = re.compile(r"(?:/[a-z0-9]+)+ ")  # "/vhb ", "/hbv/syphilis "
_NEGATIVE_SIGN = re.compile(r"-(?![\w>-])| ?\(-\)")
# A refusal with an object after it is about that object, not the finding before it.
_REFUSES_SOMETHING = re.compile(
    r" (?:toute?s?|les?|la|l'|une?|des|de|d'(?!apres)|any|all|the|a|an|blood|transfusions?|whole|"
    # blood and its products ("Jehovah's Witnesses: no whole blood, RBC, FFP, platelets")
    r"rbcs?|prbcs?|ffp|platelets?|plasma|red|packed|products?|produits?|culots?|plaquettes|"
    r"sang|albumin\w*|cryo\w*)\b"
)
_WITH = re.compile(r"\b(?:avec|with)\b")
# A test done, then a colon: what follows are its results, not tests to do.
_RESULTS_FOLLOW = re.compile(r"(?:tested|screened|testee?s?|depistee?s?)\s*:")
# A finding that is itself a result ("carrier", "hétérozygote", "compound het"): after a test
# and a colon it is what the test found ("CF screen: fetus compound het F508del"), not a test
# to do.
_RESULT_FINDING = re.compile(
    r"(?:carriers?|porteu\w+|heterozyg\w*|homozyg\w*|compound|biallel\w*|bi-allel\w*|"
    r"pathogenic|likely pathogenic|variant pathogene|variante pathogene|f508del|"
    # an abnormal karyotype or a carrier state named ("-> translocation équilibrée", "AS
    # (trait drépanocytaire)")
    r"translocations?|trait|"
    # a newborn screen's haemoglobin profile ("dépistage néonatal : profil FAS")
    r"profil)\b"
)
# A result read back to its test across the verb that reports it ("serology came back
# positive", "la sérologie est revenue positive").
_REPORTING = re.compile(
    r"\b(?:came back|come back|comes back|returned|returns|est revenue?s?|sont revenue?s?|"
    r"revenue?s?|revient|reviennent|is|was|were|are|est|sont|etait|etaient|"
    # a test offered, then taken: "dépistage VIH proposé, accepté : TROD positif"
    r"acceptee?s?|accepted|agreed|realisee?s?|done|performed)\b"
)
# A doubt to rule something out has no result to read back: "VIH à éliminer, syphilis
# secondaire" is not a positive HIV test.
_RULE_OUT = re.compile(r"(?:a eliminer|eliminer|a exclure|exclure|rule out|to exclude|r/o)\b")
# A negative result after a comma is another test's, not a person's identity ("29M, MSM, HIV
# test non-reactive").
_NEGATIVE_RESULT = re.compile(
    r"(?:negati|neg\b|non[- ]?reacti|nonreacti|not detected|non detect|normal)"
)
# A refusal told in a clause of its own is not of the finding before it ("husband forced sex
# after she refused").
_SUBORDINATE = re.compile(
    r"\b(?:after|apres|when|quand|lorsqu\w*|once|until|jusqu\w*|because|since)\b"
)
# A pronoun between a finding and a test or a plan after it is the subject of a clause of
# its own ("photos intimes qu'il lui avait envoyées").
_SUBJECT = re.compile(r"\b(?:he|she|they|il|elle|ils|elles|we|nous)\b")
_TESTS_AFTER = frozenset(("plan", "hyp", "testing", "testnear"))
# Someone named as the subject of what follows: a cue after them is about them.
_PERSON = re.compile(r"\b(?:monsieur|madame|mr|mrs|ms|mme|he|she|il|elle|they|ils|elles)\b")
_TREATMENT_WORDS = (
    r"treatment|traitement|ttt|therapy|therapie|medication|meds|art|arv|tritherapie|"
    r"antibiotics?|antibiotiques?"
)
_TREATMENT = re.compile(rf"\b(?:{_TREATMENT_WORDS})\b")
# Someone named after a comma or a parenthesis starts a statement of their own, which a
# negation before it does not reach ("ne pas écrire 'PrEP', le patient (sous PrEP ...)",
# "ne souhaite plus le voir (il était battu par son père)").
_NEW_SUBJECT = re.compile(
    r"[,(;]\s*(?:il|elle|ils|elles|he|she|they|le patient|la patiente|the patient|pt|"
    r"someone|somebody|quelqu'un|(?:a|an|un|une)\s+(?:guy|man|woman|boy|girl|stranger|"
    r"homme|femme|garcon|fille|inconnue?))\b"
)
# Reported speech starts a statement of its own, which a negation before it does not reach
# ("ne mange plus et dit qu'elle veut rejoindre son mari décédé", "has never told anyone
# about the abuse").
_SAYS = re.compile(
    r"\b(?:dit|disant|explique|rapporte|declare|raconte|confie|decrit|says|said|reports|states|"
    r"stated|explains|tells|told|admits|admitted|describes|described)\b"
)
# A refusal is of what follows it at once: not of a treatment of the finding ("refused his
# ARVs"), nor of what a reason names ("refused vaccinations on religious grounds").
_NOT_REFUSED = re.compile(
    rf"\b(?:{_TREATMENT_WORDS}|on|for|because|due|grounds|pour|par|car|raison|motif|to|de|d')\b"
)
# Negations of a verb, whose scope a parenthesis opened further on does not enter.
_VERB_NEGATIONS = frozenset(
    (
        *("pas", "not", "never", "jamais", "doesn't", "don't", "didn't"),
        *("hasn't", "haven't", "isn't", "wasn't"),
    )
)
# A reason given after a negated verb is not negated with it ("does not eat pork for
# religious reasons", "ne mange pas de porc pour raisons religieuses").
_REASON = re.compile(r"\w\s+(?:for|pour|because|car|due to|par conviction)\b")
# Words after which a list is given: a negation reaches its items.
_LIST_ANNOUNCED = re.compile(
    r"\b(?:incl|including|included|dont|y compris|notamment|such as|e\.g)\b"
)
# A cue followed by these words before a comma has said all it had to say.
_PHRASE_CLOSED = frozenset(
    ("with", "avec", "done", "fait", "faite", "faits", "faites", "completed", "given", "ok")
)
# A work-up whose phrase ends done before a comma is over: what follows is another statement
# ("Bilan de maltraitance complet, signalement au procureur le 14/01").
_PHRASE_DONE = frozenset(
    (
        *("done", "fait", "faite", "faits", "faites", "completed", "complet", "complete"),
        *("realise", "realisee", "realises", "realisees", "effectue", "effectuee"),
    )
)
# What a worry or a test is about ends at "after" ("worried about STIs after an affair") and
# at its reason ("CTA neck requested given strangulation hx").
_HYPOTHESIS_ENDS = re.compile(
    r"\b(?:after|apres|following|suite a|since|depuis|given|in view of|in light of|because of|"
    r"due to|owing to|en raison d\w*|compte tenu d\w*|au vu d\w*)\b"
)
# A result closes the phrase of its test: what follows a comma is another statement
# ("Pregnancy test negative, levonorgestrel given", "Sérologie VIH négative, PrEP débutée").
_RESULT_WORD = re.compile(
    r"\b(?:negati\w*|neg|positi\w*|pos|normal|normale|normaux|normales|non[- ]?reacti\w*|"
    r"nonreacti\w*|not detected|non detecte\w*|indetectable|undetectable)\b"
)
# What a negation closes at once ("PEPSE not needed, PrEP continued", "TPE non indiqué,
# ..."): the statement after the comma is not negated with it.
_NEGATION_DONE = frozenset(
    (
        *("needed", "required", "indicated", "necessary", "warranted", "recommended"),
        *("necessaire", "necessaires", "indique", "indiquee", "indiques", "indiquees"),
        *("given", "done", "offered", "applicable", "possible"),
    )
)
# One's own treatment asked for is not a test or a plan ("requests her HIV meds (Triumeq)",
# "si elle oublie son traitement ARV").
_OWN_TREATMENT = re.compile(
    r"\b(?:her|his|their|my|ses|son|sa|leur|mes)\s+(?:[\w-]+\s+){0,2}?(?:meds|medication|"
    r"medications|medicines|tablets|pills|treatment|traitement|ttt|regimen|arvs?|"
    r"antiretrovira\w*|tritherapie|refill|repeat|prescription|script|supply|renouvellement)\b"
)
# A finding named as someone's own right after a doubt or a plan is theirs: it happened
# ("wants to discuss her miscarriage", "si sa dépression s'aggrave"); not their status or a
# test of it ("worried about his HIV status").
_POSSESSED = re.compile(
    r"\s*(?:(?:about|re|of|on|regarding|de|du|sur|concernant)\s+)?"
    r"(?:her|his|their|sa|son|ses|leur|leurs)\s+"
    r"(?:(?:recent|recente|last|previous|precedente|current|actuelle|ongoing|known|past)\s+)?"
)
_STATUS = re.compile(r"\s*(?:status|statut|risk|risque|test|result|serolog|screen|depistage)")
# A test's result already given before the colon of its list ("dépistage fait : ...").
_DONE_BEFORE_COLON = re.compile(
    r"\b(?:fait|faite|faits|faites|done|realise\w*|effectue\w*|completed|negati\w*|positi\w*|"
    r"revenue?s?|came back|results?|resultats?)\b"
)
# A dose between a finding and "prescrit": the finding is a drug given, not a test ordered
# ("ulipristal 30 mg prescrit").
_DOSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|ug|ml|cp|comprimes?|tabs?|tablets?|gelules?)\b")
# A request of a procedure is the patient's decision, not a test ("requests a termination",
# "Requests TOP"): for reproductive findings.
_REQUESTS = ("request", "asks for", "ask for", "asking for", "asked for")
# "sent" with what was sent after it: someone's act, not a sample sent to the laboratory
_SENT_SOMETHING = re.compile(
    r"sent\s+(?:£|\$|€|\d+\s*(?:euros?|pounds?|dollars?|£|€|\$)|him\b|her\b|them\b|money|"
    r"cash|images?\b|photos?\b|pictures?\b|pics?\b|nudes?\b|videos?\b|messages?\b|texts?\b|"
    r"intimate|explicit|sexual)"
)


def _gap_words(gap: str) -> int:
    """Words in a gap, not counting punctuation (": " is no word)."""
    if not gap or gap.isspace():
        return 0
    return len(_WORD.findall(gap))


class NoteCues:
    """The cues and clauses of one folded note."""

    def __init__(self, folded: str, spaced_text: str) -> None:
        self._text = folded
        before: list[Cue] = []
        after: list[Cue] = []
        ends: list[tuple[int, int]] = []
        boxed = self._scan_marks(folded, before, after, ends)
        masked_before, masked_after = self._scan_words(folded, spaced_text, before, after, ends)
        masked_after = masked_after or boxed
        before.sort(key=attrgetter("start", "end"))
        if masked_before:  # "sans doute", "pas de changement": no negation
            before = _unmasked(before)
        self._before = before
        self._before_starts = [cue.start for cue in before]
        after.sort(key=lambda cue: (cue.start, -cue.end))
        if masked_after:  # "dépendance aux opioïdes sur prescription": no order
            after = _unmasked(after)
        self._after = after
        self._after_starts = [cue.start for cue in after]
        ends.sort()
        self._clause_ends = [start for start, _ in ends]  # in order: ``ends`` is sorted
        self._clause_starts = [end for _, end in ends]
        # A dash between spaces starts a new statement for what stands after it ("anxious re
        # possible STI - disclosed affair"); a value after a finding still reads back across
        # it ("HIV - negative"), and so does post-exposure prophylaxis to the drugs of its
        # regimen ("PEP started - Truvada + raltegravir").
        self._dashes = [m.end() for m in _DASH.finditer(folded)] if " - " in folded else []
        self._pending = "en cours" in folded  # see _awaited
        self._family_lines = (
            [m.start() for m in _FAMILY_HEADING.finditer(folded) if _starts_word(folded, m.start())]
            if "famil" in folded or "fh" in folded
            else []
        )

    @staticmethod
    def _scan_words(
        folded: str,
        spaced_text: str,
        before: list[Cue],
        after: list[Cue],
        ends: list[tuple[int, int]],
    ) -> tuple[bool, bool]:
        """Adds the word cues; whether a pseudo-cue stands among those before a finding, and
        among those after one."""
        size = len(folded)
        masked_before = masked_after = False
        for last, (length, whole, entries) in _cue_automaton().iter(spaced_text):
            start = last - length + 1  # see TermFinder.hits for the offsets
            end = last - 1 if whole else last
            if not whole:
                while end < size and folded[end].isalnum():
                    end += 1
            for role, kind in entries:
                if role == "before":
                    before.append(Cue(start, end, kind))
                    masked_before = masked_before or kind == "pseudo"
                elif role == "after":
                    after.append(Cue(start, end, kind))
                    masked_after = masked_after or kind == "pseudo"
                else:
                    ends.append((start, end))
        return masked_before, masked_after

    @staticmethod
    def _scan_marks(
        folded: str, before: list[Cue], after: list[Cue], ends: list[tuple[int, int]]
    ) -> bool:
        """Adds the cues of marks; whether a box left empty masks the answer after it."""
        stops = [match.span() for match in _FULL_STOP.finditer(folded)]
        if not folded.isascii():  # "\d" is a decimal digit; str.isdigit takes "²" too
            stops = [(start, end) for start, end in stops if not folded[end : end + 1].isdigit()]
        ends.extend(stops)
        for mark in _MARKS:
            ends.extend((at, at + 1) for at in _positions(folded, mark))
        if "?" in folded or "+" in folded:
            _scan_signs(folded, before, after, ends)
        if "19" in folded or "20" in folded:
            for match in _YEAR.finditer(folded):
                start, end = match.span()
                if not (folded[start - 1 : start].isdigit() or folded[end : end + 1].isdigit()):
                    before.append(Cue(start, end, "history"))  # 2015, not in a longer number
                    after.append(Cue(start, end, "history"))
        if " x" in folded:
            after.extend(
                Cue(m.start(), m.end(), "history")
                for m in _TIMES.finditer(folded)
                if _starts_word(folded, m.start())
            )
        if "plus" in folded:
            before.extend(Cue(m.start(), m.end(), "neg") for m in _NO_MORE.finditer(folded))
        if "[" in folded or any(mark in folded for mark in _BOX_MARKS):
            return _scan_boxes(folded, before, after)
        return False

    def clause_before(self, start: int, *, across_dashes: bool = False) -> int:
        """Where the clause of a finding starting at ``start`` begins (within the window)."""
        index = bisect.bisect_right(self._clause_starts, start) - 1
        begin = self._clause_starts[index] if index >= 0 else 0
        if self._dashes and not across_dashes:
            index = bisect.bisect_right(self._dashes, start) - 1
            if index >= 0:
                begin = max(begin, self._dashes[index])
        return max(begin, start - _WINDOW)

    def clause_after(self, end: int) -> int:
        index = bisect.bisect_left(self._clause_ends, end)
        stop = self._clause_ends[index] if index < len(self._clause_ends) else len(self._text)
        return min(stop, end + _AFTER_WINDOW)

    def other_person_before(self, start: int) -> bool:
        """Whether the clause before ``start``, up to a comma, names someone else."""
        scope = self._subject_scope(self.clause_before(start), start)
        return any(cue.kind == "other" for cue in self._cues_before(scope, start))

    def _subject_scope(self, begin: int, start: int) -> int:
        """Where the words before ``start`` that may name someone else begin: after the
        last comma, colon or parenthesis of the clause."""
        text = self._text
        return max(begin, *(text.rfind(mark, begin, start) for mark in _SUBJECT_SCOPE_ENDS))

    def qualify(self, start: int, end: int, category: str, *, screening: bool) -> Qualifiers:
        """The qualifiers of a finding of ``category`` at ``text[start:end]``; ``screening``:
        its term names a test ("~term"), hypothetical unless a result follows."""
        text = self._text
        finding = _FINDINGS[category]
        if finding.sti:
            finding = finding._replace(
                infection=not _STI_TREATMENT.match(text, start),
                chronic=_CHRONIC.search(text, max(0, start - 12), end + 12) is not None,
            )
        negation, hypothesis, positive, history, other, listed_negation = (
            self._read_before(start, end, finding)
            if self._cue_near_before(start)
            else _NOTHING_BEFORE
        )
        following, history_after = self._following(end, finding)
        if listed_negation and following == "pos":
            negation = -1  # "absence d'activité cardiaque, MFIU confirmée": its own statement
        positive_before = positive >= 0 and (hypothesis < 0 or positive < hypothesis)
        # A result after a finding ("VIH+") does not undo a negation before it ("pas d'IST
        # connue"); a positive cue nearer than the negation does ("pas de fièvre, positif
        # au VIH").
        negated = following == "neg" or (negation >= 0 and not 0 <= positive < negation)
        hypothetical = (
            (screening or hypothesis >= 0 or following == "hyp")
            and following != "pos"
            and not positive_before
        )
        if not other and self._family_lines:
            other = self._in_family_section(start)
        return _QUALIFIERS[negated, hypothetical, other, history or history_after]

    def _cue_near_before(self, start: int) -> bool:
        """Whether a cue starts within the window before ``start``: most findings have none,
        and need no clause read."""
        index = bisect.bisect_left(self._before_starts, start)
        return index > 0 and self._before_starts[index - 1] >= start - _WINDOW

    def _read_before(self, start: int, end: int, finding: _Finding) -> _CuesBefore:
        """What the cues of its clause before a finding say of it."""
        negation = hypothesis = positive = -1
        listed_negation = False
        begin = self.clause_before(start)
        wide = (
            self.clause_before(start, across_dashes=True) if finding.sti and self._dashes else begin
        )
        text = self._text
        scope = None  # see _subject_scope; most findings have no "other" cue before them
        history = other = False
        for cue in self._cues_before(wide, start):
            kind = cue.kind
            if cue.start < begin and kind != "pep":
                continue
            if kind == "history":
                history = True
                continue
            if kind == "other":
                if scope is None:
                    scope = self._subject_scope(begin, start)
                other = other or cue.start >= scope  # someone named before, up to a comma
                continue
            reach = _BEFORE_REACH.get(kind)
            if reach is None or (finding.identity and kind == "plan"):
                continue
            if kind == "ordered":
                if not (finding.infection and _COLON_FOLLOWS.match(text, cue.end)):
                    continue
                kind = "plan"
            if kind == "pep" and finding.sti:
                if text.startswith(("prep", "pre-exposure", "pre exposure"), start):
                    continue  # "TPE non nécessaire : sous PrEP": PrEP is no PEP regimen
                reach = _PEP_REACH_STI
            if (
                kind == "plan"
                and text.startswith("kit", cue.start)
                and _PEP_NEXT.match(text, cue.end)
            ):
                continue  # "Kit TPE, contraception d'urgence": a treatment's kit, no test kit
            gap = text[cue.end : start]
            distance = _gap_words(gap)
            if distance > reach:
                distance = _after_list_colon(gap, kind, distance)
                if distance > reach:
                    continue
            if self._out_of_reach(cue, gap, start, end, finding):
                continue
            # Someone named after a comma starts a statement of their own ("we worked for no
            # money, they beat us", "a peur de son conjoint, il lui a cassé le poignet").
            new_subject = kind != "pos" and (
                bool(
                    ("," in gap or "(" in gap or ";" in gap)
                    and _NEW_SUBJECT.search(text, cue.end, min(end, start + 12))
                )
                or (kind in _DOUBTS and self._relative_after_mark(cue.end, start, gap))
            )
            if kind in _NEGATIONS:
                if (
                    _reaches_past_commas(kind, gap)
                    and not new_subject
                    and not _SAYS.search(gap)
                    and not (
                        (_aside(gap) or _told_after_colon(gap) or _REASON.search(gap))
                        and _negates_a_verb(text, cue)
                    )
                    and not (kind == "declined" and _NOT_REFUSED.search(gap))
                    and not ("," in gap and _verb_negation_ends(text, cue))
                    and (negation < 0 or distance < negation)
                ):
                    negation = distance
                    listed_negation = "," in gap
            elif kind == "pos":
                positive = distance
            elif (
                not _HYPOTHESIS_ENDS.search(gap)
                and not _SAYS.search(gap)
                and not new_subject
                and _doubt_reaches(gap, listed="," in gap and self._listed(end))
            ):
                hypothesis = distance  # hyp, plan, nearhyp, pep: the last is the nearest
        return _CuesBefore(negation, hypothesis, positive, history, other, listed_negation)

    def _relative_after_mark(self, cue_end: int, start: int, gap: str) -> bool:
        """Whether a relative is named after the last comma or colon between a doubt and a
        finding: their own statement ("Risque d'excision abordé : mère elle-même
        excisée")."""
        mark = max(gap.rfind(","), gap.rfind(":"))
        return mark >= 0 and self._someone_named(cue_end + mark, start)

    def _someone_named(self, low: int, high: int) -> bool:
        """Whether a cue naming someone else starts between ``low`` and ``high``."""
        first = bisect.bisect_left(self._before_starts, low)
        last = bisect.bisect_left(self._before_starts, high)
        return any(cue.kind == "other" for cue in self._before[first:last])

    def _in_family_section(self, at: int) -> bool:
        """Whether ``at`` follows a heading such as "ATCD familiaux :" on its line."""
        line = self._text.rfind("\n", 0, at) + 1
        return any(line <= heading < at for heading in self._family_lines)

    def _cues_before(self, begin: int, start: int) -> list[Cue]:
        low = bisect.bisect_left(self._before_starts, begin)
        high = bisect.bisect_left(self._before_starts, start)
        return [cue for cue in self._before[low:high] if cue.end <= start]

    def _following(self, end: int, finding: _Finding) -> tuple[str | None, bool]:
        """The kind of the nearest cue after a finding ("neg", "hyp", "pos" or None), and
        whether a mark of past history follows at once ("TS en 2015", "IVG x2").

        A cue reaches back over a few words ("VIH 1/2 : négatif") and over a list of short
        items ("VIH, VHB, VHC négatifs"), not over a comma into another statement; a
        refusal, a bare answer or a test ("dépistage refusé", "FGM: no", "HIV test") only
        when it follows at once."""
        if _NEGATIVE_SIGN.match(self._text, end):
            return "neg", False  # "VIH-", "VHC (-)"; not "VIH - suivi", "->", "x-ray"
        low = bisect.bisect_left(self._after_starts, end)
        if low == len(self._after) or self._after_starts[low] >= end + _AFTER_WINDOW:
            return None, False  # no cue within the window: most findings have none
        high = bisect.bisect_left(self._after_starts, self.clause_after(end), low)
        kind = None
        history = False
        test_end = -1  # where a test cue ended: a result just after it is the finding's
        inside = -1  # where the last cue read ended: a cue within it is one of its words
        cues = self._after[low:high]
        if self._pending:
            cues = _awaited(cues, infection=finding.infection)
        for cue in cues:
            if cue.start < inside:
                continue  # "agression, non confirmée": "confirmée" is a word of "non confirmée"
            if (
                kind == "pos"
                and self._text[cue.start] == "?"
                and not self._text[inside : cue.start].strip()
            ):
                kind = "hyp"  # "syphilis secondaire ?": the doubt is of the whole phrase
            inside = cue.end
            gap = self._text[end : cue.start]
            if ":" in gap:
                gap = _SEEN_ALONE.sub(": ", gap)
            if finding.identity and "->" in gap:
                break  # "screened because of Han Chinese ancestry -> negative": the result
                # after the arrow is the test's, not the ancestry's
            if _past_arrow(gap):
                break  # "On PrEP daily, adherent -> PEPSE not needed": a new statement
            if self._not_of_the_finding(cue, gap, finding):
                continue
            if cue.kind in ("pos", "neg") and _JOINED_ON.match(self._text, cue.end):
                continue  # "HIV test (high-prevalence area)": a word of a compound, no result
            if cue.kind == "history":
                history = history or _gap_words(gap) <= 1
                continue
            if cue.kind == "info" and not (finding.sti and kind is None and gap.isspace()):
                continue
            if kind == "hyp" and test_end >= 0 and cue.kind in ("pos", "neg"):
                if _gap_words(_REPORTING.sub(" ", self._text[test_end : cue.start])) <= 1:
                    kind = cue.kind  # "Hépatite C : sérologie positive", "came back positive"
                test_end = -1
            elif kind is None:
                if cue.kind in ("refused", "refusal") and _REFUSES_SOMETHING.match(
                    self._text, cue.end
                ):
                    continue  # "Témoin de Jéhovah : refuse toute transfusion"
                if cue.kind == "hyp" and self._heads_an_aside(cue, gap):
                    continue  # "viol par un inconnu (probable soumission chimique)"
                kind = _reaching_kind(cue, gap, self._text[cue.start : cue.end])
                if kind is not None and self._about_someone_else(end, cue.start, gap):
                    kind = None
                rule_out = _RULE_OUT.match(self._text, cue.start)
                test_end = cue.end if kind == "hyp" and not rule_out else -1
        return kind, history

    def _not_of_the_finding(self, cue: Cue, gap: str, finding: _Finding) -> bool:
        """Whether a cue after a finding is about something else, whatever comes next."""
        text, kind = self._text, cue.kind
        if (
            kind == "refused"
            and (finding.origin or finding.sex_life or finding.reproductive)
            and self._modifies_next_word(cue)
        ):
            # "Jewish heritage (non pratiquante)", "rapport extra-conjugal non protégé", "GEU
            # non rompue": "non" of the next word ("PrEP non souhaitée" stays a negation)
            return True
        if kind == "refused" and "," in gap and _WORD_FOLLOWS.match(text, cue.end):
            return True  # "GAD-7 13, no SI": a denial of what follows, no answer
        if (
            finding.identity
            and kind == "neg"
            and _gap_words(gap)
            and _NEGATIVE_RESULT.match(text, cue.start)
        ):
            return True  # "Husband HIV negative": a test's result, not who someone is
        if finding.reproductive and kind == "plan" and text.startswith(_REQUESTS, cue.start):
            return True  # "TOP requested": her decision
        if not finding.sti and kind == "plan" and text.startswith(_STI_PLANS, cue.start):
            return True  # "Norlevo + TPE", "signalement, OPP demandée": of HIV, of the OPP
        if finding.identity and kind in ("plan", "testing", "testnear"):
            return True
        treatment = finding.sti and not finding.infection
        if treatment and kind in ("testing", "testnear") and "," in gap:
            return True  # "On daily TDF/FTC, HIV test today negative": another's test
        if kind == "neg" and finding.infection and _CURED.match(text, cue.end):
            return True  # "VHC : PCR négative après traitement": an infection cured, not none
        if kind == "neg" and ("," in gap or "(" in gap) and finding.chronic:
            return True  # "Chronic hep B, HBeAg neg", "(eAg negative)": a marker's result
        if (
            kind == "neg"
            and ("," in gap or " - " in gap)
            and (finding.identity or treatment)
            and _NEGATIVE_RESULT.match(text, cue.start)
        ):
            return True  # "PrEP started today (TDF/FTC), HIV neg", "PrEP - HIV nég": the test's
        if cue.kind in _TESTS_AFTER and _SUBJECT.search(gap):
            return True  # "a nude image she sent": the sending is hers, not a test sent
        if cue.kind in _TESTS_AFTER and _SENT_SOMETHING.match(text, cue.start):
            return True  # "Sextortion - sent £200 to the blackmailer": no sample sent
        return (
            cue.kind == "plan"
            and text.startswith("prescri", cue.start)
            and bool(_DOSE.search(gap) or _DOSE.match(text, cue.end + 1))
        )  # "ulipristal 30 mg prescrit": a drug given

    def _out_of_reach(self, cue: Cue, gap: str, start: int, end: int, finding: _Finding) -> bool:
        """Whether a cue before a finding, near enough, is still about something else."""
        text, kind = self._text, cue.kind
        if gap.startswith(",") and _RULE_OUT.match(text, cue.start):
            return True  # "Pneumopathie à éliminer, VIH positif": the rule-out closes its item
        if (
            kind == "hyp"
            and not finding.sti
            and gap.lstrip().startswith(":")
            and _WORRY.match(text, cue.start)
        ):
            return True  # "consulte inquiet : relation extraconjugale": what he tells
        if finding.sex_life and kind == "plan" and ":" in gap:
            return True  # "bilan IST : nouveau partenaire": the reason for the test
        if kind in _DOUBTS and _OWN_TREATMENT.search(text, cue.end, end + 15):
            return True  # "requests her HIV meds": her own treatment, not a test
        if (
            kind in _DOUBTS
            # "s'interroge sur son orientation sexuelle": the doubt is hers
            and not finding.identity
            and _POSSESSED.fullmatch(gap)
            and not _STATUS.match(text, end)
        ):
            return True  # "wants to discuss her miscarriage", "si sa dépression s'aggrave"
        if finding.reproductive and kind == "plan" and text.startswith(_REQUESTS, cue.start):
            return True  # "requests a termination": her decision, not a test
        if finding.identity and kind in _DOUBTS and ":" in gap:
            return True  # "Fertility counselling: couple are practising Catholics": a fact
        if kind == "pep" and not finding.sti and "," in gap:
            return True  # "Kit TPE, contraception d'urgence": PEP's own item
        if kind == "plan" and _RESULTS_FOLLOW.match(text, cue.start):
            return True  # "Both tested: Madame porteuse hétérozygote": results follow
        if (
            kind == "plan"
            and (_after_colon(gap) or _after_arrow(gap))
            and self._names_a_result(start, end)
        ):
            return True  # "Carrier screening: carrier of Gaucher": the screen's result
        if kind == "plan" and _after_arrow(gap) and _found_before_arrow(gap):
            return True  # "syphilis serology: TPPA positive -> primary syphilis": its diagnosis
        if (
            kind in ("plan", "hyp")
            and _after_comma(gap)
            and self._names_a_result(start, end)
            and any(c.kind == "plan" for c in [cue, *self._cues_before(cue.end, start)])
        ):
            return True  # "Genetic counselling: CFTR testing, both heterozygous": its result
        if kind == "non" and gap.startswith("-") and _gap_words(gap):
            return True  # "non-fatal strangulation": "non" is of the word it is joined to
        if kind == "non" and any(mark in gap for mark in ":;,()/[\u2610\u2611\u2612"):
            return True  # "Répond par oui/non : elle a peur": an answer, not "non protégé"
        # "(soupçon de liens avec les LTTE) : coups": the aside holding the cue has closed
        return ")" in gap and "(" not in gap[: gap.index(")")]

    def _names_a_result(self, start: int, end: int) -> bool:
        """Whether a finding is itself a result, by its first word ("carrier of Gaucher"),
        its last ("sickle cell trait") or the word after it ("beta-thalassaemia trait")."""
        text = self._text
        if _RESULT_FINDING.match(text, start):
            return True
        last = text.rfind(" ", start, end) + 1
        if last > start and _RESULT_FINDING.match(text, last):
            return True
        return text[end : end + 1] == " " and _RESULT_FINDING.match(text, end + 1) is not None

    def _listed(self, end: int) -> bool:
        """Whether a finding ends an item of a list: a comma, a full stop or the end of its
        line right after it ("Sérologies VIH nég, VHB, VHC.")."""
        following = self._text[end : end + 2].lstrip(" ")
        return not following or following[0] in ",.;)/\n"

    def _heads_an_aside(self, cue: Cue, gap: str) -> bool:
        """Whether a doubt after a finding opens a parenthesis as the adjective of what it
        names ("viol par un inconnu (probable soumission chimique)", "(possible
        réinfection)"), or after an arrow the conclusion drawn from a score ("PCL-5 52 ->
        probable PTSD"): a doubt of that, not of the finding; "(probable)", "(possible, à
        confirmer)" stay the finding's."""
        opening = max(gap.rfind("("), *(gap.rfind(mark) for mark in _ARROWS))
        text = self._text
        if (
            opening < 0
            or _gap_words(gap[opening:])
            or text[cue.start : cue.end] not in _ASIDE_DOUBTS
        ):
            return False
        following = _WORD.match(text, cue.end + 1) if text[cue.end : cue.end + 1] == " " else None
        return following is not None and following.group() not in _LINKING_WORDS

    def _modifies_next_word(self, cue: Cue) -> bool:
        """Whether a bare answer "non" is joined to the word after it ("Ashkenazi heritage
        (non pratiquante)", "non fumeur"), which is no cue of its own ("non connue" stays a
        negation). Asked of an origin and of a sexual life only: "musulman non pratiquant"
        stays a question of faith, "PrEP non souhaitée" a denial."""
        text = self._text
        if text[cue.start : cue.end] != "non":
            return False
        following = cue.end
        while following < len(text) and text[following] == " ":
            following += 1
        if following == cue.end or following >= len(text) or not text[following].isalnum():
            return False
        if _WILLED.match(text, following):
            return False  # "IVG non souhaitée": a denial of the will, of the finding
        index = bisect.bisect_left(self._after_starts, following)
        return not (index < len(self._after) and self._after[index].start == following)

    def _about_someone_else(self, end: int, at: int, gap: str) -> bool:
        """Whether a cue after a finding and past a comma is about a person named after that
        comma ("mère suivie pour schizophrénie, père absent"), not about the finding."""
        comma = gap.rfind(",")
        if comma < 0:
            return False
        if _PERSON.search(gap, comma):
            return True  # "porteuse hétérozygote (CFTR), Monsieur négatif"
        return self._someone_named(end + comma, at)


def _awaited(cues: list[Cue], *, infection: bool) -> list[Cue]:
    """The cues after a finding, "en cours" read as a result awaited after an infection
    ("syphilis en cours") and dropped elsewhere, where it says something ongoing ("suivi
    psychiatrique en cours", "ARV en cours")."""
    return [
        cue._replace(kind="testnear") if cue.kind == "pending" else cue
        for cue in cues
        if infection or cue.kind != "pending"
    ]


def _scan_signs(
    folded: str, before: list[Cue], after: list[Cue], ends: list[tuple[int, int]]
) -> None:
    """The cues "?" (a question, "?dépression") and "+" (a positive result, "VIH+")."""
    for start in _positions(folded, "?"):
        end = start + 1
        answer = _ANSWERED.match(folded, end)
        if answer is None:
            before.append(Cue(start, end, "hyp"))
            after.append(Cue(start, end, "hyp"))
        elif answer.group(1) in ("non", "no"):  # "TS ? non" denies; "? oui" asks no more
            after.append(Cue(start, answer.end(), "neg"))
        if not folded[end : end + 1].isalnum():  # a question ends ("HSH ?" asks);
            ends.append((end, end))  # "?dépression" starts one
    for start in _positions(folded, "+"):
        if not _joins(folded, start, start + 1):
            after.append(Cue(start, start + 1, "pos"))


# A question answered at once: what follows says what is ("? oui") or is not ("? non").
_ANSWERED = re.compile(r" ?:? ?(oui|yes|non|no)\b")


# A form's boxes: "[ ] HSH  [x] chemsex", "Violences subies : [ ] oui  [x] non".
_BOX = re.compile(r"(?:\[ ?\]|\u2610)|(\[x\]|\u2612|\u2611)")
_BOX_MARKS = ("\u2610", "\u2611", "\u2612")
_BOX_ANSWER = re.compile(r" *(oui|yes|non|no)\b")


def _scan_boxes(folded: str, before: list[Cue], after: list[Cue]) -> bool:
    """A box left empty denies the item right after it ("[ ] HSH"), and takes no answer
    ("[ ] oui", masked); a ticked answer is the answer ("[x] non")."""
    masked = False
    for box in _BOX.finditer(folded):
        start, end = box.span()
        answer = _BOX_ANSWER.match(folded, end)
        if box.group(1) is None:  # empty
            if answer is None:
                before.append(Cue(start, end, "non"))
            else:
                after.append(Cue(start, answer.end(), "pseudo"))
                masked = True
        elif answer is not None:
            kind = "neg" if answer.group(1) in ("non", "no") else "pos"
            after.append(Cue(start, answer.end(), kind))
    return masked


def _positions(text: str, mark: str) -> list[int]:
    """Where ``mark`` stands in ``text``."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _starts_word(folded: str, start: int) -> bool:
    """Whether a word starts at ``start``: what a leading \\b would check."""
    return start == 0 or not (folded[start - 1].isalnum() or folded[start - 1] == "_")


def _joins(folded: str, start: int, end: int) -> bool:
    """Whether a "+" stands between spaces before a word: "and" ("VIH/VHB + PCR",
    "gorge + vagin"), not a positive result ("VIH+", "TPHA +.")."""
    if start == 0 or not folded[start - 1].isspace():
        return False
    following = folded[end : end + 3].lstrip()
    return bool(following) and following[0].isalnum()


_DOUBTS = frozenset(("hyp", "plan", "nearhyp"))
# An infection said chronic is known: a negative marker after a comma is of that marker
# ("Chronic hep B, HBeAg neg", "hépatite B chronique, AgHBe négatif").
_CHRONIC = re.compile(r"\bchroni(?:c|que)\b")
_JOINED_ON = re.compile(r"-[a-z]")
# A negative result after a treatment says the infection was cured: it was there.
_CURED = re.compile(
    r"\s*(?:apres|after|post|following|suite a)[- ]?(?:le |son |the |a )?"
    r"(?:traitement|ttt|treatment|therapy|daa|aad)\b"
)
# Treatments among HIV and STI findings: ongoing ("PrEP en cours"), not results awaited.
_STI_TREATMENT = re.compile(
    r"(?:prep|pre-exposure|pre exposure|prophylaxie|arvs?\b|tarv|art\b|antiretrovir|"
    r"tritherap|bitherap|truvada|descovy|biktarvy|triumeq|genvoya|odefsey|dovato|juluca|"
    r"stribild|atripla|eviplera|dolutegravir|bictegravir|raltegravir|darunavir|emtricitabine|"
    r"sofosbuvir|epclusa|maviret|harvoni|extencilline|tdf|taf|ftc|tenofovir|cabotegravir)"
)
# Doubts that stand before the noun they qualify ("probable soumission chimique"), and words
# after them that still leave the doubt to the finding ("(probable par voie sexuelle)").
_ASIDE_DOUBTS = frozenset(("probable", "probables", "possible", "possibles", "suspected"))
_LINKING_WORDS = frozenset(
    (
        *("par", "selon", "que", "qu", "a", "au", "aux", "d", "de", "du", "des", "mais", "et"),
        *("ou", "si", "pour", "vu", "by", "per", "given", "according", "but", "if", "and"),
        *("or", "to", "for", "as"),
    )
)
_ARROWS = ("->", "\u2192")
# A worry whose colon opens what the patient tells ("consulte inquiet : relation
# extraconjugale, rapports non protégés"): the facts, not the fear, except of an infection.
_WORRY = re.compile(r"(?:inquiet\w*|worried|concerned)\b")
# Post-exposure prophylaxis after a finding, or serologies "demandées": a risk or a test of
# HIV and STIs, no doubt of another finding.
_STI_PLANS = ("pep", "npep", "tpe", "post-exposure", "post-exposition", "demande")


def _past_arrow(gap: str) -> bool:
    """Whether an arrow stands in ``gap`` with words after it: what follows it is a new
    statement ("adherent -> PEPSE not needed"), not a value ("HIV -> negative")."""
    if "->" not in gap and "\u2192" not in gap:
        return False
    arrow = max(gap.rfind(mark) for mark in _ARROWS)
    return _gap_words(gap[arrow + 1 :]) > 0


def _after_list_colon(gap: str, kind: str, distance: int) -> int:
    """The distance of a finding from a test or a doubt whose phrase ends in a colon that
    opens a list ("dépistage conseillé tous les 3-6 mois dans votre situation : VIH,
    syphilis"): counted from the colon; ``distance`` otherwise."""
    if kind not in ("plan", "hyp") or ":" not in gap:
        return distance
    colon = gap.rindex(":")
    before, after = gap[:colon], gap[colon + 1 :]
    if _gap_words(before) > 12 or _DONE_BEFORE_COLON.search(before):
        return distance
    items = _gap_words(after)
    return items if items <= _LIST_ITEM_WORDS else distance


def _reaches_past_commas(kind: str, gap: str) -> bool:
    """A negation reaches past a comma into a list ("pas de fièvre, toux ni TS"), not into
    the next statement after a longer phrase ("nie tout rapport avec des hommes, 2
    partenaires féminines"); "sans" and a refusal reach neither past a comma nor past
    "avec" ("sans domicile, a des relations tarifées", "sans ascenseur avec son
    compagnon"). A list may follow the words that announce it ("negative all panels incl.
    opiates, benzos, cocaine"): its first item is counted from there."""
    if kind in ("without", "declined") and ("," in gap or _WITH.search(gap)):
        return False
    if kind not in _NEGATIONS or "," not in gap:
        return True
    first = gap[: gap.index(",")]
    words = first.split()
    if words and all(word in _NEGATION_DONE for word in words):
        return False  # "not needed, PrEP continued": the negation said all it had to say
    announced = [m.end() for m in _LIST_ANNOUNCED.finditer(first)]
    if announced:
        first = first[announced[-1] :]
    return _gap_words(first) <= _LIST_ITEM_WORDS


def _aside(gap: str) -> bool:
    """Whether a finding stands in a parenthesis opened after the words a negation is about
    ("ne soit pas envoyé chez ses parents (hospit en psychiatrie)"), not in one that lists
    what it denies ("pas d'ATCD (TS, dépression)")."""
    opening = gap.rfind("(")
    return opening >= 0 and ")" not in gap[opening:] and _gap_words(gap[:opening]) > 2


def _told_after_colon(gap: str) -> bool:
    """Whether a finding stands after a colon that closes a negated statement of its own
    ("n'avait pas pris son traitement depuis 3 semaines : militant CGT"), not after one
    that opens the list it negates ("ne consomme pas : alcool, cannabis")."""
    colon = gap.rfind(":")
    return colon >= 0 and _gap_words(gap[:colon]) > 2


# A positive result ("TPPA positive", "PCR +", "reactive"): a test's phrase that found it.
_FOUND = re.compile(r"\bpositi\w*|\bpos\b|\breacti\w*|\bdetected\b|\bdetectee?s?\b|\+(?!\s*\w)")


def _found_before_arrow(gap: str) -> bool:
    """Whether a positive result stands before the last arrow of ``gap``: what follows the
    arrow is the diagnosis the test made, not a test to do."""
    arrow = max(gap.rfind(mark) for mark in _ARROWS)
    return bool(_FOUND.search(gap, 0, arrow))


def _after_arrow(gap: str) -> bool:
    """Whether a finding stands a few words after an arrow that closes a test's name
    ("caryotype du couple -> translocation équilibrée", "dépistage néonatal -> AS (trait
    drépanocytaire)"): what the test found."""
    if "->" not in gap and "\u2192" not in gap:
        return False
    arrow = max(gap.rfind(mark) for mark in _ARROWS)
    return _gap_words(gap[arrow + 1 :]) <= 3


def _after_colon(gap: str) -> bool:
    """Whether a finding follows the colon that closes a test's name ("Haemoglobinopathy
    screen: HbAS, sickle cell carrier"), or stands just after a colon ("Dépistage des
    porteurs : porteuse hétérozygote")."""
    if gap.lstrip().startswith(":"):
        return True
    colon = gap.rfind(":")
    return colon >= 0 and _gap_words(gap[colon + 1 :]) <= 1


def _after_comma(gap: str) -> bool:
    """Whether a finding that is a result stands a word or two after the one comma that
    closes a test's phrase ("CFTR testing of the couple, both heterozygous carriers"): what
    the test found, not another test of a list."""
    comma = gap.find(",")
    return comma >= 0 and "," not in gap[comma + 1 :] and _gap_words(gap[comma + 1 :]) <= 2


def _negates_a_verb(text: str, cue: Cue) -> bool:
    """Whether a negation cue is of a verb ("ne soit pas envoyé", "n'a plus", "not sent"),
    not of the nouns it lists ("pas de", "aucun", "no")."""
    words = text[cue.start : cue.end]
    return words in _VERB_NEGATIONS or (words.startswith("n") and words.endswith(" plus"))


# "ne souhaite pas", "n'a plus": a French verb negated, ending at its "pas" or "plus"
_NE_VERB = re.compile(r"\bn(?:e |')\S+ (?:\S+ )?$")
# What a negation of nouns goes on with ("n'a pas d'antécédent de TS, de dépression", "ne
# consomme pas : alcool, cannabis")
_NOUNS_FOLLOW = re.compile(r" ?:| (?:de|d'|du|des|aucune?)\b")


def _verb_negation_ends(text: str, cue: Cue) -> bool:
    """Whether a negation is of a verb and ends with it ("ne souhaite pas lui en parler,
    relation extraconjugale", "ne dort plus, EPDS 19", "Not sleeping, tearful, GAD-7 13"):
    past a comma comes another statement, not an item of a list it negates ("ne prend pas
    de méthadone, de subutex", "not on methadone, buprenorphine")."""
    words = text[cue.start : cue.end]
    if words == "not" and _ING.match(text, cue.end):
        return True
    if words.startswith("n") and words.endswith(" plus"):
        return not _NOUNS_FOLLOW.match(text, cue.end)
    return (
        words == "pas"
        and _NE_VERB.search(text, max(0, cue.start - 30), cue.start) is not None
        and not _NOUNS_FOLLOW.match(text, cue.end)
    )


def _doubt_reaches(gap: str, *, listed: bool = False) -> bool:
    """Whether a doubt, a test or a plan before a finding reaches it past a comma: into a
    list ("dépistage VIH, syphilis, VHB"), not past a cue whose own phrase ended there
    ("venu pour contrôle, h/o dépression", "counselling done, 2 partenaires", "discussed
    with DSL, MASH referral")."""
    comma = gap.find(",")
    if comma < 0:
        return True
    phrase = gap[:comma].split()
    if not phrase and _LIST_ANNOUNCED.match(gap[comma + 1 :].lstrip()):
        return True  # "reproductive options, including PGT-M": a list the cue announces
    if not listed and _RESULT_WORD.search(gap, 0, comma):
        return False  # "test negative, levonorgestrel given": the result closed the phrase
    return bool(phrase) and phrase[0] not in _PHRASE_CLOSED and phrase[-1] not in _PHRASE_DONE


# Words before "inconnu"/"unknown" that make it someone ("par un inconnu", "an unknown man",
# "viol par agresseur inconnu") or something else than the finding ("a male partner of
# unknown status").
_SOMEONE_BEFORE = frozenset(
    (
        *("un", "une", "des", "deux", "trois", "plusieurs", "par", "d'", "l'"),
        *("by", "an", "a", "two", "of"),
        *("agresseur", "agresseurs", "agresseuse", "auteur", "auteurs", "individu"),
        *("individus", "assailant", "assailants", "attacker", "attackers", "perpetrator"),
        *("perpetrators", "aggressor", "offender"),
    )
)
# A doubt in the singular after a finding ("TSPT probable") is of the last item of a list
# before it, not of the symptoms listed ("Cauchemars, reviviscences, TSPT probable").
_SINGULAR_DOUBTS = frozenset(("probable", "possible"))


def _closes_a_list(cue: Cue, gap: str) -> bool:
    """Whether a negative result after the colon that closes a list of tests reaches the
    list's first items, past the usual reach ("VIH, VHB, VHC, syphilis, CT/NG (urines) :
    tout négatif"); and whether a test ordered right after a list of short items reaches
    them all ("VIH, VHB, VHC, TPHA, PCR chlam/gono demandés")."""
    if cue.kind == "plan" and ":" not in gap and "," in gap and _gap_words(gap) <= 12:
        pieces = _LIST_SEPARATORS.split(gap)
        return all(_gap_words(piece) <= _AFTER_ITEM_WORDS for piece in pieces)
    if cue.kind != "neg" or ":" not in gap:
        return False
    colon = gap.rindex(":")
    items = gap[:colon]
    if "," not in items or _gap_words(gap[colon + 1 :]) > 1 or _gap_words(items) > 12:
        return False
    return all(_gap_words(piece) <= _AFTER_ITEM_WORDS for piece in _LIST_SEPARATORS.split(items))


_COUNTED = re.compile(r"\d+-\w+|\w+")


def _item_words(item: str) -> int:
    """Words of one item of a list, a count joined to its noun counted once ("3-site
    NAATs", "2-site swabs")."""
    return len(_COUNTED.findall(item))


def _reaching_kind(cue: Cue, gap: str, words_of_cue: str = "") -> str | None:
    if cue.kind in ("neg", "pos") and ")" in gap:
        # "HIV 1/2 Ag/Ab (4th gen): NOT DETECTED": an aside closed before a result is no item
        gap = _CLOSED_ASIDE.sub(" ", gap)
    words = _gap_words(gap)
    if words > _AFTER_REACH and not _closes_a_list(cue, gap):
        return None
    opening = gap.rfind("(")
    if opening >= 0 and ")" not in gap[opening:] and "," in gap[opening:]:
        return None  # "négligence (absentéisme, soins non faits)": an item of the list
    if cue.kind == "refused" and words and gap.rstrip().endswith(":") and "," not in gap:
        return "neg"  # "Asked re DV when seen alone: nil"
    if cue.kind == "refusal":
        # A refused test or procedure did not happen; a refused treatment of the finding
        # does not undo it ("HIV treatment refused").
        near = words <= _REFUSAL_REACH and not any(mark in gap for mark in ",:;(")
        if near and _SUBORDINATE.search(gap):
            return None  # "forced sex after she refused": the refusal is hers, not the finding's
        return "neg" if near and not _TREATMENT.search(gap) else None
    # "VIH/VHC : dernier dépistage négatif": what follows a colon is the value; the list
    # rule applies to what stands before it.
    items = gap[: gap.rindex(":")] if ":" in gap else gap
    pieces = _LIST_SEPARATORS.split(items) if "," in items or "/" in items or words else [items]
    # Findings joined by slashes are one group ("VIH/VHB"): what follows the last of them
    # is said of them all ("Sero VIH/VHB du 3e trim négatives").
    grouped = pieces[:-1] if "," not in items and _SLASHED.match(items) else pieces
    if len(pieces) > 1 and (
        any(_item_words(p) > _AFTER_ITEM_WORDS for p in grouped)
        or (not pieces[-1].strip() and items == gap)
    ):
        return None
    if words_of_cue in _SINGULAR_DOUBTS and _another_item_before(gap):
        return None
    if cue.kind in ("plan", "hyp") and len(pieces) > 1 and _GIVEN.search(pieces[0]):
        return None  # "Lévonorgestrel 1,5 mg donné, TPE discuté": its own item was done
    if cue.kind == "unknown":
        last = gap.split()[-1:]  # "(agresseur inconnu, plainte classée)": the word, bare
        return None if last and last[0].lstrip('(["«') in _SOMEONE_BEFORE else "neg"
    if cue.kind == "refused":
        return "neg" if words == 0 else None
    if cue.kind == "info":
        return "hyp"  # "PrEP info given": see _following
    if cue.kind == "ifneeded":  # "CSAPA si besoin"; not "venlafaxine + hydroxyzine si besoin"
        return "hyp" if words == 0 else None
    if cue.kind == "plan":
        return "hyp"
    if cue.kind == "testnear":  # "STI check", "GC/CT testing"; not "escort, routine STI check"
        return "hyp" if "," not in gap and "(" not in gap and words <= _AFTER_ITEM_WORDS else None
    if cue.kind == "testing":  # "HIV test", "VIH/VHC testés"; not "BRCA2 (test fait ...)"
        return "hyp" if "(" not in gap and words <= len(pieces) * _AFTER_ITEM_WORDS else None
    return cue.kind


_COLON_FOLLOWS = re.compile(r" ?:")
_PEP_NEXT = re.compile(r"s? (?:de )?(?:tpe|pep|ppe|npep|pepse)\b")
# How a screening question was asked, between it and its answer ("Domestic abuse: asked
# alone, no concerns"): the answer is the question's.
_SEEN_ALONE = re.compile(
    r"^\s*:\s*(?:asked|seen|questioned|interviewed|vue?s?|questionnee?s?|interrogee?s?)\s+"
    r"(?:alone|seule?s?|en tete[- ]a[- ]tete|without (?:her|his|their) partner|"
    r"sans (?:son|sa) (?:conjointe?|partenaire|compagnon|compagne|mari))\s*,\s*$"
)
_WORD_FOLLOWS = re.compile(r" +[a-z0-9]")
_ING = re.compile(r" [a-z]+ing(?= ?[,;])")  # "not sleeping, ...": a verb with no object
# Words of will after "non": "IVG non souhaitée" denies the finding, not a quality of it.
_WILLED = re.compile(r"(?:souhait|desir|voulu|envisag|accept|demand|choisi|retenu)")
# An item of a list said done: a plan or a doubt after the list is not its.
_GIVEN = re.compile(
    r"\b(?:donnee?s?|given|administree?s?|administered|faite?s?|done|realisee?s?|"
    r"delivree?s?|dispensed|started|debutee?s?|pris|prise|taken)\b"
)
_CLOSED_ASIDE = re.compile(r"\([^()]*\)")


def _another_item_before(gap: str) -> bool:
    """Whether words stand between a finding and a cue after it, past the last comma or
    colon: another item of a list, or the conclusion drawn from it ("insomnie, idées noires
    : dépression probable")."""
    mark = max(gap.rfind(","), gap.rfind(":"))
    return mark >= 0 and _gap_words(gap[mark + 1 :]) > 0


def _unmasked(cues: list[Cue]) -> list[Cue]:
    """Cues without those inside a pseudo-cue ("sans" in "sans doute"), and without the
    pseudo-cues themselves. ``cues`` are sorted by start: one sweep."""
    masks = [(cue.start, cue.end) for cue in cues if cue.kind == "pseudo"]
    if not masks:
        return cues
    kept: list[Cue] = []
    mask_end = -1
    next_mask = 0
    for cue in cues:
        while next_mask < len(masks) and masks[next_mask][0] <= cue.start:
            mask_end = max(mask_end, masks[next_mask][1])
            next_mask += 1
        if cue.kind != "pseudo" and cue.end > mask_end:
            kept.append(cue)
    return kept
