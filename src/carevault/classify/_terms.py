"""The lexicon read into terms, and one Aho-Corasick automaton that finds them all in one pass.

The automaton runs over folded text (see :mod:`._text`); each hit is kept only if it is a
whole word (or a word beginning, for ``term*``), in the right case for ``=TERM``, and not
ruled out by the term's ``!after``/``!before``/``+near`` conditions, which look at the
clause around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import ahocorasick

from carevault.classify._lexicon import LEXICON
from carevault.classify._regex import fast_start
from carevault.classify._text import fold, spaced

# Words that make "mutation", "porteuse", "carrier" genetic rather than a job transfer, an
# IUD or a carrier of germs.
_CONTEXTS = {
    "GENETIC_CONTEXT": (
        r"gen\w*|brca\w*|lynch|heterozyg\w*|homozyg\w*|patho\w*|delet\w*|germinal\w*|"
        r"constitution\w*|oncogen\w*|famil\w*|jak2|egfr|kras|braf|hfe|c282y|cftr|facteur v|"
        r"factor v|drepano\w*|sickle|thalass\w*|mucovisc\w*|cystic|fragile|hemophil\w*|"
        r"translocation|variant\w*|[a-z]+[0-9]+[a-z0-9]*|caryotype|karyotype|tay-sachs|smn1?|"
        r"hba[as]|hbss|haemoglobin\w*|hemoglobin\w*"
    ),
    # Mismatch-repair genes named as tumour proteins on immunohistochemistry ("MLH1/PMS2
    # retained", "loss of MLH1", "MLH1 promoter hypermethylation"): a tumour stain, not a
    # germline finding.
    "MMR_PROTEIN": (
        r"^\s*(?:/\s*\w+\s*)*\)?\s*(?:retained|intact|conserv\w*|exprim\w*|expression|expressed|"
        r"loss|lost|deficient|perte|proteins?|proteines?|ihc|immunohisto\w*|promoter|"
        r"hypermethyl\w*|methyl\w*)\b"
    ),
    "IHC_BEFORE": (
        r"\b(?:loss of|perte d|deficient|dmmr|pmmr|mmr proteins?|proteines? mmr|ihc|"
        r"immunohisto\w*|expression (?:of|de|du))\b[^.]{0,40}$"
    ),
    # Peoples, as the start of a French adjective ("d'origine maghrébine", "ascendance
    # kabyle") and as whole English words ("of West African descent").
    "ETHNO_FR": (
        r"maghreb|afric|afro|subsahar|sub-sahar|antill|caribe|caraib|asiat|arab|berb|kabyl|"
        r"turc|turq|kurd|rom|tzigan|gitan|indien|pakistan|bangladesh|chin|vietnam|core|japon|"
        r"philippin|comor|senegal|malien|ivoir|alger|maroc|tunis|haiti|juiv|europ|portug|"
        r"espagn|italien|polon|roumain|armen|liban|syri|iran|afghan|tamoul|sri-lank|cambodg|"
        r"laot|thai|bresil|peruv|mexic|latino|hispan|cap-verd|congol|camerou|malgach|somal|"
        r"erythr|ethiop|soudan|niger|ghan|moyen-orient|mediterran|caucas|kanak|polynes|gabon|"
        r"guine|togo|benin|burkin|tchad|mauritan|mauric|reunion|mahor|tcheche|russe|ukrain|"
        r"serbe|albanai|bosni|ashkenaz|sefarad|antillo-guyan|guyan|anjouan|bushineng|amerindi|"
        r"pendjab|penjab|punjab|chypriot|tongien|samoan|fidjien|bengal|sindh|balout"
    ),
    # What follows or precedes a hepatitis B or HPV word when the note speaks of a vaccine
    # ("VHB : immunisée par vaccination", "HPV à jour", "2e dose HPV"), not an infection.
    "VACCINE_AFTER": (
        r"^\s*(?::\s*)?\(?\s*(?:et \w+ )?(?:vaccin\w*|vacc\b|vaccs?\b|vax\w*|immun\w*|a jour|"
        r"up to date|(?:\d+\s*(?:re|er|e|eme|st|nd|rd|th)?\s*)?dose\w*|rappel\w*|booster|jab|"
        r"rattrapage|catch-?up|"
        r"injection|course|series|schema|completed|gardasil|fait|faite|done|given|ok\b)"
    ),
    "VACCINE_BEFORE": (
        r"\b(?:vaccin\w*|gardasil|dose|rappel|booster|immunis\w*|immune|anti-?hbs|against|contre|"
        # a catch-up course ("rattrapage VHB (3e dose)", "HPV catch-up")
        r"rattrapage|catch-?up)\b"
    ),
    # A people named as a language, not an origin ("interprète wayana", "Dene-speaking").
    "PEOPLE_AS_LANGUAGE_BEFORE": (
        r"\b(?:interprete|interpreter|interpretariat|langue|language|parle|parlant|speaks?|"
        r"speaking|bilingual|bilingue|trilingual|trilingue|traducteur|traductrice|en|in|via)\s*$"
    ),
    "PEOPLE_AS_LANGUAGE_AFTER": (
        r"^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant)"
    ),
    # A faith or a people in an institution's name ("Hôpital Saint-Joseph", "Catholic
    # Relief Services", "Université catholique de Louvain"), not a person's.
    "INSTITUTION_BEFORE": (
        r"\b(?:hopital|hopitaux|hospital|clinique|clinic|secours|institut|institute|universite|"
        r"university|ecole|school|lycee|college|centre|center|association|charities|charity|"
        r"relief|aid|foundation|fondation|mission)\s+(?:general\s+|generale\s+|des\s+)?$"
    ),
    "INSTITUTION_AFTER": (
        r"^\s*(?:general\s+hospital|hospitals?|hopital|hospice|health|healthcare|medical|clinic|"
        r"schools?|college|university|universite|relief|care|charities|charity|aid|"
        r"social services|family services|community services|refugee services|mission|"
        r"foundation|secours|de louvain|de lyon|de lille|de paris)\b"
    ),
    # What "d'origine" says of a symptom, not of a person ("douleur d'origine mécanique").
    "MEDICAL_ORIGIN": (
        r"(?:virale?|bacterienne?|infectieuse?|mecanique|inflammatoire|tumorale?|cardiaque|"
        r"centrale?|peripherique|fonctionnelle?|medicamenteuse?|alimentaire|indeterminee?|"
        r"inconnue?|probable|traumatique|vasculaire|renale?|hepatique|digestive?|musculaire|"
        r"psychogene|professionnelle?|allergique|genetique|hereditaire|familiale?|ischemique|"
        r"neurologique|osseuse?|articulaire|cutanee?|iatrogene|toxique|endocrinienne?|"
        r"metabolique|congenitale?|degenerative?|dentaire|orl|ophtalmique|pulmonaire|"
        r"respiratoire|thyroidienne?|hormonale?|immunologique|auto-immune|multifactorielle?|"
        r"mixte|non|veineuse?|arterielle?|porcine|bovine|ovine|caprine|equine|murine|humaine|"
        r"naturelle|marine|parasitaire|fongique|mycosique|virologique|"
        r"gynecologique|urinaire|vesicale?|prostatique|anale?|rectale?|gastrique|biliaire|"
        r"pancreatique|splenique|medullaire|radiculaire|vertebrale?|discale?|posturale?|"
        r"psychologique|psychiatrique|anxieuse?|emotionnelle?|nerveuse?|mecanico|indeterminee?|"
        # and any word of the suffixes of anatomy and pathology ("d'origine pariétale",
        # "thoracique", "lombaire", "ischémique"): peoples end otherwise (maghrébine, turque,
        # kabyle; "asiatique" is found by its own expression)
        r"[a-z-]*(?:ique|iques|ale|ales|aire|aires|euse|euses|eux|oide|ogene|ee|ees))\b"
    ),
    # Countries one comes from ("famille originaire du Cambodge"), as folded words.
    "COUNTRIES": (
        r"cambodge|cambodia|vietnam|viet nam|laos|chine|china|inde|india|pakistan|bangladesh|"
        r"sri lanka|maroc|morocco|algerie|algeria|tunisie|tunisia|senegal|mali|cote d'ivoire|"
        r"ivory coast|cameroun|cameroon|congo|rdc|haiti|comores|madagascar|turquie|turkey|"
        r"syrie|syria|liban|lebanon|afghanistan|iran|irak|iraq|erythree|eritrea|ethiopie|"
        r"ethiopia|somalie|somalia|soudan|sudan|tchad|chad|guinee|guinea|nigeria|ghana|"
        r"roumanie|romania|bulgarie|tchetchenie|chechnya|kosovo|albanie|albania|armenie|"
        r"armenia|georgie|philippines|afrique\w*|africa|maghreb|antilles|caraibes|caribbean|"
        # Europe's east and the Balkans, the Middle East, Asia, Africa, the Americas
        r"belarus|bielorussie|ukraine|russie|russia|moldavie|moldova|serbie|serbia|bosnie|"
        r"bosnia|macedoine|macedonia|lituanie|lithuania|lettonie|latvia|pologne|poland|"
        r"hongrie|hungary|bulgaria|azerbaidjan|azerbaijan|kazakhstan|ouzbekistan|uzbekistan|"
        r"tadjikistan|tajikistan|kirghizistan|kyrgyzstan|mongolie|mongolia|tibet|nepal|"
        r"birmanie|burma|myanmar|thailande|thailand|indonesie|indonesia|malaisie|malaysia|"
        r"coree|korea|egypte|egypt|libye|libya|yemen|palestine|gaza|kurdistan|"
        r"arabie saoudite|saudi arabia|kenya|ouganda|uganda|tanzanie|tanzania|rwanda|burundi|"
        r"soudan du sud|south sudan|djibouti|mauritanie|mauritania|niger|burkina faso|burkina|"
        r"benin|togo|gambie|gambia|sierra leone|liberia|guinee-bissau|guinea-bissau|cap-vert|"
        r"cape verde|angola|mozambique|zimbabwe|zambie|zambia|malawi|afrique du sud|"
        r"south africa|gabon|centrafrique|central african republic|jamaique|jamaica|cuba|"
        r"republique dominicaine|dominican republic|bresil|brazil|colombie|colombia|"
        r"venezuela|perou|peru|bolivie|bolivia|equateur|ecuador|mexique|mexico|guatemala|"
        r"honduras|salvador|nicaragua|paraguay|"
        r"democratic republic of (?:the )?congo|republique democratique du congo|drc|"
        r"moyen-orient|middle east|amerique latine|latin america|amerique du sud|"
        r"south america|central america|europe de l'est|eastern europe|balkans|"
        r"asie du sud|south asia|asie|asia|west africa|east africa|north africa|"
        r"horn of africa|corne de l'afrique|anjouan|grande comore|moheli|ngazidja|nzwani|"
        # territories and islands one comes from
        r"hong kong|taiwan|trinidad|barbados|grenada|guyana|samoa|tonga|fiji"
    ),
    # Cities of the countries above that people come from ("from Karachi", "né à Dakar"):
    # the large ones only, and none whose name is a word, a person's name or a city of the
    # countries the notes are written in (Kingston, Constantine, Saint-Louis, Fez...).
    "ORIGIN_CITIES": (
        r"karachi|lahore|islamabad|rawalpindi|peshawar|quetta|faisalabad|mirpur|dhaka|dacca|"
        r"sylhet|chittagong|mumbai|bombay|delhi(?! belly)|kolkata|calcutta|chennai|madras|"
        r"bangalore|bengaluru|hyderabad|ahmedabad|amritsar|ludhiana|jalandhar|colombo|jaffna|"
        r"batticaloa|kabul|kaboul|kandahar|herat|jalalabad|tehran|teheran|isfahan|ispahan|"
        r"mashhad|tabriz|baghdad|bagdad|mosul|mossoul|erbil|basra|kirkuk|damascus|aleppo|alep|"
        r"homs|idlib|beirut|beyrouth|istanbul|ankara|izmir|diyarbakir|cairo|le caire|"
        r"casablanca|rabat|marrakech|marrakesh|tanger|tangier|agadir|oujda|nador|alger|algiers|"
        r"oran|annaba|setif|tizi[- ]?ouzou|bejaia|tunis|sfax|sousse|benghazi|khartoum|omdurman|"
        r"darfur|darfour|asmara|addis[- ]?ab[ae]ba|mogadishu|mogadiscio|hargeisa|nairobi|"
        r"mombasa|kampala|kigali|bujumbura|dar es salaam|harare|bulawayo|lusaka|lilongwe|"
        r"maputo|luanda|kinshasa|lubumbashi|goma|bukavu|brazzaville|pointe[- ]noire|douala|"
        r"yaounde|libreville|lagos|abuja|kano|ibadan|port harcourt|enugu|accra|kumasi|abidjan|"
        r"bouake|dakar|ziguinchor|bamako|kayes|conakry|freetown|monrovia|banjul|ouagadougou|"
        r"niamey|n'?djamena|nouakchott|lome|cotonou|antananarivo|tananarive|moroni|johannesburg|"
        r"durban|soweto|pretoria|port[- ]au[- ]prince|cap[- ]haitien|montego bay|havana|la havane|"
        r"santo domingo|bogota|medellin|caracas|quito|sao paulo|rio de janeiro|mexico city|"
        r"guadalajara|tegucigalpa|san salvador|guatemala city|beijing|pekin|shanghai|"
        r"guangzhou|shenzhen|wuhan|chengdu|taipei|hanoi|ho chi minh city|saigon|phnom penh|"
        r"vientiane|bangkok|manila|manille|jakarta|kuala lumpur|yangon|rangoon|kathmandu|"
        r"ulaanbaatar|seoul|pyongyang|kyiv|kiev|kharkiv|odesa|odessa|lviv|moscow|moscou|minsk|"
        r"chisinau|bucharest|bucarest|tirana|pristina|belgrade|sarajevo|skopje|tbilisi|yerevan|"
        r"erevan|baku|grozny|warsaw|varsovie|krakow|cracovie|ramallah|amman|sanaa|"
        r"gdansk|gdynia|wroc[lł]aw|poznan|[lł]odz|szczecin|lublin|katowice|bia[lł]ystok|"
        r"bydgoszcz|rzeszow|cluj(?:-napoca)?|iasi|timisoara|constanta|craiova|brasov|suceava|"
        r"plovdiv|varna|burgas|vilnius|kaunas|dnipro|zaporizhzhia|donetsk|luhansk|mariupol|"
        r"kherson|novosibirsk|durres|shkoder|elbasan|vlore|prizren|gaziantep|adana|konya|"
        r"kayseri|mersin|trabzon|latakia|lattaquie|raqqa|deir ez-zor|sulaymaniyah|souleimaniye|"
        r"duhok|dohuk|ahvaz|kermanshah|mazar-[ie]-sharif|kunduz|ghazni|multan|sialkot|"
        r"gujranwala|pune|lucknow|jaipur|kochi|cochin|kanpur|patna|khulna|rajshahi|kandy|"
        r"pokhara|wenzhou|fuzhou|qingtian|tianjin|nanjing|harbin|haiphong|da nang|danang|cebu|"
        r"davao|gondar|mekelle|dire dawa|keren|massawa|kismayo|baidoa|port sudan|nyala|"
        r"el fasher|kassala|kaduna|benin city|onitsha|owerri|bafoussam|garoua|bamenda|maroua|"
        r"kisangani|mbuji-mayi|kananga|matadi|sikasso|mopti|segou|tombouctou|timbuktu|thies|"
        r"touba|kaolack|kankan|nzerekore|kindia|yamoussoukro|daloa|korhogo|meknes|tetouan|"
        r"kenitra|el jadida|beni mellal|al hoceima|blida|tlemcen|batna|biskra|mostaganem|bouira|"
        r"bizerte|gabes|kairouan|jacmel|gonaives|les cayes|recife|fortaleza|belo horizonte|"
        r"manaus|barranquilla|guayaquil|maracaibo|monterrey|tijuana|puebla"
    ),
    "ETHNO_EN": (
        r"(?:north|west|east|south|central|sub-saharan) african|african|afro-caribbean|"
        r"caribbean|(?:south|east|south-east|southeast) asian|asian|arab|berber|"
        r"(?:han )?chinese|indian|pakistani|bangladeshi|turkish|kurdish|roma|romani|gypsy|"
        r"traveller|hispanic|latino|latina|latin american|jewish|ashkenazi|sephardic|polish|"
        r"portuguese|vietnamese|korean|japanese|filipino|somali|nigerian|ghanaian|congolese|"
        r"ethiopian|eritrean|sudanese|middle eastern|mediterranean|european|caucasian|white|"
        r"black|mixed|maghrebi|haitian|jamaican|tamil|sri lankan|moroccan|algerian|tunisian|"
        r"senegalese|malian|ivorian|cameroonian|comorian|malagasy|syrian|lebanese|iranian|"
        r"afghan|armenian|romanian|italian|spanish|irish|greek|russian|ukrainian|brazilian|"
        r"mexican|cape verdean|native american|aboriginal|pacific islander|maori|"
        r"belarusian|yemeni|egyptian|libyan|iraqi|kenyan|ugandan|rwandan|zimbabwean|"
        r"south african|angolan|guinean|sierra leonean|liberian|gambian|burkinabe|"
        r"beninese|togolese|chadian|nigerien|mauritanian|south sudanese|nepali|nepalese|"
        r"burmese|thai|indonesian|malaysian|mongolian|tibetan|uzbek|kazakh|chechen|"
        r"albanian|kosovan|kosovar|serbian|bosnian|lithuanian|latvian|moldovan|bulgarian|"
        r"colombian|venezuelan|peruvian|bolivian|ecuadorian|guatemalan|honduran|"
        r"salvadoran|cuban|trinidadian|puerto rican|palestinian|saudi|kurd|"
        r"(?:greek |turkish )?cypriot|tongan|samoan|fijian|niuean|tahitian|hawaiian|papuan|"
        r"punjabi|gujarati|bengali|sindhi|baloch|"
        r"ETHNO_GROUPS"
    ),
    # Peoples rather than nationalities: "a Kurdish man" says an origin, "an Eritrean man"
    # a nationality (see the corpus's convention in tests/classify).
    "ETHNO_GROUPS": (
        r"(?:north|west|east|south|central|sub-saharan) african|african|afro-caribbean|"
        r"caribbean|(?:south|east|south-east|southeast) asian|asian|arab|berber|han chinese|"
        r"kurdish|roma|romani|gypsy|traveller|hispanic|latino|latina|latin american|jewish|"
        r"ashkenazi|sephardic|middle eastern|mediterranean|european|caucasian|white|black|"
        r"mixed|mixed-race|maghrebi|tamil|native american|aboriginal|pacific islander|maori|"
        r"indigenous|first nations|inuit|metis|torres strait islander|native hawaiian|"
        r"alaska native|hazara|pashtun|yoruba|igbo|hausa|fulani|amhara|oromo|tigrayan|"
        r"tigrinya|uyghur|rohingya|hmong|yolngu|cree|innu|ojibwe|navajo|tongan|samoan|fijian|"
        r"niuean|tahitian|punjabi|gujarati|bengali|sindhi|baloch|akan|ashanti|asante|ewe|bamileke|"
        r"kikuyu|zulu|xhosa|shona|ndebele|mossi|mandinka|atikamekw|mohawk|algonquin|anishinaabe"
    ),
}


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    label: str | None  # HL7 v3 code; None where HL7 has none
    surface: str  # as written in the lexicon (for =TERM: the exact case)
    prefix: bool = False
    case_sensitive: bool = False
    screening: bool = False
    pattern: re.Pattern[str] | None = None  # a /REGEX/ term: matched over the folded text
    needs: tuple[str, ...] = ()  # a /REGEX/ term runs only on a text holding one of these
    word_start: bool = False  # a /REGEX/ term whose match must start a word
    after: re.Pattern[str] | None = None  # a match right after the term rules it out
    before: re.Pattern[str] | None = None  # a match in the clause before rules it out
    near: re.Pattern[str] | None = None  # required somewhere in the clause
    # The categories this term yields to ("?unless=A|B"): a child-protection report in a note
    # that speaks of sexual violence is about that violence, not another kind.
    unless: frozenset[str] | None = None
    # A weak term (a service's name) counts only where its category is not denied or is
    # affirmed by something else (see _classifier); with ``weak_of``, only a denial whose
    # words it matches counts ("humeur basse" and "pas d'épisode dépressif").
    weak: bool = False
    weak_of: re.Pattern[str] | None = None
    # A sign of its category ("ecchymoses d'âges différents"): not a finding where the note
    # names the category otherwise, whatever it says of it (see _classifier).
    sign: bool = False

    @property
    def conditional(self) -> bool:
        """Whether the clause around a hit decides if it counts (see :func:`keeps`)."""
        return self.after is not None or self.before is not None or self.near is not None


class Hit(NamedTuple):
    start: int
    end: int
    term: Term


_OPTION = re.compile(r"\s(@[A-Z]+|!after=|!before=|\+near=|\?if=|\?unless=|\?weak=|\?weak|\?sign)")
_SECTION = re.compile(r"^\[(\w+) ([A-Z]+|-)\]$")


def _parse_line(line: str, category: str, label: str | None) -> Term:
    options = list(_OPTION.finditer(line))
    words = line[: options[0].start()] if options else line
    values: dict[str, str] = {}
    for index, option in enumerate(options):
        end = options[index + 1].start() if index + 1 < len(options) else len(line)
        values[option.group(1)] = _with_contexts(line[option.end() : end].strip())
    term_label = next((key[1:] for key in values if key.startswith("@")), label)
    near = values.get("+near=")
    regex_screening = words.startswith("~/")
    if regex_screening:
        words = words[1:]
    if words.startswith("/") and words.rstrip().endswith("/"):
        source = words.strip()[1:-1]
        source = _with_contexts(source)
        word_start = bool(re.match(r"\\b[a-z]", source))
        if word_start:
            # A literal start lets Python's re search for it fast (a \b or a lookbehind in
            # front would make it try every position); the \b is checked on each match.
            source = source[2:]
        return Term(
            category=category,
            label=term_label,
            surface=source,
            pattern=re.compile(source if word_start else fast_start(source)),
            needs=tuple(values["?if="].split("|")) if "?if=" in values else (),
            word_start=word_start,
            screening=regex_screening,
            after=re.compile(values["!after="]) if "!after=" in values else None,
            before=re.compile(values["!before="]) if "!before=" in values else None,
            near=re.compile(r"\b(?:" + near + r")") if near else None,
            unless=_categories(values.get("?unless=")),
            **_yielding(values),
        )
    screening = words.startswith("~")
    words = words.removeprefix("~")
    case_sensitive = words.startswith("=")
    words = words.removeprefix("=").strip()
    prefix = words.endswith("*")
    return Term(
        category=category,
        label=term_label,
        surface=words.rstrip("*"),
        prefix=prefix,
        case_sensitive=case_sensitive,
        screening=screening,
        after=re.compile(values["!after="]) if "!after=" in values else None,
        before=re.compile(values["!before="]) if "!before=" in values else None,
        near=re.compile(r"\b(?:" + near + r")") if near else None,
        unless=_categories(values.get("?unless=")),
        **_yielding(values),
    )


def _categories(option: str | None) -> frozenset[str] | None:
    return None if option is None else frozenset(option.split("|"))


def _yielding(values: dict[str, str]) -> dict[str, Any]:
    """The ``weak``, ``weak_of`` and ``sign`` fields of a term, from its options."""
    weak_of = values.get("?weak=")
    return {
        "weak": "?weak" in values or weak_of is not None,
        "weak_of": re.compile(weak_of) if weak_of else None,
        "sign": "?sign" in values,
    }


def _with_contexts(source: str) -> str:
    """A condition or /REGEX/ with the named contexts above written out."""
    for name, alternatives in _CONTEXTS.items():
        source = source.replace(name, alternatives)
    return source


def parse_lexicon(text: str) -> list[Term]:
    terms: list[Term] = []
    category: str | None = None
    label: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        section = _SECTION.match(line)
        if section:
            category, code = section.groups()
            label = None if code == "-" else code
            continue
        if category is None:
            raise ValueError(f"lexicon term before any [category]: {line!r}")
        terms.append(_parse_line(line, category, label))
    return terms


# What a term may hold besides letters, digits and spaces: these read as a space (or, for
# a hyphen, nothing). Any other character would silently vanish ("séro+" would match "séro").
_TERM_PUNCTUATION = frozenset("-'.,")


def _spellings(surface: str) -> set[str]:
    """The forms a term is matched under, as words of the spaced text: a hyphen may be a
    space or nothing ("extra-conjugal", "extraconjugal")."""
    folded = fold(surface)
    lost = {c for c in folded if not (c.isalnum() or c.isspace() or c in _TERM_PUNCTUATION)}
    if lost:
        raise ValueError(f"lexicon term {surface!r}: {''.join(sorted(lost))} cannot be matched")
    forms = {folded}
    if "-" in folded:
        forms.add(folded.replace("-", ""))
    return {" ".join(spaced(form).split()) for form in forms}


def word_key(form: str, *, prefix: bool) -> str:
    """The automaton key of a form: a space before, and after unless a word beginning."""
    return f" {form}" if prefix else f" {form} "


class TermFinder:
    """Every lexicon term in a text, in one pass."""

    def __init__(self, terms: list[Term]) -> None:
        table: dict[str, list[Term]] = {}
        self._patterns = [(term.pattern, term) for term in terms if term.pattern is not None]
        # A /REGEX/ term runs when one of its ?if= words is in the text; with none, always.
        needs: dict[str, set[int]] = {}
        self._always = []
        for index, (_, term) in enumerate(self._patterns):
            for word in term.needs:  # a word, or a word beginning ("frapp*": frappée)
                form = " ".join(spaced(word.rstrip("*")).split())
                needs.setdefault(word_key(form, prefix=word.endswith("*")), set()).add(index)
            if not term.needs:
                self._always.append(index)
        for term in terms:
            if term.pattern is not None:
                continue
            for form in _spellings(term.surface):
                table.setdefault(word_key(form, prefix=term.prefix), []).append(term)
        self._automaton = ahocorasick.Automaton()
        for key in table.keys() | needs.keys():
            key_terms = tuple(table.get(key, ()))
            runs = tuple(sorted(needs.get(key, ())))
            self._automaton.add_word(key, (len(key), key.endswith(" "), key_terms, runs))
        self._automaton.make_automaton()

    def hits(self, text: str, folded: str, spaced_text: str) -> Iterator[Hit]:
        """Candidate hits: whole words, in the right case. Conditions are checked later,
        against the clause (see :func:`keeps`)."""
        size = len(folded)
        # Where each /REGEX/ term runs: around the words it needs (a few lines of text, not
        # the whole note), or everywhere for a term that needs none.
        needed_at: dict[int, list[int]] = {}
        for last, (length, whole, terms, needed) in self._automaton.iter(spaced_text):
            for index in needed:
                needed_at.setdefault(index, []).append(last)
            if not terms:
                continue
            start = last - length + 1  # the key's leading space is folded[start - 1]
            end = last - 1 if whole else last  # spaced_text[last] is folded[last - 1]
            stop = end
            while stop < size and folded[stop].isalnum():
                stop += 1  # a word beginning ("schizophren*") runs to the end of its word
            for term in terms:
                if term.case_sensitive and not _same_words(text[start:end], term.surface):
                    continue
                yield Hit(start, stop if term.prefix else end, term)
        for index in sorted(needed_at.keys() | self._always):
            pattern, term = self._patterns[index]
            seen: set[tuple[int, int]] = set()
            places = needed_at.get(index)
            for low, high in [(0, size)] if places is None else _windows(places, size):
                for match in pattern.finditer(folded, low, high):
                    span = match.span()
                    if term.word_start and span[0] and folded[span[0] - 1].isalnum():
                        continue
                    if span not in seen:
                        seen.add(span)
                        yield Hit(span[0], span[1], term)


# How far around a word it needs a /REGEX/ term looks (characters each side): more than the
# longest phrase the expressions match.
_REGEX_REACH = 120


def _windows(places: list[int], size: int) -> list[tuple[int, int]]:
    """The stretches of text within reach of the places (in order) a needed word ends,
    overlapping ones joined."""
    windows: list[tuple[int, int]] = []
    for place in places:
        low, high = max(0, place - _REGEX_REACH), min(size, place + _REGEX_REACH)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _same_words(written: str, surface: str) -> bool:
    """Whether text matched case-insensitively is the term in its case ("TS", not "ts");
    punctuation between the words does not count ("SUD-Santé" is "SUD Santé")."""
    return written.split() == surface.split() or spaced(written).split() == spaced(surface).split()


def keeps(hit: Hit, before: str, after: str) -> bool:
    """Whether a hit survives its term's conditions, given the folded clause text before
    and after it."""
    term = hit.term
    if term.after is not None and term.after.search(after):
        return False
    if term.before is not None and term.before.search(before):
        return False
    return term.near is None or bool(term.near.search(before) or term.near.search(after))


def longest_hits(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit ("violences" inside "violences sexuelles"); hits of the
    same span in several categories are all kept, and so is a partner of the patient's sex
    inside a longer hit of another category, or such a hit inside a partner's ("5 male
    partners", "relations occasionnelles avec des hommes" say both a number or a kind of
    relation, and an orientation), and a rape inside a longer assault ("frappé et violé par
    des codétenus" says both)."""
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    reach = -1
    widest = PARTNER_TERM  # the term of the hit that reaches furthest (set by the first hit)
    for hit in hits:
        category = hit.term.category
        if (
            hit.end <= reach
            and not (
                (hit.term is PARTNER_TERM or widest is PARTNER_TERM) and category != widest.category
            )
            and not (category == "sexual_violence" and widest.category == "violence")
            and not (kept and (kept[-1].start, kept[-1].end) == (hit.start, hit.end))
        ):
            continue
        kept.append(hit)
        if hit.end > reach:
            reach, widest = hit.end, hit.term
    return kept


@cache
def finder() -> TermFinder:
    """The lexicon's finder, built on first use: importing carevault (every command of the
    CLI does) does not pay for parsing the lexicon and compiling its conditions."""
    return TermFinder(parse_lexicon(LEXICON))


# The category ids, in the lexicon's order, read from its section headings.
CATEGORIES: tuple[str, ...] = tuple(re.findall(r"^\[(\w+) ", LEXICON, re.MULTILINE))
# The term of a partner of the patient's own sex (see :mod:`._partners`).
PARTNER_TERM = Term(category="sexual_orientation", label="GENDER", surface="same-sex partner")
