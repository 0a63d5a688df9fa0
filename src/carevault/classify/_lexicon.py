"""The words of each sensitive category, in French and English, as doctors write them.

One section per category: ``[category LABEL]`` where LABEL is the HL7 v3 information
sensitivity code of the category (``-`` where HL7 has none). Then one term a line:

    term            the words, matched whole (case and accents ignored)
    term*           a word beginning: "schizophren*" matches schizophrénie, schizophrène
    =TERM           matched only in this case ("TS" the suicide attempt, not "ts" for "tous")
    ~term           a test or a work-up: screening (hypothetical) unless a result follows
                    (also ~/REGEX/)
    term @CODE      this term's own HL7 code (HIV within hiv_sti, whose code is STD)
    term !after=RE  not a finding when RE follows it in the clause ("sevrage tabagique")
    term !before=RE not a finding when RE precedes it in the clause ("vaccin hépatite B")
    term +near=RE   a finding only when RE is in its clause ("mutation" near a gene;
                    also /REGEX/)
    /REGEX/         a regular expression over the folded text, for families of phrases
                    ("d'origine" and a people, "3 partenaires")
    /REGEX/ ?if=A|B* run the expression only near the word A or a word starting B (speed)
    term ?unless=C  not a finding in a note holding a finding of category C, or of C or D
                    for C|D (a report to the prosecutor in a note about sexual abuse is
                    about that abuse)
    term ?weak      a service's name ("Pédopsychiatrie"): not a finding in a note that denies
                    its category now ("pas de trouble psychiatrique") and affirms it nowhere
                    else
    term ?weak=RE   the same, for a denial whose words RE matches only ("humeur basse" in a
                    note denying a depressive episode, not one denying suicidal ideas)
    term ?sign      a sign of its category ("ecchymoses d'âges différents"): not a finding in
                    a note that names the category otherwise, whatever it says of it

Terms are folded like the text (lower case, no accents); a term with a hyphen also matches
with a space or with nothing in its place ("extra-conjugal", "extra conjugal",
"extraconjugal"). Terms must say the thing itself: a word that only looks like one
("religieusement", "Pâques", "genre de douleur") is not a term.

A NAME in capitals inside a condition or a /REGEX/ is one of the named contexts of
``_terms._CONTEXTS`` written out: GENETIC_CONTEXT, COUNTRIES, VACCINE_BEFORE,
PEOPLE_AS_LANGUAGE_BEFORE ("interprète wayana"), INSTITUTION_AFTER ("Catholic Relief
Services"), and the others listed there.
"""

from __future__ import annotations

LEXICON = r"""
[sexual_orientation GENDER]
homosexuel*
homosexualite
homo
gay
gays
gai !before=\b(?:humeur\s*:?|air|ton|caractere|plutot|tres|assez|peu|pas|si|trop|plus|moins|reste|etait|semble|sembl\w*)\s*$ !after=^\s*(?:et|,)\s*(?:souriant|detendu|enjoue|jovial|dynamique|sociable|bavard|de bonne humeur)
gais !before=\b(?:humeur\s*:?|air|ton|caractere|plutot|tres|assez|peu|pas|si|trop|plus|moins|restent|etaient|semblent)\s*$
lesbien*
bisexuel*
bisexualite
pansexuel*
=HSH
hsh
harsah
gbharsah
hommes ayant des relations sexuelles avec des hommes
hommes ayant des relations sexuelles avec d'autres hommes
homme ayant des relations sexuelles avec d'autres hommes
homme ayant des rapports sexuels avec des hommes
hommes ayant des rapports sexuels avec des hommes
rapports homosexuels
relations homosexuelles
rapports avec des hommes !before=\b(elle|patiente|femme|mme)\b
partenaires masculins !before=\b(elle|patiente|femme|mme)\b
partenaire masculin !before=\b(elle|patiente|femme|mme)\b
rapports avec hommes !before=\b(elle|patiente|femme|mme)\b
partenaire homme !before=\b(elle|patiente|femme|mme)\b
partenaires hommes !before=\b(elle|patiente|femme|mme)\b
partenaire masculin occasionnel !before=\b(elle|patiente|femme|mme)\b
partenaires masculins occasionnels !before=\b(elle|patiente|femme|mme)\b
rapports avec hommes et femmes
/\b(?:rapports?|relations?)\s+(?:sexuel(?:le)?s?\s+)?(?:(?:anaux|anales?|oraux|orales?|oro-?genitaux|receptifs?|insertifs?|passifs?|actifs?|non proteges?|proteges?|sans preservatifs?|occasionnels?|reguliers?|frequents?|uniquement|exclusivement|surtout|essentiellement|aussi|egalement)\s+){1,3}avec\s+(?:des\s+|d'autres\s+)?(?:hommes|partenaires masculins)\b/ ?if=hommes|masculins !before=\b(elle|patiente|femme|mme)\b
rapports avec femmes et hommes
rapports avec des femmes et des hommes
relations avec des hommes et des femmes
relations avec des femmes et des hommes
partenaires hommes et femmes
partenaires femmes et hommes
partenaires masculins et feminins
partenaires des deux sexes
sex with men and women
sex with women and men
sex with both men and women
sex with both women and men
male and female partners
female and male partners
partners of both sexes
partenaires feminines +near=\b(?:elle|patiente|(?<!sa )(?<!son )femme|mme|madame|mlle|pte)\b !before=\b(il|patient|homme|m\.|mr)\b
partenaire feminine +near=\b(?:elle|patiente|(?<!sa )(?<!son )femme|mme|madame|mlle|pte)\b !before=\b(il|patient|homme|m\.|mr)\b
orientation sexuelle !after=^\s*(?:[:=-]\s*)?(?:hetero\w*|straight\b|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
attirance homosexuelle
attirance pour les personnes du meme sexe
attire par les personnes du meme sexe
attiree par les personnes du meme sexe
same-sex attraction
attracted to the same sex
attracted to people of the same sex
/\battire\s+par\s+(?:les|des)\s+(?:garcons|hommes)\b/ ?if=attire !before=\b(?:elle|patiente|femme|fille|mme|adolescente|jeune fille)\b
/\battiree\s+par\s+(?:les|des)\s+(?:filles|femmes)\b/ ?if=attiree
deux mamans
deux papas
2 papas
2 mamans
2 dads
2 mums
2 moms
ses deux meres
ses deux peres
two mums
two moms
two dads
both mums
both moms
both dads
both her mums
both his mums
both her moms
both his moms
both her dads
both his dads
both their mums
both their dads
ses mamans
ses papas
ses deux mamans
ses deux papas
homoparental*
couple de femmes
reconnaissance conjointe anticipee
elles sont en couple
elles sont mariees
elles se sont mariees
elles sont pacsees
elles se sont pacsees
elles vivent ensemble +near=\b(?:compagne|conjointe|partenaire|epouse|amie)\b
elles vivent en couple
couple d'hommes
couple de deux femmes
couple de deux hommes
compagnon du patient
compagnon de monsieur
compagnon de m.
compagnon de mr
mari de m.
mari de mr
epoux de m.
epoux de mr
mari du patient
mari de monsieur
epoux du patient
epoux de monsieur
petit ami du patient
compagne de la patiente
compagne de madame
compagne de mme
compagne de mlle
epouse de mme
epouse de la patiente
epouse de madame
femme de la patiente
petite amie de la patiente
/\bmmes\b[^.\n;]{0,80}?\b(?:en couple|mariees|pacsees|conjointes|epouses|compagnes)\b/ ?if=mmes
/\bmessieurs\b[^.\n;]{0,80}?\b(?:en couple|maries|pacses|conjoints|epoux|compagnons)\b/ ?if=messieurs
/\b(?:mmes?|madame|mlle)\s+[^.\n;]{0,60}?\s(?:et|&)\s+(?:mme|madame|mlle)\s[^.\n;]{0,60}?\b(?:en couple|mariees|pacsees|conjointes|epouses|compagnes)\b/ ?if=couple|mariees|pacsees|conjointes|epouses|compagnes
/\b(?:m\.|mr|monsieur)\s+[^.\n;]{0,60}?\s(?:et|&)\s+(?:m\.|mr|monsieur)\s[^.\n;]{0,60}?\b(?:en couple|maries|pacses|conjoints|epoux|compagnons)\b/ ?if=couple|maries|pacses|conjoints|epoux|compagnons
/\b(?:ms|mrs|miss)\s+[^.\n;]{0,60}?\s(?:and|&)\s+(?:ms|mrs|miss)\s[^.\n;]{0,60}?\b(?:married|civil partners|wives|spouses|a couple)\b/ ?if=married|civil|wives|spouses|couple
/\b(?:mr|mister)\s+[^.\n;]{0,60}?\s(?:and|&)\s+(?:mr|mister)\s[^.\n;]{0,60}?\b(?:married|civil partners|husbands|spouses|a couple)\b/ ?if=married|civil|husbands|spouses|couple
/\bcouple\s*(?::|-|de|of)?\s*(?:(?:mmes?|madame|mlle)\s+[^.\n;]{0,60}?\s(?:et|&)\s+(?:mme|madame|mlle)|(?:m\.|mr|monsieur)\s+[^.\n;]{0,60}?\s(?:et|&)\s+(?:m\.|mr|monsieur)|(?:ms|mrs|miss)\s+[^.\n;]{0,60}?\s(?:and|&)\s+(?:ms|mrs|miss))(?=[\s.,])/ ?if=couple
same-sex couple
male couple
female couple
couple masculin
couple feminin
reciprocal +near=ivf\b|in vitro\b !after=^\s*(?:balanced\s+)?(?:translocations?|t\s*\(|rearrangements?)
reciproque +near=\bfiv\s*$
=ROPA
homme bi !after=^-\w
hommes bi !after=^-\w
femme bi !after=^-\w
femmes bi !after=^-\w
bi man !before=\w-$
bi men !before=\w-$
bi woman !before=\w-$
bi women !before=\w-$
se dit bi
se definit comme bi
identifies as bi
/\b(?:he's|she's|he is|she is|il est|elle est|says he's|says she's)\s+bi\b(?!-\w)/ ?if=bi
occasionnel masculin +near=\bpartenaire\s*$ !before=\b(elle|patiente|femme|mme)\b
occasionnels masculins +near=\bpartenaires\s*$ !before=\b(elle|patiente|femme|mme)\b
regulier masculin +near=\bpartenaire\s*$ !before=\b(elle|patiente|femme|mme)\b
anonyme masculin +near=\bpartenaire\s*$ !before=\b(elle|patiente|femme|mme)\b
anonymes masculins +near=\bpartenaires\s*$ !before=\b(elle|patiente|femme|mme)\b
marie avec un homme !before=\b(femme|patiente|mme|elle)\b
mariee avec une femme !before=\b(homme|patient|m\.|il)\b
coming-out ?unless=gender_identity
coming out ?unless=gender_identity
lgbt* !after=^[\s+]*(?:[\w-]+\s+){0,2}?(?:centres?|centers?|youth|drop-in|groups?|associations?|friendly|resources?|support|services?|charit(?:y|ies)|helplines?|organi[sz]ations?|networks?|clubs?|ressources|permanences?|society|societies|soc|foundation|programs?|programmes?|projects?|hub|switchboard|forum|space|alliance|liaison|officers?|staff|inclusive|affirming|allies|ally|pride|history|clinics?|outreach|housing|refuges?|shelters?|communit(?:y|ies)|communautaires?|collectif|maison|lines?)\b
queer
homosexual*
lesbian*
bisexual*
=MSM !after=^\s*[(:-]?\s*(?:methyl\s*-?\s*sul(?:f|ph)onyl\w*|dimethyl\s*-?\s*sul(?:f|ph)one|supplements?\b|complements?\b|powder|poudre|capsules?|gelules?|tablets?|cream|creme|gel\b|\d+(?:[.,]\d+)?\s*(?:mg|g|mcg)\b|(?:\+|&|,|/|and|et|with|avec)\s*(?:glucosamine|chondroitin\w*|collag\w*|turmeric|curcuma|omega-?3)) !before=\b(?:glucosamine|chondroitin\w*|collag\w*|turmeric|curcuma|omega-?3)\s*(?:\+|&|,|/|and|et|with|avec)\s*$
msm !after=^\s*[(:-]?\s*(?:methyl\s*-?\s*sul(?:f|ph)onyl\w*|dimethyl\s*-?\s*sul(?:f|ph)one|supplements?\b|complements?\b|powder|poudre|capsules?|gelules?|tablets?|cream|creme|gel\b|\d+(?:[.,]\d+)?\s*(?:mg|g|mcg)\b|(?:\+|&|,|/|and|et|with|avec)\s*(?:glucosamine|chondroitin\w*|collag\w*|turmeric|curcuma|omega-?3)) !before=\b(?:glucosamine|chondroitin\w*|collag\w*|turmeric|curcuma|omega-?3)\s*(?:\+|&|,|/|and|et|with|avec)\s*$
=GBMSM
gbmsm
/\b(?:compagnon|compagne|conjointe?|partenaire|partner|spouse|couple)\s*\(?\s*(?:de\s+)?(?:meme\s+sexe|same[- ]sex)\b/ ?if=meme|same
men who have sex with men
man who has sex with men
same-sex
his husband
his boyfriend
his male partner
her wife
her girlfriend
her female partner
sexual orientation !after=^\s*(?:[:=-]\s*)?(?:hetero\w*|straight\b|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
toutes deux +near=compagne|epouse|conjointe|partenaire
toutes les deux +near=compagne|epouse|conjointe|partenaire
les deux femmes +near=compagne|epouse|conjointe|partenaire
both women +near=wife|partner|girlfriend
/\b(?:sa|her|une)\s+(?:relation|relationship|liaison)\s+(?:\w+\s+)?(?:avec|with)\s+(?:une autre femme|another woman|une femme|a woman)\b/ ?if=relation|relationship|liaison !before=\b(?:il|patient|homme|m\.|mr|he|man|son|his)\b
/\b(?:sa|his|une)\s+(?:relation|relationship|liaison)\s+(?:\w+\s+)?(?:avec|with)\s+(?:un autre homme|another man|un homme|a man)\b/ ?if=relation|relationship|liaison !before=\b(?:elle|patiente|femme|mme|she|woman|her|sa)\b
/\b(?:fils|frere|pere|oncle|neveu|cousin|grand-pere|petit-fils|beau-frere|beau-fils)\b(?:\s+[a-z-]+)?\s*,?\s*(?:qui\s+)?(?:vit|vivait|vivant|habite|habitait|habitant|est\s+(?:pacse|marie|installe|en couple)|s'est\s+(?:pacse|marie|installe|mis en couple))\s+(?:[\w'-]+\s+){0,4}?(?:avec|a)\s+(?:son\s+(?:compagnon|copain|petit ami)|un\s+(?:compagnon|homme))\b(?!\s+(?:de|d')\b)/ ?if=compagnon|copain|petit|homme
/\b(?:fille|soeur|mere|tante|niece|cousine|grand-mere|petite-fille|belle-soeur|belle-fille)\b(?:\s+[a-z-]+)?\s*,?\s*(?:qui\s+)?(?:vit|vivait|vivant|habite|habitait|habitant|est\s+(?:pacsee|mariee|installee|en couple)|s'est\s+(?:pacsee|mariee|installee|mise en couple))\s+(?:[\w'-]+\s+){0,4}?(?:avec|a)\s+(?:sa|une)\s+(?:compagne|petite amie|femme)\b(?!\s+(?:de|d')\b)/ ?if=compagne|petite|femme
/\b(?:le|son)\s+(?:compagnon|mari|epoux|copain|petit ami|conjoint)\s+de\s+(?:son|leur|mon)\s+(?:fils|frere|pere|oncle|neveu|cousin|grand-pere|petit-fils)\b/ ?if=fils|frere|pere|oncle|neveu|cousin|grand-pere|petit-fils
/\b(?:la|sa)\s+(?:compagne|femme|epouse|copine|petite amie|conjointe)\s+de\s+(?:sa|leur|ma)\s+(?:fille|soeur|mere|tante|niece|cousine|grand-mere|petite-fille)\b/ ?if=fille|soeur|mere|tante|niece|cousine|grand-mere|petite-fille
mariee a mme
mariee a madame
mariee a mlle
mariee avec mme
mariee avec madame
mariee avec mlle
pacsee a mme
pacsee a madame
pacsee a mlle
pacsee avec mme
pacsee avec madame
pacsee avec mlle
remariee a mme
remariee a madame
remariee a mlle
remariee avec mme
remariee avec madame
remariee avec mlle
marie a m. !before=\b(?:mme|madame|mlle)\s*$
marie a mr !before=\b(?:mme|madame|mlle)\s*$
marie a monsieur !before=\b(?:mme|madame|mlle)\s*$
marie avec m. !before=\b(?:mme|madame|mlle)\s*$
marie avec mr !before=\b(?:mme|madame|mlle)\s*$
marie avec monsieur !before=\b(?:mme|madame|mlle)\s*$
pacse a m. !before=\b(?:mme|madame|mlle)\s*$
pacse a mr !before=\b(?:mme|madame|mlle)\s*$
pacse a monsieur !before=\b(?:mme|madame|mlle)\s*$
pacse avec m. !before=\b(?:mme|madame|mlle)\s*$
pacse avec mr !before=\b(?:mme|madame|mlle)\s*$
pacse avec monsieur !before=\b(?:mme|madame|mlle)\s*$
remarie a m. !before=\b(?:mme|madame|mlle)\s*$
remarie a mr !before=\b(?:mme|madame|mlle)\s*$
remarie a monsieur !before=\b(?:mme|madame|mlle)\s*$
remarie avec m. !before=\b(?:mme|madame|mlle)\s*$
remarie avec mr !before=\b(?:mme|madame|mlle)\s*$
remarie avec monsieur !before=\b(?:mme|madame|mlle)\s*$
/\b(?:he|he's)\s+(?:has|had|has got|got|is seeing|was seeing|is dating|was dating|lives with|moved in with|is engaged to|got engaged to|is married to|married)\s+(?:a\s+|his\s+)?(?:new\s+|long-term\s+|first\s+)?(?:boyfriend|husband|male partner)\b/ ?if=boyfriend|husband|partner
/\b(?:she|she's)\s+(?:(?:has|had|has got|got|is seeing|was seeing|is dating|was dating|lives with|moved in with|is engaged to|got engaged to|is married to|married)\s+(?:a\s+|her\s+)?(?:new\s+|long-term\s+|first\s+)?(?:wife|female partner)|(?:is seeing|was seeing|is dating|was dating|lives with|moved in with|is engaged to|got engaged to|has a new)\s+(?:a\s+|her\s+)?(?:new\s+|long-term\s+|first\s+)?girlfriend)\b/ ?if=girlfriend|wife|partner
/\bil\s+(?:a|avait|vit avec|vivait avec|sort avec|sortait avec|est en couple avec|s'est marie avec|s'est pacse avec)\s+(?:un|son)\s+(?:nouveau\s+)?(?:petit ami|compagnon|mari)\b(?!\s+(?:de|d')\b)|\bil\s+(?:sort|sortait|est en couple)\s+avec\s+un\s+(?:garcon|homme)\b/ ?if=petit|compagnon|mari|garcon|homme
/\belle\s+(?:a|avait|vit avec|vivait avec|sort avec|sortait avec|est en couple avec|s'est mariee avec|s'est pacsee avec)\s+(?:une|sa)\s+(?:nouvelle\s+)?(?:petite amie|compagne|epouse)\b(?!\s+(?:de|d')\b)|\belle\s+(?:sort|sortait|est en couple)\s+avec\s+une\s+(?:fille|femme)\b/ ?if=petite|compagne|epouse|fille|femme
/\b(?:accompanied|brought(?:\s+in)?)\s+by\s+(?:(?:his|her|their|both|two|2)\s+)?(?:moms|mums|mommies|mummies|dads|daddies)\b|\b(?:with|by)\s+(?:his|her|their|both)\s+(?:two\s+|2\s+)?(?:moms|mums|mommies|mummies|dads|daddies)\b/ ?if=moms|mums|mommies|mummies|dads|daddies
/\bses\s+(?:deux\s+|2\s+)?(?:mamans|papas)\b/ ?if=mamans|papas

[sex_life SEX]
infidelite*
infidele*
adultere
extra-conjugal*
liaison extra*
une maitresse
amant
amante
/\b(?:ma|sa|mon|son)\s+(?:femme|epouse|mari|conjointe?|compagne|compagnon)\b(?!\s+(?:de|d')\b)[^.\n;]{0,80}?\b(?:ma|sa)\s+maitresse\b/ ?if=maitresse
/\b(?:ma|sa)\s+maitresse\b[^.\n;]{0,80}?\b(?:ma|sa|son)\s+(?:femme|epouse|conjointe|compagne)\b(?!\s+(?:de|d')\b)/ ?if=maitresse
multipartenaire*
multipartenariat
multi-partenaires
partenaires multiples
plusieurs partenaires
partenaires occasionnel*
partenaire occasionnel*
partenaires sexuels
partenaires sexuelles
nombre de partenaires !after=^\s*(?:sexuel(?:le)?s\s+)?(?:(?:sur|dans|au cours de|depuis|pendant)\s+)?(?:les\s+|ces\s+)?(?:\d+\s+)?(?:(?:derniers?|dernieres?|mois|semaines|ans?|annees?)\s*){0,2}[:=]?\s*(?:0|1|un|une|aucun|zero)\b(?!\s*(?:mois|semaines|ans?|annees?|derniers?|dernieres?)\b)
prises de risque sexuel*
travailleur du sexe
travailleuse du sexe
travailleuses du sexe
travailleurs du sexe
=TDS !before=(?:\d\s*(?:mg|g|mcg|ug|ml|units?|iu|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtt|sachets?|cp)?|\b(?:po|iv|im|sc|oral|orally|topical|apply|applied|prn|bd|od))\s*$ !after=^\s*(?:x\s*\d|prn|po\b|pc\b|ac\b|for\s+\d|with\s+(?:food|meals)|(?:pendant|during)\s+\d|\d+\s*(?:d|days|j|jours|wks?|weeks)\b)
prostitution !before=\b(?:contrainte?s?|forcee?s?|forced|into|exploitation|traite)\s+(?:a\s+la\s+|de\s+la\s+)?$
prostitue
prostituee
escort !after=^\s*(home|to\b|back|required|needed|jusqu|officers?|staff|team|van|vehicle|duty|present|in attendance) !before=\b(needs?|with|requires?|required|via|under|by|prison|police|custody|security|officer|hospital|secure|nurse|nursing|medical|staff|bed-?watch|escorted)( an| a| the)?\s*$
escorts !after=^\s*(home|to\b|back|required|needed|jusqu|officers?|staff|team|van|vehicle|duty|present|in attendance) !before=\b(?:needs?|with|requires?|required|via|under|by|prison|police|custody|security|officers?|hospital|secure|nurse|nursing|medical|staff|bed-?watch|escorted|two|three|four|\d+)(?: an| a| the| two| three| 2| 3)?\s*$
escort-boy
escort-boys
escort-girls
escorting
relations sexuelles tarifees
rapports tarifes
rapports sexuels tarifes
escort-girl
escort girl
echangisme
echangiste*
libertin*
chemsex
chem-sex
slam
slamming
plan cul
relations cachees
relation cachee
double vie
secret affair
plans cul
plan a trois
plans a trois
plan a plusieurs
plans a plusieurs
partouze*
sexe en groupe
rapports en groupe
threesome*
group sex
/\b(?:la|le|l'|les|me|m')\s*(?:trompe|trompait|trompaient|trompent|a trompee?|avait trompee?)\b/ ?if=trompe|trompait|trompaient|trompent|trompee
/\b(?:partenaires|partners)\s*\(\s*(?:[2-9]|[1-9]\d)\b(?!\s*(?:derniers?|dernieres?|mois|semaines|ans?\b|annees?|months?|mo\b|m\b|weeks?|wks?|years?|yrs?|jours|days))/ ?if=partenaires|partners
/\b(?:[2-9]|[1-9]\d)\s+(?:sexual\s+)?contacts\s+(?:in|over|during|dans|sur|depuis|au cours)\b/ ?if=pn|notification*|partner*|partenaire*
quelques plans
grindr
tinder
rencontres occasionnelles
rencontres d'un soir
polyamour*
polyamor*
couple ouvert
couples ouverts
couple libre
relation ouverte
relations ouvertes
open relationship
open relationships
open marriage
consensual non-monogamy
non-monogam*
vie sexuelle !after=^\s*(?:[:=-]\s*)?(?:ras\b|normale?|satisfaisante?|epanouie?|sans particularite|pas de particularite|partenaire unique|une? seule?\s+partenaire|un partenaire unique|monogame|en couple stable|couple stable|stable|non abordee?|non exploree?|non evaluee?)
affair
extramarital
extra-marital
unfaithful
infidelity
cheating on !after=^\s*(?:(?:the|his|her|my|their|a)\s+)?(?:diet|diets|exams?|tests?|taxes|homework|quiz|food|sugar|carbs|meal\w*)\b
cheated on !after=^\s*(?:(?:the|his|her|my|their|a)\s+)?(?:diet|diets|exams?|tests?|taxes|homework|quiz|food|sugar|carbs|meal\w*)\b
multiple partners
multiple sexual partners
casual partners
casual partner
casual male partner*
casual female partner*
casual sexual partner*
casual sex partner*
partenaire feminine occasionnelle
partenaires feminines occasionnelles
partenaire masculin occasionnel
partenaires masculins occasionnels
/\b(?:slept|sleeping|sleeps|had sex|having sex|has sex|hooked up|a couche|avoir couche|couche)\s+with\s+(?:[2-9]|two|three|four|five|six|several|multiple)\s+(?:different\s+|other\s+)?(?:guys|men|women|girls|lads|blokes|people|persons|partners)\b|\b(?:a couche|avoir couche|couche|rapports?)\s+avec\s+(?:[2-9]|deux|trois|quatre|cinq|six|plusieurs)\s+(?:autres\s+|differents\s+|differentes\s+)?(?:mecs|hommes|gars|femmes|filles|personnes|partenaires)\b/ ?if=slept|sleeping|sleeps|sex|hooked|couche|rapport|rapports
/\b(?:slept|sleeping|sleeps|sleep)\s+with\s+(?:other\s+|random\s+|different\s+)?(?:guys|men|women|girls|lads|blokes|strangers|randoms)\b|\b(?:couche|coucher|couchait)\s+avec\s+(?:d'autres\s+|des\s+)(?:mecs|hommes|gars|femmes|filles|inconnu\w*)\b/ ?if=slept|sleeping|sleeps|sleep|couche|coucher|couchait
casual sex
sexual partners !before=\b(?:nb|nbre|number|no|how many|total|count)\.?\s+(?:of\s+)?$ !after=^\s*(?:[:=-]\s*)?(?:0|1|one|none|nil|zero)\b
sex worker*
sex work
prostitute
one-night stand
one-night thing
one-night fling
one-nighter
one-night stands
one-night flings
one-nighters
relations d'un soir
relation d'un soir
aventures d'un soir
aventure d'un soir
coups d'un soir
rencontres sans lendemain
relations sans lendemain
aventures sans lendemain
swinger*
sexual practices
rapports anaux
rapport anal
sodomie
fisting
fist !before=\b(?:with|avec|his|her|a|closed|clenched|son|un)\s+$
anal sex
receptive anal ?unless=sexual_violence
insertive anal
receptive anal sex ?unless=sexual_violence
insertive anal sex
receptive anal intercourse ?unless=sexual_violence
insertive anal intercourse
/\b(?:high[- ]risk|risky|unsafe)(?=\s+(?:homo|hetero|bi)?sexual\s+(?:behaviou?rs?|practices?|conduct|activity|activities)\b)/ ?if=high risk|risky|unsafe
/\b(?:comportements?|conduites?|pratiques?)\s+sexuel(?:le)?s?\s+a\s+risques?\b/ ?if=comportement*|conduite*|pratique*
/\bz72\.5[0-9]?\b/ ?if=z72
/\b(?:sex|rapports?|relations?|intercourse|slept|sleeping)\b[^.\n;]{0,40}?\b(?:with|avec)\s+(?:an?\s+|une?\s+|des\s+|the\s+)?escorts?\b/ ?if=escort|escorts
relations occasionnelles
rapports occasionnels
/\b(?:rapports?|relations?)\s+(?:sexuel(?:le)?s?\s+)?(?:(?:anaux|anales?|oraux|orales?|receptifs?|insertifs?|non proteges?|proteges?|sans preservatifs?|sexuel(?:le)?s?)\s+){0,2}occasionnel(?:le)?s?\s+(?:(?:anaux|anales?|oraux|orales?|receptifs?|insertifs?|non proteges?|proteges?|sans preservatifs?|uniquement|exclusivement|surtout|essentiellement|aussi|egalement)\s+){0,2}avec\s+(?:des\s+|d'autres\s+)?(?:hommes|partenaires masculins)\b/ ?if=occasionnel*
occasional partners
casual relationships
rencontres tarifees
relations tarifees
sexe tarife
services sexuels
paid sex
paying for sex
pays for sex
/\bescorts?\s+(?:whom\s+|that\s+|qu')?(?:he|she|they|il|elle)\s+(?:regularly\s+|sometimes\s+|often\s+)?(?:pays?|paid|paie|paye|payait|remunere)\b/ ?if=escort|escorts !before=\b(?:police|prison|custody|security|officers?|staff|hospital)\s*$
/\b(?:sees|seeing|saw|visits|visiting|visited|uses|using|used|frequents|frequenting|hires|hired|hiring|books|booked|booking|frequente|frequentait|voit|recours a)\s+(?:an?\s+|des\s+|une?\s+|regularly\s+|regulierement\s+)?(?:male\s+|female\s+)?escorts?\b/ ?if=escort|escorts
transactional sex
sex for money
pornographie
pornography
porn
porno
pornos
pornographique*
pornographic
rapports non-penetratifs
relations non-penetratives
sexualite non-penetrative
non-penetrative sex
non-penetrative intercourse
outercourse
addiction sexuelle
addiction au sexe
dependance sexuelle
hypersexualite
comportement sexuel compulsif
comportements sexuels compulsifs
compulsive sexual behaviour
compulsive sexual behavior
sex addiction
sexual addiction
hypersexuality
/\b(?:nb|nbre|nombre|number|no)\.?\s+(?:de\s+|of\s+)?(?:sexual\s+)?(?:partenaires|partners)(?:\s+sexuel(?:le)?s)?(?:\s+(?:(?:in|over|during|sur|dans|depuis|au cours de)\s+)?(?:the\s+|this\s+|l'|cette\s+)?(?:last|past|les|ces)?\s*(?:\d+\s*)?(?:months?|mo|weeks?|wks?|years?|yrs?|mois|semaines|ans?|annees?|derniers?|dernieres?)(?:\s+(?:derniers|dernieres|mois))?)?\s*[:=~(]?\s*(?:~|>|env\.?\s*|approx\.?\s*|about\s+|around\s+|environ\s+)?(?:[2-9]|[1-9]\d)\b(?!\s*(?:derniers?|dernieres?|mois|semaines|ans?\b|annees?|months?|mo\b|weeks?|wks?|years?|yrs?|jours|days))/ ?if=partenaires|partners
/\b(?:a|une|sa|his|her|la)\s+(?:wife|husband|femme|epouse|mari|compagne|compagnon|partner|partenaire)\s+(?:and|et)\s+(?:a|une|un|another|une autre|un autre|sa|son|his|her)\s+(?:girlfriend|boyfriend|maitresse|amant|lover|mistress)\b/ ?if=girlfriend|boyfriend|maitresse|amant|lover|mistress
mistress
his lover
her lover
a une liaison
avait une liaison
a eu une liaison
entretient une liaison
entretenait une liaison
a entretenu une liaison
entretiendrait une liaison
aurait une liaison
aurait eu une liaison
vit une liaison
/\b(?:rapports?|relations?|partenaires?|sex|partners?|affairs?)\s+(?:\w+\s+){0,4}?(?:en dehors|hors|outside(?:\s+of)?)\s+(?:du|de son|de leur|of\s+(?:the|his|her|their)|the|his|her|their)\s+(?:couple|mariage|marriage|relationship)\b/ ?if=dehors|hors|outside
/\b(?:sa|son)\s+(?:femme|epouse|mari|compagne|compagnon|conjointe?)\s+(?:n'est|n'en est|n'etait|ne sait|ne le sait|n'en sait)\s+(?:toujours\s+)?(?:pas\s+au\s+courant|pas\s+informee?|pas|rien)\b/ ?if=courant|sait|informe|informee +near=rapports?|sexe|sexuel\w*|partenaires?|liaison|relations?|infidel\w*|tromp\w*|non protege\w*
/\b(?:wife|husband|partner|girlfriend|boyfriend)\s+(?:is\s+|was\s+|remains\s+)?(?:unaware|not aware|doesn't know|does not know|didn't know|did not know|must not know|mustn't know|must never know|must not find out|can't know|cannot know|can never know)\b/ ?if=unaware|aware|know|find out +near=sex\w*|affair|partners?|unprotected|condomless|cheat\w*|colleague|escort|sex worker
/\b(?:partenaire|partner)s?\s+(?:\w+\s+){0,2}?(?:rencontree?s?|met)\s+(?:\w+\s+){0,2}?(?:en deplacement|en vacances|en voyage|en soiree|en boite|sur (?:une |des |les )?(?:applis?|applications?|internet|sites?)|dans un bar|on (?:an |a )?(?:app|apps|dating app|holiday|night out)|online|at a (?:party|bar|club|festival)|via (?:grindr|tinder|an app|une appli|les applis))\b/ ?if=rencontre*|met !before=\b(?:viol\w*|rape\w*|agress\w*|assault\w*)
partenaire d'un soir
/\b(?:\d+|un|une|deux|trois|plusieurs|one|two|three|several)\s+(?:occasionnel(?:le)?s?|casual|ponctuel(?:le)?s?|anonymes?|anonymous)\b(?!\s+(?:drinks?|drinking|drinkers?|use|users?|smok\w*|work\w*|jobs?|shifts?|contracts?|staff|basis|labou?r|wear|clothes|consommations?|verres?|travail|emplois?|missions?))/ ?if=occasionnel*|casual|ponctuel*|anonyme*|anonymous +near=partenaires?|partners?
partenaires d'un soir
/\b(?:rapports?|relations?|liaisons?|aventures?|partenaires?|sexe|voit\s+(?:un|une|des|d'autres))\s+(?:[\w']+\s+){0,5}?a l'insu\s+(?:de\s+(?:sa|son|leur)|du|de la)\s+(?:femme|epouse|mari|compagne|compagnon|conjointe?|partenaire|copine|copain|couple|famille)\b/ ?if=insu
/\b(?:sex|affairs?|relationships?|seeing|sleeping with|partners?)\b[^.;]{0,40}?\bbehind\s+(?:his|her|their|my)\s+(?:wife|husband|partner|girlfriend|boyfriend)(?:'s|s)?\s+back\b/ ?if=behind
coup d'un soir
/\brencontres?\s+(?:ponctuelles?|occasionnelles?|anonymes?|furtives?)\s+(?:via|sur|par)\s+(?:des\s+|une\s+|les\s+|l')?(?:applis?|applications?|sites?|internet|grindr|tinder)\b/ ?if=rencontre|rencontres
/\brencontres?\s+(?:[\w',]+\s+){0,5}?a l'insu\s+(?:de\s+(?:sa|son|leur)|du|de la)\s+(?:femme|epouse|mari|compagne|compagnon|conjointe?|partenaire)\b/ ?if=insu
partenaire anonyme
partenaires anonymes
anonymous partner
anonymous partners
anonymous sex
concurrent partners
concurrent sexual partners
partenaires concomitants
partenaires simultanes
sex in exchange for
rapports sexuels en echange de
rapports sexuels contre de l'argent
sexe en echange de
sexe contre de la drogue
sexe contre drogue
sex for drugs
exchanged sex for
exchanges sex for
trading sex for
rapports en echange de
relations sexuelles en echange de
/\b(?:rapports?|relations?|sexe|faveurs?|actes?)\s+(?:sexuel(?:le)?s?\s+)?contre\s+(?:de l'argent|de l'heroine|du produit|des produits|de la drogue|de la came|du crack|de la coke|de la cocaine|des doses|un logement|un hebergement|un toit|une dose|des cigarettes)\b/ ?if=contre
/\bsex\s+for\s+(?:drugs|crack|heroin|a fix|gear|a place to stay|accommodation|housing|rent)\b/ ?if=drugs|crack|heroin|fix|gear|stay|accommodation|housing|rent
survival sex
sexe de survie
cheats on !after=^\s*(?:(?:the|his|her|my|their|a)\s+)?(?:diet|diets|exams?|tests?|taxes|homework|quiz|food|sugar|carbs|meal\w*)\b
cheat on !after=^\s*(?:(?:the|his|her|my|their|a)\s+)?(?:diet|diets|exams?|tests?|taxes|homework|quiz|food|sugar|carbs|meal\w*)\b
/\b(?:a|avait|ont|avaient)\s+trompee?\s+(?:sa|son|leur)\b/ ?if=trompe|trompee
trompe sa femme
trompe son mari
trompe sa compagne
trompe son compagnon
/\b(?:j'ai|j'avais|je)\s+trompe\s+(?:mon|ma)\s+(?:mari|femme|epouse|epoux|compagnon|compagne|conjoint|conjointe|copain|copine|partenaire)\b/ ?if=trompe
friends with benefits
sex buddy
sexfriend
sex friend
sex party
sex parties
sex tourism
tourisme sexuel
sugar daddy
onlyfans
commercial sex
paid for sex
/\b(?:pay|pays|paying|payer|payait|paye|payant)\s+(?:for|pour)\s+(?:sex|du sexe|des rapports|des relations sexuelles|des prostituees?|une prostituee|sex workers?|escorts?)\b/ ?if=pay|pays|paying|payer|payait|paye|payant
hooker
bdsm
sadomasochis*
swingers club
swinging lifestyle
swinging scene
swing scene
swinging couple
swinging couples
swinging party
swinging parties
swinging club
swinging clubs
swing club
swing clubs
into swinging
/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:female|male|sexual|casual|anonymous)\s+contacts\b/ ?if=contacts
cruising !after=^\s*(?:ship|holiday|trip|altitude|speed)
hook-up
hook-ups
/\b(?:\d+|two|three|four|five|six|several|many|multiple|deux|trois|quatre|cinq|six|plusieurs|nombreux|nombreuses)\s+(?:(?:sexual|new|different|casual|male|female|regular|occasional|anonymous|other|nouveaux|nouvelles|differents|differentes|autres)\s+){0,2}(?:partners|partenaires)\b(?!\s+(?:de\s+)?(?:soin|travail|sante|sport))/ ?if=partner*|partenaire* !before=\b(?:les|both|the)\s*$
/\b(?:[2-9]|[1-9][0-9])\s*(?:e|eme|nd|rd|th)\s+(?:partenaire|partner)\b/ ?if=partenaire|partner
/\b(?:[1-9]|one|two|three)\s+(?:male|female|man|woman)\s*(?:\+|and|&)\s*(?:[1-9]|one|two|three)\s+(?:male|female|man|woman)\s+partners?\b/ ?if=partner|partners
plusieurs compagnes
plusieurs compagnons
plusieurs maitresses
several girlfriends
multiple girlfriends
nouveau partenaire depuis
nouvelle partenaire depuis
new partner since
/\brapports\s+(?:oro|bucco)-?genitaux(?:\s+non\s+proteges)?/ ?if=rapports
sexe oral
oral sex
travail du sexe
travail sexuel
/\b(?:travaill\w*|bosse\w*|travail)\s+(?:\w+\s+)?en\s+vitrine\b/ ?if=vitrine
fait le trottoir
faisait le trottoir
faire le trottoir
tapin
tapine
tapiner
michetonnage
michetonneuse
racolage
soliciting !after=^\s*(?:advice|opinions?|feedback|help|support|views|input|information|donations)
survival sex
sells sex
selling sex
sold sex
trading sex
trades sex
/\b(?:a eu|avait eu|aurait eu|avoue|reconnait|rapporte|evoque|mentionne|admet|confie|raconte|decrit|signale)\s+(?:une|des|plusieurs)\s+["']?aventures?\b/ ?if=aventure|aventures +near=preservatif\w*|capote|rapports?|sexe|sexuel\w*|ist|mst|partenaires?|sa femme|son mari|son epouse|sa compagne|son compagnon|sa conjointe|son conjoint|extra\w*|d'un soir|sans protection|maitresse|amant|seminaire|congres|deplacement
/\b(?:had|has had|having|has)\s+(?:a|an)\s+(?:brief\s+|short\s+|holiday\s+|drunken\s+|one-off\s+)?fling\b/ ?if=fling
/\b(?:sex|intercourse|slept|sleeping|hooked up)\s+(?:\w+\s+){0,2}?with\s+(?:a|an|another|some)\s+(?:\w+\s+)?(?:woman|man|girl|guy|lad|bloke|stranger|colleague|person)\s+(?:(?:he|she|they)\s+)?(?:had\s+)?(?:met|picked up|hooked up with)\b/ ?if=met|picked|hooked !after=^[^.;]{0,30}?\b(?:years?|ans)\b
/\b(?:rapports?|relations?)\s+(?:\w+\s+){0,3}?avec\s+(?:une?|une autre|un autre)\s+(?:femme|homme|fille|garcon|inconnue?|collegue|personne)\s+(?:(?:qu'(?:il|elle)\s+a|qu'(?:il|elle)\s+avait)\s+)?(?:rencontree?|croisee?)\b/ ?if=rencontre|rencontree|croise|croisee !after=^[^.;]{0,30}?\b(?:years?|ans)\b

[sexual_violence SDV]
viol
viols
violee
viole !after=^\s*(la|le|les)\b
victime de viol
viol conjugal
viols conjugaux
marital rape
agression sexuelle
agressions sexuelles
agressee sexuellement
abus sexuel*
abusee sexuellement
abuse sexuellement
attouchement*
inceste
incestueu*
violences sexuelles
violence sexuelle
excision +near=mutilation|genital\w*|clitor\w*|fgm|mgf|type [1-4i]|excisee|rituel\w*|ritual|tradition\w*|enfance|childhood|guinee|guinea|mali|senegal|somal\w*|soudan|sudan|djibouti|sierra
excisee
mutilation genitale*
mutilations genitales*
=MGF
harcelement sexuel
harcelee sexuellement
harcele sexuellement
sexual harassment
sexually harassed
=SANE
sexual assault nurse examiner
sexual assault examination
military sexual trauma
=MST +near=veterans?|military|army|navy|marines?|air force|deploy\w*|coordinator|oef|oif|service members?|veterans affairs
/\bpenetrations?\s+(?:\w+\s+){0,2}?(?:non[- ]consentie?s?|forcee?s?|imposee?s?|sous contrainte|sans (?:son |leur )?consentement)/ ?if=penetration*
/\b(?:orally|anally|vaginally|digitally)(?:\s*(?:,|and|or|&)\s*(?:orally|anally|vaginally|digitally))*\s+penetrated\b/ ?if=penetrated
/\b(?:penetrated|penetration|intercourse|sex)\s+(?:\w+\s+)?without\s+(?:her|his|their|my)?\s*consent\b/ ?if=without
/\bimpos\w*\s+(?:des|de|ses)\s+(?:rapports(?:\s+sexuels)?|relations\s+sexuelles|actes\s+sexuels)\b/ ?if=impos*
/\b(?:lui|leur|me|m'|nous)\s*["'«\u201c]?\s*(?:fait|faisait|a fait|avait fait|aurait fait|faisaient|font)\s+des\s+(?:choses|trucs)\b/ ?if=choses|trucs +near=zizi|zezette|foufoune|zigounette|kiki|quequette|sexe|parties intimes|intime\w*|culotte|slip|fesses|touch\w*|nue?s?\b|bain\b|douche\b|baignoire|sexualise\w*|secret
/\b(?:made|makes|making|make|forced|forces|forcing|got|gets)\s+(?:her|him|them|me)\s+do\s+["'\s]*(?:\w+\s+)?(?:things|stuff)\b/ ?if=things|stuff +near=sex\b|sexual\w*|private\w*|touch\w*|naked|undress\w*|genital\w*|willy|penis|vagina|down there|secret
/\b(?:does|did|doing|do)\s+(?:\w+\s+)?(?:things|stuff)\s+to\s+(?:her|him|me|them)\b/ ?if=things|stuff +near=sexual\w*|private\w*|touch\w*|naked|undress\w*|genital\w*|willy|penis|vagina|down there|secret
/\b(?:lui|leur|me|m'|la|le|l'|les)\s*["'«“\s]*(?:a\s+|avait\s+|aurait\s+|ont\s+)?["'«“\s]*touch\w*\s+(?:(?:le|la|son|sa|mon|ma|au|a la|leur)\s+)?(?:zizi|zezette|foufoune|kiki|quequette|zigounette|minou)\b/ ?if=touch*
/\b(?:bisous?|bises?|caresses?|lechouilles?|baisers?)\s+(?:\w+\s+){0,2}?(?:sur|a|au|dans)\s+(?:le|la|son|sa|mon|ma|leur)\s+(?:zizi|zezette|foufoune|quequette|zigounette|nenette|pepette)\b/ ?if=zizi|zezette|foufoune|quequette|zigounette|nenette|pepette
/\b(?:embrass\w*|lech\w*|suc\w*|caress\w*|tripot\w*)\s+(?:le|la|son|sa|mon|ma)\s+(?:zizi|zezette|foufoune|quequette|zigounette|nenette|pepette)\b/ ?if=zizi|zezette|foufoune|quequette|zigounette|nenette|pepette !before=\bse\s*$
/\b(?:zizi|doigts?)\s+dans\s+(?:la|sa|ma|leur)\s+(?:zezette|foufoune|nenette|pepette)\b/ ?if=zezette|foufoune|nenette|pepette
/\b(?:kiss\w*|lick\w*|suck\w*)\s+(?:\w+\s+)?(?:on\s+)?(?:my|her|his|the)\s+(?:willy|winkie|wee-?wee|front bottom|fanny|minnie|tuppence|foo-?foo|pee-?pee|private parts|privates)\b/ ?if=willy|winkie|wee|weewee|front|fanny|minnie|tuppence|foo|foofoo|pee|peepee|private|privates
/\b(?:put|puts|putting|placed|slid|slides|shoved|stuck)\s+(?:his|her|their|a)\s+hands?\s+(?:in|into|inside|down|under|up)\s+(?:her|his|their|my)\s+(?:underwear|knickers|pants|panties|trousers|skirt|bra|top|shirt|dress|nappy|diaper|shorts|jeans|pyjamas)\b/ ?if=hand|hands
/\b(?:mis|mettait|met|glisse|glissait|passe|passait)\s+(?:la|sa|les|ses)\s+mains?\s+(?:dans|sous)\s+(?:sa|son|ma|mon|la|le|ses|les)\s+(?:culotte|slip|jupe|soutien-gorge|pantalon|pyjama|t-shirt|tee-shirt|chemise|robe|couche)\b/ ?if=la main|sa main|les mains|ses mains
main aux fesses
mains aux fesses
soumission chimique
rape
/\bforc\w*\s+(?:her|him|them|me)\s+(?:to\s+have\s+sex|into\s+sex)\b/ ?if=forc*
/\b(?:forcee?s?|contraintee?s?|obligee?s?)\s+a\s+(?:avoir\s+(?:des|un|une)\s+(?:rapports?|relations?)|(?:des|un|une)\s+(?:rapports?|relations?|actes?)(?:\s+sexuel(?:le)?s?)?)\b/ ?if=forc*|contraint*|oblige*
/\b(?:(?:rapports|relations)(?:\s+sexuel(?:le)?s)?|(?:rapport|relation)\s+sexuel(?:le)?)\s+(?:imposee?s?|forcee?s?)\b/ ?if=impos*|force*
/\b(?:rapport|relation)\s+(?:imposee?|forcee?)\b/ ?if=impose*|force* +near=par\s+(?:son|sa|un|une|le|la|l'|ses|des|deux|trois|plusieurs)\s*(?:ex-?|ancien\s+|ancienne\s+|petit\s+|petite\s+)?(?:copain|copine|ami|amie|conjointe?|mari|compagnon|compagne|partenaire|epoux|concubin|oncle|cousin|frere|pere|beau-pere|voisin|inconnue?s?|collegue|patron|chef|employeur|client|passeur|hommes?|garcons?|individus?|agresseur|camarade)\b|malgre\s+(?:son|ses|leur)\s+refus|contre\s+son\s+gre|sans\s+son\s+consentement|(?:elle|il)\s+(?:disait|a dit|avait dit|criait)\s+non|(?:elle|il)\s+ne\s+voulait\s+pas
/\b(?:lui|leur|me|m'|m)\s*(?:impose|imposait|imposent|imposaient|a\s+impose|avait\s+impose|aurait\s+impose)\s+des\s+(?:rapports|relations|actes)\b/ ?if=impose|imposait|imposent|imposaient
sevices sexuels
sevice sexuel
sevices a caractere sexuel
forced sex
forced intercourse
/\b(?:forced|made|pressured|coerced|obliged|compelled)\s+(?:her\s+|him\s+|me\s+|them\s+)?to\s+(?:sleep|have sex)\s+with\s+(?:him|them|men|her husband|his boss|the man|the men|strangers|(?:the\s+)?clients|(?:the\s+)?customers)\b/ ?if=sleep|sex
/\bhad\s+to\s+(?:sleep|have sex)\s+with\s+(?:him|them|her husband|the man|men)\b/ ?if=sleep|sex +near=married|marriage|husband|wedding|bride|cousin|against (?:her|his) will|did ?n[o']t want|refus\w*|threat\w*|forced|afraid
/\b(?:obligee?s?|forcee?s?|contraintee?s?)\s+(?:de|a)\s+coucher\s+avec\b/ ?if=coucher
/\b(?:a|avait|ont|avaient)\s+du\s+coucher\s+avec\b/ ?if=coucher +near=mariee?|mariage|mari|epoux|noces|cousin|contre son gre|ne voulait pas|refus\w*|menac\w*|forcee?|peur
forces sex !before=\b(?:armed|air|allied|special|police|security)\s*$
forcing sex !before=\b(?:armed|air|allied|special|police|security)\s*$
forces intercourse
forcing intercourse
rapports forces !after=^\s*par\s+(?:la|le|l'|les)\s*(?:direction|hierarchie|administration|entreprise|societe|employeurs?|tribunal|juge|mutuelle|banque)\b
rapport force !after=^\s*par\s+(?:la|le|l'|les)\s*(?:direction|hierarchie|administration|entreprise|societe|employeurs?|tribunal|juge|mutuelle|banque)\b
rapports sexuels forces
relations sexuelles forcees
rapports non consentis
rapport non consenti
proxenetisme
proxenete
proxenetes
prostitution forcee
contrainte a la prostitution
contrainte a se prostituer
forcee a se prostituer
forcee a la prostitution
exploitation sexuelle
exploitee sexuellement
exploite sexuellement
exploitees sexuellement
exploites sexuellement
prostitution de mineurs
prostitution de mineures
prostitution de mineur
prostitution de mineure
prostitution des mineurs
prostitution d'une mineure
prostitution d'un mineur
michetonnage
traite des etres humains
traite a des fins sexuelles
forced prostitution
forced into prostitution
sexual exploitation
sexually exploited
exploited sexually
child prostitution
prostitution of a minor
prostitution of minors
pimped out
sex trafficking
trafficked for sex
forced to sell sex
made to sell sex
forced into selling sex
forced into sex work
forced to work as a prostitute
forcee a se prostituer
contrainte a se prostituer
obligee a se prostituer
sexual torture
torture sexuelle
tortures sexuelles
forced nudity
nudite forcee
/\bwoke\s+up\s+(?:with|to find)\s+(?:him|a man|a guy|someone|somebody|a stranger|her boyfriend|her partner|his partner|a friend|another man)\s+(?:on top of|inside|having sex with|undressing|touching|on)\s+(?:me|her|him)\b/ ?if=woke
/\b(?:s'est|me suis|se serait)\s+reveillee?\s+avec\s+(?:lui|un homme|un garcon|quelqu'un|un inconnu|son ami|un ami)\s+(?:sur|en)\s+(?:elle|moi)\b/ ?if=reveillee|reveille
/\b(?:had\s+)?sex\s+with\s+(?:her|him|me)\s+while\s+(?:she|he|i)\s+(?:was\s+)?(?:asleep|unconscious|passed out|blacked out|too drunk)\b/ ?if=asleep|unconscious|passed|blacked|drunk
/\b(?:entraineur|coach|oncle|beau-pere|voisin|moniteur|animateur|professeur|prof|grand-pere|cousin|frere|parrain|monsieur|baby-sitter|nounou|copain de (?:sa|la) mere)\s+(?:de\s+\w+\s+)?(?:la|le|les|me|m'|l'|t')\s*(?:a|avait|aurait)\s+touchee?s?\b/ ?if=touche|touchee|touches|touchees
male survivors
male survivor
pimp
sex under pressure
pressured into sex
pressured into having sex
sexe sous la contrainte
rapport sous la contrainte
rapports sous la contrainte
rapport sous contrainte
rapports sous contrainte
rapports sexuels non consentis
rapport sexuel non consenti
relation sexuelle non consentie
relations sexuelles non consenties
relation non consentie
relations non consenties
acte sexuel non consenti
actes sexuels non consentis
rapport sexuel sans consentement
rapports sexuels sans consentement
relation sexuelle sans consentement
relations sexuelles sans consentement
non-consensual
nonconsensual
raped
date rape
sexual assault
sexually assaulted
sexual abuse
sexually abused
molested
molestation
incest
=FGM
female genital mutilation
sexual violence
indecent assault
inappropriate touching
sexual touching
touched inappropriately
/\btouch(?:ed|es|ing)\s+(?:her|him|his|their|my|me|them)\s+(?:\w+\s+)?(?:private parts|privates|private area|private bits|private|genitals|genital area|breasts?|vagina|vulva|penis|willy|bits|down there|inappropriately|sexually)\b/ ?if=touch*
=CSA !before=\b(?:au|du|le|un|elue?s?|membre|representante?s?|siege\w*|instance)\s*$ !after=^\s*(?:de l'|de la|du|d'|de|ministeriel|local|academique|de proximite|d'etablissement|central)\b
=CSE +near=exploit\w*|groom\w*|sexual\w*|older\s+(?:men|males?|man|boys?)|police|safeguarding|strategy|at risk|risk of
child sexual exploitation
sexual grooming
online grooming
groomed online
groomed by
/\b(?:made|makes|making|make)\s+(?:her|him|them|me)\s+(?:to\s+)?have\s+sex\b/ ?if=made|makes|making|make
=SARC
sexual assault referral centre
sexual assault referral center
=ISVA
drug-facilitated sexual assault
/\b(?:made|makes|making|make|forced|forces|forcing|force|got|gets)\s+(?:her|him|them|me)\s+(?:to\s+)?(?:touch\s+(?:him|her|his|them|their|me|my)|stroke\s+(?:him|her|his)|fondle|perform\s+(?:oral|sex\w*)|give\s+(?:him|her|them)\s+oral|watch\s+porn\w*|do\s+sexual)\b/ ?if=made|makes|making|make|forced|forces|forcing|force|got|gets
/\b(?:l'a|l'avait|l'aurait|les a|les avait|la|le|les)\s+(?:obligee?s?|forcee?s?|contrainte?s?)\s+a\s+(?:le\s+|la\s+|les\s+|lui\s+)?(?:toucher|caresser|masturber|sucer|regarder des (?:films|videos) porno\w*)\b/ ?if=oblige*|force*|contraint*
/\b(?:lui|leur|m'|me)\s*(?:a|avait|aurait)\s+fait\s+(?:toucher|caresser)\b/ ?if=fait
/\b(?:lui|leur|l'|m'|me|la|le|les)\s*(?:a|avait|aurait|ont|auraient)\s+(?:\w+\s+)?(?:touchee?s?|caressee?s?|tripotee?s?|pelotee?s?)\s+(?:\w+\s+){0,2}?(?:la poitrine|les seins|ses seins|le sexe|son sexe|les parties|ses parties|l'entrejambe|les fesses|ses fesses|le pubis|sous ses vetements|sous les vetements)/ ?if=touche*|caresse*|tripote*|pelote*
groped
groping
fondled
fondling
pelotee
atteinte sexuelle
atteintes sexuelles
/\bforced\s+(?:himself|herself|themselves)\s+(?:on|upon)\s+(?:me|her|him|them)\b/ ?if=forced
/\babused\s+(?:me|her|him|them)\s+sexually\b/ ?if=abused
sexual slavery
sex slave
sex slaves
esclavage sexuel
esclave sexuelle
esclaves sexuelles
sextortion
sextorsion
/\b(?:menac\w*|threat\w*)\s+(?:\w+\s+){0,2}?(?:de|d'|to)\s*(?:les\s+|la\s+|le\s+|l'|them\s+|it\s+|the\s+\w+\s+|her\s+\w+\s+|his\s+\w+\s+)?(?:publier|diffuser|partager|poster|envoyer|montrer|publish|share|post|send|leak|show|circulate|upload)\b/ ?if=menac*|threat* +near=nudes?|nudez|naked|intimes?|intimate|explicit|sextapes?|sex tape|webcam|sexts?|denudee?s?|nue?s?
chantage sexuel
chantage a la webcam
chantage aux photos
intimate image abuse
image-based sexual abuse
/\b(?:touched|fondled|molested)\s+(?:me|him|her)\s+when\s+(?:i|he|she)\s+was\s+(?:a\s+(?:child|kid|boy|girl|little)|little|young|small|\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b/ ?if=touched|fondled|molested
/\bm'a\s+(?:touchee?|tripotee?|caressee?)\s+(?:\w+\s+)?(?:quand|lorsque)\s+(?:j'avais|j'etais\s+(?:petite?|enfant|gamine?))\b/ ?if=touche*|tripote*|caresse*
ablation du capuchon clitoridien
/\b(?:ablation|excision|amputation|section|resection)\s+(?:\w+\s+){0,2}?du\s+(?:capuchon\s+clitoridien|clitoris|gland\s+clitoridien)\b/ ?if=clitoridien|clitoris !before=\b(?:reduction|plastie|chirurgie esthetique)\s*$
removal of the clitoral hood
clitoral hood removed
clitoris removed
revenge porn
image-based sexual abuse
pornodivulgation
diffusion d'images intimes
diffusion de photos intimes
/\b(?:photos?|images?|videos?)\s+(?:d'elle|de lui|d'eux|de moi|de la patiente|du patient)\s+(?:nue?s?|denudee?s?|seins nus|en sous-vetements|en train de se deshabiller)\b/ ?if=nu|nue|nus|nues|denude*|sous-vetements|deshabiller +near=tourn\w*|circul\w*|diffus\w*|partag\w*|publi\w*|menac\w*|envoy\w*|chant\w*
/\b(?:naked|nude)\s+(?:photos?|pictures?|pics|images?|videos?)\s+of\s+(?:her|him|me|them)\b/ ?if=naked|nude +near=shar\w*|spread\w*|post\w*|threat\w*|send\w*|sent|forward\w*|blackmail\w*
/\b(?:nude|nudes|naked|intimate|sexual|explicit|sexually explicit)\s+(?:images?|photos?|pictures?|pics|videos?|selfies?)\b/ ?if=image|images|photo|photos|picture|pictures|pics|video|videos|selfie|selfies +near=shared|sharing|circulat\w*|posted|leaked|spread|forwarded|without (?:her|his|their|my) consent|blackmail\w*|threat\w*|extort\w*|sextort\w*
/\b(?:photos?|images?|videos?|selfies?)\s+(?:intimes?|denudee?s?|nue?s?|sexuelles?|a caractere sexuel|pornographiques?)\b/ ?if=photo*|image*|video*|selfie* +near=chant\w*|diffus\w*|circul\w*|partag\w*|publi\w*|menac\w*|sans (?:son|leur|mon) (?:accord|consentement)|extor\w*|sextor\w*
stealthing
retrait non consenti du preservatif
retrait du preservatif sans consentement
non-consensual condom removal
/\b(?:retire|enleve|ote)\s+(?:le|son|la|sa)\s+(?:preservatif|capote)\s+(?:[\w']+\s+){0,6}?sans\s+(?:[\w']+\s+){0,7}?(?:accord|consentement)\b/ ?if=preservatif|capote
/\b(?:removed|took off|pulled off|slipped off)\s+(?:the|his|a)\s+condom\s+(?:[\w']+\s+){0,6}?without\s+(?:[\w']+\s+){0,3}?(?:consent|agreement|knowledge|telling)\b/ ?if=condom
/\b(?:blackmail\w*|extort\w*)\b[^.\n]{0,80}?\b(?:intimate|nude|naked|explicit|sexual)\s+(?:images?|photos?|pictures?|pics|videos?)\b|\b(?:intimate|nude|naked|explicit|sexual)\s+(?:images?|photos?|pictures?|pics|videos?|selfies?)\b[^.\n]{0,120}?\b(?:blackmail\w*|extort\w*)/ ?if=blackmail*|extort*
/\bchantage\b[^.\n]{0,80}?\b(?:photos?|images?|videos?)\s+(?:intimes?|denudee?s?|nue?s?|sexuelles?)\b|\b(?:photos?|images?|videos?)\s+(?:intimes?|denudee?s?|nue?s?|sexuelles?)\b[^.\n]{0,120}?\bchantage\b/ ?if=chantage
/\b(?:preservatif|capote|condom)\s+(?:\w+\s+){0,2}?(?:retire|enleve|ote|removed|took off|taken off|pulled off)\w*\s+(?:\w+\s+){0,2}?(?:sans (?:son|mon|leur) (?:accord|consentement)|without (?:her|his|their|my) (?:consent|knowledge|agreement))/ ?if=retire*|enleve*|ote|removed|took|taken|pulled
/\b(?:removed|took off|retire|enleve)\w*\s+(?:the|his|le|son|la)\s+(?:condom|preservatif|capote)\s+(?:\w+\s+){0,3}?(?:without|sans)\s+(?:her|his|their|my|son|mon|leur)\s+(?:consent|knowledge|agreement|accord|consentement)/ ?if=retire*|enleve*|removed|took
sexual coercion
coercition sexuelle
/\b(?:pressur\w*|coerc\w*|guilt-trip\w*|forc\w*)\s+(?:her|him|them|me)\s+into\s+(?:having\s+)?(?:sex|sexual)/ ?if=into
/\b(?:put|puts|pushed|pushes|inserted|inserts|shoved|stuck|forced)\s+(?:a|an|the|his|their|some)\s+(?:\w+\s+)?(?:sticks?|bottles?|objects?|batons?|truncheons?|rods?|broom\w*|pipes?|guns?)\s+(?:(?:inside|up|into)\s+(?:me|her|him|them)\b(?!\s+(?:mouth|hands?|ears?|nose|arms?|veins?))|(?:into|in|up)\s+(?:her|his|my|their)\s+(?:anus|rectum|vagina|bottom|back passage|private\w*))/ ?if=stick|sticks|bottle|bottles|object|objects|baton|batons|truncheon|truncheons|rod|rods|broom*|pipe|pipes|gun|guns
/\b(?:introdu\w*|enfonce\w*|enfoncait|mis|mettre|mettaient|mettait)\s+(?:un|une|des|le|la|leur|son|sa)\s+(?:\w+\s+)?(?:baton|batons|bouteille|bouteilles|objet|objets|matraque|tige|manche|canon)\s+(?:\w+\s+){0,2}?(?:dans|a l'interieur d)\s*(?:l'anus|le vagin|le rectum|son anus|son vagin|mon anus|mon vagin|le sexe|son sexe|moi|elle|lui)/ ?if=baton|batons|bouteille|bouteilles|objet|objets|matraque|tige|manche|canon
/\b(?:ete|etre)\s+["'«“]?\s*forcee?s?\s*["'»”]?\s+par\b/ ?if=forcee|forcees|force|forces !after=^\s*(?:(?:\w+\s+|l')){1,6}?a\s+(?!plusieurs|maintes|de nombreuses|chaque|\d)\w+|^\s*(?:les circonstances|la situation|la maladie|son etat|la douleur)
/\b(?:utilisee?s?|used)\s+(?:\w+\s+)?(?:comme|like|as)\s+(?:une|leur|sa|a|their|his)\s+(?:femme|woman|wife)\b(?!\s+(?:de|d')\b)/ ?if=femme|woman|wife
/\bwent along with it\b[^.;\n]{0,80}?\b(?:scared|afraid|frightened|terrified|fear\w*|wouldn't let|would not let|didn't let|did not let|no choice|pressured|froze|threaten\w*)\b/ ?if=along
/\b(?:(?:didn't|did not|couldn't|could not)\s+(?:feel able to|dare to|dare)|felt unable to|was too (?:scared|afraid|frightened|drunk) to)\s+say\s+no\b/ ?if=say +near=sex\w*|intercourse|penetrat\w*|touch\w*|ulipristal|levonorgestrel|ellaone|emergency contracep\w*|pepse|condom|undress\w*
/\bn'(?:a|avait|ose|osait)\s+pas\s+(?:ose\s+|pu\s+|su\s+)?(?:dire non|refuser|se debattre|resister)\b/ ?if=non|refuser|debattre|resister +near=rapports?|sexe|sexuel\w*|penetr\w*|touch\w*|attouch\w*|caress\w*|ivg|enceinte|norlevo|ellaone|preservatif|deshabill\w*
/\bne\s+(?:pouvai[st]|pouvaient)\s+(?:pas|plus)\s+(?:dire non|refuser|(?:me|se)\s+debattre|resister)\b/ ?if=pouvais|pouvait|pouvaient +near=rapports?|sexe|sexuel\w*|penetr\w*|touch\w*|attouch\w*|caress\w*|ivg|enceinte|norlevo|ellaone|preservatif|deshabill\w*|contraception d'urgence|umj
/\b(?:ne|n')\s*(?:l'|m'|les)\s*(?:a|avait|ont|avaient)\s+pas\s+laissee?s?\s+(?:partir|sortir|s'en aller|repartir|rentrer)\b/ ?if=partir|sortir|aller|repartir|rentrer +near=rapports?|sexe|sexuel\w*|relations?|couche\w*|ivg|enceinte|grossesse|preservatif|norlevo|ellaone|lendemain|penetr\w*|viol\w*
/\b(?:wouldn't|would not|didn't|did not|refused to)\s+let\s+(?:her|him|me|them)\s+(?:leave|go)\b/ ?if=leave|go +near=sex\b|sexual\w*|intercourse|penetrat\w*|condom|ulipristal|levonorgestrel|ellaone|emergency contracep\w*|pregnan\w*
/\bs'est\s+laissee?\s+faire\b/ ?if=faire +near=peur|crainte|menace\w*|force\w*|contrainte?|ivre|alcool\w*|endormie?|sexe|sexuel\w*|rapports?|attouch\w*
/\b(?:was|were|been|being)\s+forced\s+by\b/ ?if=forced !after=^\s*(?:\w+\s+){1,6}?to\s+\w+|^\s*(?:circumstances|the situation|illness|pain)
/\b(?:il|qui|entraineur|coach|oncle|beau-pere|voisin|moniteur|animateur|professeur|prof|grand-pere|cousin|frere|pere|papa|parrain|homme|monsieur)\s+(?:de\s+\w+\s+)?(?:la|le|les|me|m'|l')\s*(?:touche|touchait|touchent|touchaient|tripote|tripotait)\b/ ?if=touche|touchait|touchent|touchaient|tripote|tripotait +near=vestiaire|nuit|chambre|lit|secret|cachette|depuis|parties|police|plainte|pleure|douche|bain
/\b(?:he|who|coach|uncle|stepdad|stepfather|stepbrother|neighbou?r|teacher|cousin|brother|father|dad|grandfather|grandad|man|boyfriend|partner|lodger|babysitter)\s+(?:\w+\s+){0,2}?(?:touches|touched|touching)\s+(?:me|her|him)\b/ ?if=touches|touched|touching +near=night|bed|bedroom|secret|shower|bath|changing room|locker|police|private|knickers|pants|cries|crying|scared
/\b(?:l'a|l'avait|l'aurait|les a|m'a)\s+gatee?s?\b/ ?if=gatee|gate|gatees|gates +near=voisin|oncle|homme|requisition|hymen\w*|dechirure|plainte|police|gendarmerie|opj|chambre|force\w*|viol\w*
/\b(?:a|avait|aurait|ont|avaient|auraient)\s+abuse\s+d'(?:elle|lui|eux|moi)\b/ ?if=abuse
/\babusait\s+d'(?:elle|lui|moi)\b/ ?if=abusait
dechirure hymenale recente +near=requisition|opj|gendarmerie|police|brigade|plainte|certificat|medico-legal\w*|forensic|scelle\w*
dechirures hymenales recentes +near=requisition|opj|gendarmerie|police|brigade|plainte|certificat|medico-legal\w*|forensic|scelle\w*
recent hymenal tear +near=police|forensic|statement|sarc|requisition|certificate
/\b(?:forc\w*|oblige\w*|contrain\w*)\s+(?:(?:a|de)\s+)?["'\s]*(?:travailler|se prostituer|faire le trottoir|tapiner|recevoir des clients|faire des passes)/ ?if=travailler|prostituer|trottoir|tapiner|clients|passes +near=vitrine|prostitu\w*|clients?|trottoir|passes|proxenet\w*|tds|travailleuse du sexe|reseau
/\bforc\w*\s+(?:her|him|them|me)\s+(?:to\s+)?(?:work|see clients|sell sex)\b/ ?if=work|clients|sell +near=brothel\w*|prostitut\w*|clients?|sex work\w*|pimp\w*|trafficked
/\b(?:il|ils|on)\s+m'(?:a|avait|ont|avaient)\s+forcee?s?\b(?!\s+a\s+(?!coucher|avoir des (?:rapports|relations)|le faire|faire l'amour|(?:le|la|les|lui)\s+(?:toucher|sucer|caresser)))/ ?if=forcee|forcees|force|forces
/\b(?:he|they)\s+forced\s+(?:me|himself on me|themselves on me)\b(?!\s+to\s+(?!have sex|sleep with|touch))/ ?if=forced
/\b(?:il|ils)\s+(?:me|la)\s+(?:force|forcait|forcent|forcaient)\b(?!\s+a\s+(?!coucher|avoir des (?:rapports|relations)|le faire|faire l'amour|(?:le|la|les|lui)\s+(?:toucher|sucer|caresser)))/ ?if=force|forcait|forcent|forcaient
/\b(?:me|la|l')\s*(?:prend|prenait|prennent|a prise?|avait prise?)\s+de force\b/ ?if=force
/\b(?:exige|exigeait|exigent|a exige|impose|imposait)\s+des\s+(?:rapports|relations)(?:\s+sexuel(?:le)?s)?\b/ ?if=rapports|relations +near=mal|douleur\w*|refus\w*|envie|droit|devoir conjugal|malgre|gre|consent\w*|pleure\w*|peur
/\b(?:forces|forced|forcing)\s+himself\s+on\s+(?:her|me)\b/ ?if=himself
/\b(?:oncle|pere|beau-pere|grand-pere|papy|frere|demi-frere|cousin|voisin|moniteur|entraineur|parrain|tonton)\s+(?:l'|la|m'|me|lui)\s*(?:a|avait|aurait)\s+touchee?\b(?!\s+(?:(?:au|le|la|les|l')\s*(?:coeur|cœur|front|epaule|bras|main)|par\s+(?:sa|ses|son|leur)\s+(?:lettre|lettres|mots|paroles|geste|gestes|attention|visite|message|discours)))/ ?if=touche|touchee
/\b(?:il|qui)\s+(?:me|m')\s*(?:touche|touchait|tripote|tripotait|caresse|caressait)\b(?!\s+(?:le|la|les|l')\s*(?:ventre|bras|epaule|main|mains|dos|front|genou|jambe|tete|visage|joue|cheveux|pieds?)\b)/ ?if=touche|touchait|tripote|tripotait|caresse|caressait
/\b(?:was|were|been|got|i was|she was)\s+cut\s+(?:as\s+a\s+(?:girl|child|baby)|when\s+(?:i|she)\s+was\s+(?:a\s+(?:girl|child|baby)|\d+|young|little|small))/ ?if=cut
/\bon\s+(?:m'a|l'a|les a|nous a)\s+coupees?\b/ ?if=coupee|coupees +near=village|enfance|petite|fille|excis\w*|fgm|mgf|grand-mere|exciseuse|tradition\w*|vacances|pays

[gender_identity GENDER]
transgenre*
transidentite
trans-identite
transsexuel*
transsexualisme
femme trans
homme trans
personne trans
transition de genre
transition sociale
transition medicale
social transition
socially transitioned
prenom d'usage
changement de prenom
parcours de transition
en transition
dysphorie de genre
incongruence de genre
identite de genre !after=^\s*(?:[:=-]\s*)?(?:cis\w*|(?:homme|femme|man|woman|male|female)\s+cis\w*|same\s+as\s+(?:(?:the\s+)?sex\s+)?(?:assigned|registered|recorded)|(?:identique|conforme)\s+au\s+sexe|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire)|(?:is\s+)?(?:the\s+)?same\s+as\s+(?:the\s+)?sex\s+(?:you|they|he|she|I)\s+(?:were|was)\s+(?:assigned|registered|recorded)|identif\w*\s+as\s+(?:a\s+)?(?:female|male|woman|man|girl|boy)\b(?![^.;\n]*\b(?:assigned|birth|amab|afab|trans\w*|non-binary|since|now)\b)|(?:correspond[\w-]*|conforme|identique)\s+au\s+sexe\s+(?:assigne|attribue|declare|enregistre|de naissance|a la naissance|a l'etat civil))
se genre au feminin
se genre au masculin
se genre au neutre
se genrer
genree au feminin
genre au masculin
genre au feminin
uses she her
uses he him
uses they them
she her pronouns
he him pronouns
they them pronouns
pronoms feminins
pronoms masculins
non-binaire
genderqueer
genre fluide
=FtM
=MtF
=FTM
=MTF
hormonotherapie feminisante
hormonotherapie masculinisante
traitement hormonal feminisant
traitement hormonal masculinisant
traitement hormonal de transition
hormonotherapie de transition
hormones de transition
traitement hormonal d'affirmation
transition hormone therapy
hormone therapy for transition
reassignation
chirurgie de reassignation
changement de sexe
changement d'etat civil
transgender
trans masc
trans mascs
trans fem
trans femme
trans femmes
transmasc
transmascs
transmasculine
transmasculin
transmasculins
transfem
transfems
transfemme
transfemmes
transfeminine
transfeminin
transfeminins
trans masculin*
trans feminin*
torsoplastie
vaginoplastie
phalloplastie
metoidioplastie
vaginoplasty !after=^\s*(?:for|pour)\s+(?:\w+\s+){0,2}?(?:mrkh|rokitansky|agenesis|agenesie|prolapse|prolapsus|cah|cloaca\w*|atresia|atresie|stenosis|stenose|laxity)\b !before=\b(?:mrkh|rokitansky|agenesis|agenesie|prolapse|prolapsus|cloaca\w*|atresia|atresie|laxity|cosmetic|rejuvenation)\b[^.;]*$
vaginoplasties
phalloplasty
phalloplasties
metoidioplasty
neovagina
neovaginal
neo-vagina
neovagin
neophallus
neo-phallus
top surgery
/\b(?:patiente?s?|personnes?|femmes?|hommes?|jeunes?|ados?|adolescente?s?|filles?|garcons?|clientes?|usagere?s?|woman|women|man|men|patients?|persons?|people|youths?|clients?|teens?|teenagers?|students?|individuals?|kids?|girls?|boys?|adults?)\s+trans\b(?!-|\s+(?:fat|fats|fatty|isomers?|retinoic|thoraci\w*|abdominal\w*|vaginal\w*|rectal\w*|anal\w*|oral\w*|cervical\w*|femoral\w*|radial\w*|tibial\w*|sacral\w*|catheter\w*|esophageal\w*|oesophag\w*|hepatique|jugula\w*|venous|arterial\w*|urethral\w*|sphenoidal|scaphoid\w*|styloid\w*|obturat\w*|septal|mural|anastomo\w*)\b)/ ?if=trans
/\btrans\s+(?:patients?|persons?|people|youths?|clients?|adolescents?|teens?|teenagers?|students?|individuals?|kids?|girls?|boys?|children|adults?|community|communities|personnes?|patiente?s?|jeunes?)\b/ ?if=trans
trans woman
/\b(?:detenue?s?|prisonniere?s?|incarceree?s?|detainees?|prisoners?|inmates?)\s+trans\b(?!-)/ ?if=trans
/\btrans\s+(?:detainees?|prisoners?|inmates?|detenue?s?|prisonniere?s?)\b/ ?if=trans
trans man
transwoman
transman
gender dysphoria
gender incongruence
gender incongruity
=HA60
=HA61
gender-affirming
gender-affirmation
affirmation de genre
affirmation du genre
chirurgie d'affirmation
chest masculinisation
chest masculinization
masculinising chest
masculinizing chest
masculinisation thoracique
facial feminisation
facial feminization
feminisation faciale
gender identity !after=^\s*(?:[:=-]\s*)?(?:cis\w*|(?:homme|femme|man|woman|male|female)\s+cis\w*|same\s+as\s+(?:(?:the\s+)?sex\s+)?(?:assigned|registered|recorded)|(?:identique|conforme)\s+au\s+sexe|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire)|(?:is\s+)?(?:the\s+)?same\s+as\s+(?:the\s+)?sex\s+(?:you|they|he|she|I)\s+(?:were|was)\s+(?:assigned|registered|recorded)|identif\w*\s+as\s+(?:a\s+)?(?:female|male|woman|man|girl|boy)\b(?![^.;\n]*\b(?:assigned|birth|amab|afab|trans\w*|non-binary|since|now)\b)|(?:correspond[\w-]*|conforme|identique)\s+au\s+sexe\s+(?:assigne|attribue|declare|enregistre|de naissance|a la naissance|a l'etat civil))
non-binary
transitioning
gender reassignment
gender identity clinic
/\bgender identity\s+(?:is\s+)?(?:the\s+)?same\s+as\s+(?:the\s+)?sex\s+(?:(?:you|they|he|she|i)\s+(?:were|was)\s+)?(?:assigned|registered|recorded)(?:\s+at\s+birth)?\s*\??\s*[:=-]?\s*no\b/ ?if=identity
/\bidentite de genre\s+(?:correspond[\w-]*|est-elle\s+(?:conforme|identique))\s+(?:au|a votre)\s+sexe\s+[^?\n]{0,40}\?\s*[:=-]?\s*non\b/ ?if=identite
cross-sex hormones
my transition
ma transition !after=^\s*(?:professionnelle|ecologique|energetique|vers|de poste)
sa transition !after=^\s*(?:professionnelle|ecologique|energetique|vers|de poste|epidemiologique|de soins)
his transition !after=^\s*(?:to|from|of care|plan)\b
her transition !after=^\s*(?:to|from|of care|plan)\b
/\b(?:i'm|i am|im|je suis|she's|she is|he's|he is|they're|they are|elle est|il est|iel est)\s+(?:a\s+|une?\s+)?trans\b(?!-)/ ?if=trans
se presente au masculin
se presente au feminin
se presente au neutre
se presentait au masculin
se presentait au feminin
se presentait au neutre
vit au masculin
vit au feminin
vit au neutre
vivait au masculin
vivait au feminin
vivait au neutre
se vit au masculin
se vit au feminin
se vit au neutre
s'exprime au masculin
s'exprime au feminin
s'exprime au neutre
lives as a woman
lives as a man
lives as a girl
lives as a boy
living as a woman
living as a man
living as a girl
living as a boy
lived as a woman
lived as a man
lived as a girl
lived as a boy
il est une femme
il est une fille
elle est un homme
elle est un garcon
transition hormonale !after=^[^.;]{0,40}?\b(?:menopaus\w*|perimenopaus\w*|climat\w*|post-partum|pubert\w*) !before=\b(?:menopaus\w*|perimenopaus\w*|climat\w*|post-partum|pubert\w*)
hormonal transition !after=^[^.;]{0,40}?\b(?:menopaus\w*|perimenopaus\w*|climac\w*|postpartum|pubert\w*) !before=\b(?:menopaus\w*|perimenopaus\w*|climac\w*|postpartum|pubert\w*)

[religion REL]
temoin de jehovah
temoins de jehovah
jehovah
jehovah's witness
jehovah's witnesses
jehova
temoin jehovah
temoins jehovah
=TdJ
=TDJ +near=transfus\w*|sang|blood|produits sanguins|derives sanguins|cell saver
=JW +near=blood|transfus\w*|cell saver|blood products
ramadan
jeune religieux
jeune du ramadan
iftar
suhoor
suhur
sehri
ftour
f'tour
s'hour
mois sacre
holy month
pagode
pagodes
pagoda
temple bouddhiste
buddhist temple
temple hindou
hindu temple
sikh temple
fete du temple
fetes du temple
temple festival
shaman
shamans
shamanism
shamanic healer
chaman
chamane
chamanes
chamans
chamanisme
congregation
congregations
carte pas de sang
no blood card
no-blood card
musulman* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
catholique* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
protestant* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
evangelique* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
evangeliste
chretien*
juif !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
juive !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
juifs !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
judaisme
israelite
bouddhiste
bouddhisme
hindou*
hindouisme
sikh
kirpan
steel kara
kara bracelet
bracelet kara
wears a kara
porte un kara
religion
religieux
religieuse !after=^\s*(?:(?:au|a la|aux)\s+(?:cafe|chocolat|vanille|caramel|pistache|praline|framboise|fraise|citron|moka)|(?:de|du|d'une|d'un)\s+(?:la\s+)?(?:boulangerie|patisserie|patissier|boulanger))
religieuses !after=^\s*(?:(?:au|a la|aux)\s+(?:cafe|chocolat|vanille|caramel|pistache|praline|framboise|fraise|citron|moka)|(?:de|du|d'une|d'un)\s+(?:la\s+)?(?:boulangerie|patisserie|patissier|boulanger))
croyant
croyante
pratiquant !after=^\s*(le|la|les|du|de|des|un|une|d'|l'|regulierement)\b
pratiquante !after=^\s*(le|la|les|du|de|des|un|une|d'|l'|regulierement)\b
mosquee
synagogue
casher
kasher
halal
porte le voile
shabbat
sabbat
careme
imam !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur)\s*$
rabbin !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur)\s*$
pretre !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur)\s*$
aumonier
aumonerie
aumoniere
aumonieres
aumoniers
chaplains
/\b(?:le|un|du|au|notre|ancien|monsieur le|m\. le)\s+cure\b(?![-'])/ ?if=cure !before=\b(?:par|by)\s*$
/\bcure\s+(?:de|du|d')\s+(?:la\s+|sa\s+|notre\s+)?(?:paroisse|village|quartier|secteur|doyenne|saint|sainte|st|ste|notre-dame)\b/ ?if=cure !before=\b(?:par|by)\s+(?:le|un|du|au|notre|ancien|l')?\s*$
abbe !after=^\s*pierre !before=\b(?:par|by)\s+(?:un|une|le|la|l'|a|the)\s*$
paroisse
paroissien*
vicaire
diacre
seminariste
moniale
islam
islamique !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
christianisme
christianity
catholicisme
catholicism
protestantisme
protestantism
buddhism
hinduism
sikhisme
sikhism
jainisme
jainism
jain
taoisme
taoism
shintoisme
shinto
converti a l'islam
convertie a l'islam
converti au judaisme
convertie au judaisme
muslim* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
catholic !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
christian !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
jewish !before=INSTITUTION_BEFORE !after=^\s*(?:general\b|hospitals?|hopital|hospice|health|healthcare|medical|clinic|schools?|college|university|universite|relief|care|charities|charity|aid|social services|family services|community services|refugee services|mission|foundation|secours|de louvain|de lyon|de lille|de paris)\b
judaism
hindu
buddhist
kosher
=Lent
church !after=^\s*(?:view|street|st\b|road|rd\b|lane|ln\b|hill|close|court|house|green|farm|end|walk|gate|way|avenue|ave\b|drive|path|row|terrace|square|mews|place|crescent|fields?|meadows?|stretton|surgery|medical|health centre|practice|care home|nursing home|residential home|lodge|halls?|car park|carpark)\b
chaplain
anglican !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
methodist !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
baptist !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
presbyterian !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
church of scotland minister
free church minister
evangelical
pray
prayer
chiite*
sunnite*
shia
shiite*
shi'ite*
sunni
sunnis
alaouite*
alawite*
druze*
ismaelien*
ismaili*
ahmadi*
soufi*
sufi
sufis
adventiste* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
jew
jews
hasidic
haredi
amish
mennonite*
hutterite*
quaker*
pentecost*
pentecotiste*
adventist* !before=INSTITUTION_BEFORE !after=INSTITUTION_AFTER
mormon*
rastafari*
zoroastri*
bahai
baha'i
puja
pooja
prayers
mosque
religious !after=^\s*(?:studies|education|ed\b|instruction|knowledge)\b
faith !before=\b(good|bad)\s*$
religious beliefs
refuses blood products
refuses blood
hajj
hadj
omra
umrah
pelerinage
pelerinages
pilgrimage
/\b(?:fast\w*|jeune\w*)\s+(?:\w+\s+){0,2}?(?:for|during|de|du|pour|pendant)\s+(?:the\s+|le\s+|la\s+|l')?(?:yom kipp(?:ou|u)r|kipp(?:ou|u)r|ramadan|careme|lent|passover|pessah|navratri|ekadashi|ashura|achoura|tisha b'av|paryushan|shabbat|sabbath)\b/ ?if=fast*|jeune*
/\b(?:yom kipp(?:ou|u)r|kipp(?:ou|u)r|passover|pessah|navratri|ekadashi|ashura|achoura)\s+(?:fast|fasting|jeune)\b/ ?if=fast|fasting|jeune
smudging
smudge ceremony
sweat lodge
spiritual care
soins spirituels
accompagnement spirituel
anointing of the sick
last rites
derniers sacrements
extreme-onction
sacrement des malades
priest !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur|their|his|her)\s*$
rabbi !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur|their|his|her)\s*$
pastor !before=\b(?:par|by)\s+(?:un|une|le|la|a|the|des|les|son|sa|leur|their|his|her)\s*$
vicar
vicars
revd
reverend
clergy
clergyman
clergywoman
clergymen
deacon
nun
nuns
monk !after=^\s*fruit
monks
moine
moines
nonne
nonnes
eveque
archeveque
pasteure
pasteur !before=\b(?:institut|institute|centre|center|hopital|hospital|clinique|rue|bd|boulevard|avenue|av|place|quai|allee|cours|impasse|lycee|college|ecole|louis|labo|laboratoire|dr|docteur|mr|m\.|mme|madame|monsieur)\s*$ !after=^\s*(?:institute|hospital|\d)
minister of religion
ministre du culte
quran
coran
bible
hijab
niqab
burqa
kippa
bar mitzvah
bat mitzvah
premiere communion
first communion
rosary
a la messe
to mass
attends mass
madrassa
madrasa
ecole coranique
quranic school
koranic school
catechisme
sunday school
/\b(?:married|single|widow|widowed|separated)\s*,\s*r\.?c\.?,/ ?if=married|single|widow|widowed|separated
devout
/\b(?:practi[cs]ing|observante?s?|fervente?s?)\s+(?:yazidi|yezidi|sikh|hindu|jain|buddhist|muslim|moslem|catholic|christian|jew|jewish|orthodox|zoroastrian|druze|alevi|mormon|evangelical|protestant|anglican|baptist|pentecostal|adventist|rastafarian|bahai|baha'i|shia|sunni|ismaili|coptic|copte|musulmane?|catholique|chretienne?|juive?|bouddhiste|hindoue?|orthodoxe|evangelique|protestante?|yezidie?|alevie?|druzes?|juifs?)s?\b/ ?if=practising|practicing|observant|observants|observante|observantes|fervent|fervente|fervents|ferventes
/\b(?:pratiquante?s?)\s+(?:yazidi|yezidi|yezidie|alevi|alevie|copte|druze|orthodoxe|sikh)\b/ ?if=pratiquant*
alevi
alevie
alevis
copte
coptes
coptic
mouride*
mouridisme
tidiane*
tidjane*
tijani*
tidjaniya
layene
magal
marabout
marabouts
confrerie religieuse
confreries religieuses
priere !after=^\s*(?:de|d')\b
prieres !after=^\s*(?:de|d')\b
circoncision rituelle
circoncision religieuse
ritual circumcision
religious circumcision
brit milah
brit mila
mohel
bapteme !after=^\s*(?:de l'air|de plongee|du feu|de parachute|de saut|de la route)
baptism !after=^\s*of fire
christening

[political_opinion -]
militant !after=^\s*(?:syndica\w*|cgt|cfdt|fo\b|sud\b|unsa|fsu|snes\w*|union)
activism
greve de la faim +near=contre|pour\s+(?:la|le|les|l')|revendi\w*|soutien|protest\w*|militan\w*|politi\w*|regime|gouvernement|projet|loi\b|reforme !after=(?:contre|pour protester contre)\s+(?:son|sa|ses|l')\s*(?:hospitali\w*|admission|placement|hdt|hdo|sdt|sdre|isolement|traitement|regime)
greviste de la faim +near=contre|pour\s+(?:la|le|les|l')|revendi\w*|soutien|protest\w*|militan\w*|politi\w*|regime|gouvernement|projet|loi\b|reforme|collecti\w*|regularisation|sans-papiers !after=(?:contre|pour protester contre)\s+(?:son|sa|ses|l')\s*(?:hospitali\w*|admission|placement|hdt|hdo|sdt|sdre|isolement|traitement|regime)
grevistes de la faim +near=contre|pour\s+(?:la|le|les|l')|revendi\w*|soutien|protest\w*|militan\w*|politi\w*|regime|gouvernement|projet|loi\b|reforme|collecti\w*|regularisation|sans-papiers
hunger striker +near=against|protest\w*|in support|support of|demand\w*|campaign\w*|politi\w*|regime|government|policy|activis\w*|collective|asylum seekers|regulari[sz]ation
hunger strikers +near=against|protest\w*|in support|support of|demand\w*|campaign\w*|politi\w*|regime|government|policy|activis\w*|collective|asylum seekers|regulari[sz]ation
hunger strike +near=against|protest\w*|in support|support of|demand\w*|campaign\w*|politi\w*|regime|government|policy|activis\w* !after=(?:against|to protest)\s+(?:his|her|their|the)\s+(?:admission|section\w*|detention under|hospitali\w*|treatment|diet)
climate protest
/\b(?:manifestations?|manifs?|rassemblements?|meetings?|marches?|demonstrations?|protests?|rall(?:y|ies)|sit-ins?)\s+(?:de l'|du\s+|de la\s+|des\s+|d'|of the\s+|of\s+|by the\s+|organi[sz]ed by the\s+|organisee?s? par (?:le |la |l'))\s*(?:lfi|pcf|eelv|npa|nupes|reconquete|hdp|pkk|akp|udps|ufdg|pastef|tplf|zanu-pf|mdc|mdc alliance|awami league|mqm|pti|onlf|ginbot 7|cpdm|rdpc|pdci|rhdp|fpi|polisario|ennahdha|pjd|hirak)\b/ ?if=manif*|rassemblement*|meeting*|marche|marches|demonstration*|protest*|rally|rallies|sit
/\b(?:soutien|support)\s+(?:actif\s+|active\s+|ouvert\s+|open\s+|public\s+)?(?:au\s+|a la\s+|a l'|du\s+|de la\s+|for the\s+|for\s+|to the\s+)(?:lfi|pcf|eelv|npa|nupes|reconquete|hdp|pkk|akp|udps|ufdg|pastef|tplf|zanu-pf|mdc|mdc alliance|awami league|mqm|pti|onlf|ginbot 7|cpdm|rdpc|pdci|rhdp|fpi|polisario|ennahdha|pjd|hirak)\b/ ?if=soutien|support
protest !before=\b(?:union|unions|syndica\w*|strike|strikes|striking|picket\w*|grev\w*|industrial)\b
protests !before=\b(?:union|unions|syndica\w*|strike|strikes|striking|picket\w*|grev\w*|industrial)\b
environmental group
direct-action
climate activist
extinction rebellion
just stop oil
black lives matter
woman life freedom
women life freedom
femme vie liberte
femmes vie liberte
jin jiyan azadi
zan zendegi azadi
pro-palestinian
pro-palestine
pro-palestinien*
pro-israel
pro-israeli
pro-democracy
solidarity march
solidarity rally
solidarity demonstration
marche de soutien
marche de solidarite
/\b(?:arrest\w*|detain\w*|held|injured|hurt|kettled|tear-?gassed|pepper-?sprayed|attend\w*|marching|spoke|speaking|took part|taking part|joined|joining)\s+(?:\w+\s+){0,2}?(?:at|in|on|during|after|from)\s+(?:(?:an?\s+|the\s+|several\s+|many\s+|multiple\s+|some\s+)?(?:(?!car\b|motor\b|charity\b|sponsored\b|fun\b|union\b|strike\b|picket\b|teaching\b|cookery\b)[\w'-]+,?\s+){0,4}?(?:demonstrations?|demos|protests?|rall(?:y|ies)|marches|sit-ins?|vigils?)|(?:an?|the)\s+(?:(?!car\b|motor\b|charity\b|sponsored\b|fun\b|union\b|strike\b|picket\b|teaching\b|cookery\b)[\w'-]+,?\s+){0,3}?march(?=\s+(?:and|in|on|at|through|outside|last|against|for|when|where)\b|\s*[,.;]|\s*$))\b(?!\s+(?:of|on)\b)/ ?if=demonstration*|demos|protest*|rally|rallies|march|marches|sit in|sit ins|vigil|vigils !before=\b(?:union|unions|syndica\w*|strike|strikes|striking|picket\w*|industrial)\b
/\battend\w*\s+(?:an?\s+|the\s+|several\s+|many\s+|multiple\s+|some\s+)?(?:(?!car\b|motor\b|charity\b|sponsored\b|fun\b|union\b|strike\b|picket\b|teaching\b|cookery\b)[\w'-]+,?\s+){0,4}?(?:demonstrations?|protests?|rall(?:y|ies)|marches)\b(?!\s+(?:of|on)\b)/ ?if=demonstration*|protest*|rally|rallies|marches !before=\b(?:union|unions|syndica\w*|strike|strikes|striking|picket\w*|industrial)\b
tracter
tractage
/\badherente?s?\s+(?:du|de la|au|a la|de l|a l)\s+(?:rn|ps|lfi|pcf|fn|eelv|ump|lr|modem|npa|lo|parti|renaissance|reconquete|france insoumise|front national|rassemblement national|republicains)\b/ ?if=adherent*
manifestant*
manifestation contre
manifestation pour
manif contre
manifs contre
manifs pour
manif !after=^\s*(?:sportives?|culturelles?|musicales?|festives?|associatives?|scolaires?|syndicales?|intersyndicales?|agricoles?|cliniques?|cutanee?s?|allergiques?|neuro\w*|digestives?|articulaires?|respiratoires?|orl|oculaires?|ophtalmo\w*|hemorragiques?|systemiques?|extra-?\w+|du club|de quartier|du quartier|des agriculteurs|des taxis|des routiers)\b !before=\b(?:union|unions|syndica\w*|syndique\w*|strike|strikes|striking|picket\w*|grev\w*|cgt|cfdt|fo|unsa|industrial|sportive?s?|course|trail|marathon)\b
manifs !after=^\s*(?:sportives?|culturelles?|musicales?|festives?|associatives?|scolaires?|syndicales?|intersyndicales?|agricoles?|cliniques?|cutanee?s?|allergiques?|neuro\w*|digestives?|articulaires?|respiratoires?|orl|oculaires?|ophtalmo\w*|hemorragiques?|systemiques?|extra-?\w+|du club|de quartier|du quartier|des agriculteurs|des taxis|des routiers)\b !before=\b(?:union|unions|syndica\w*|syndique\w*|strike|strikes|striking|picket\w*|grev\w*|cgt|cfdt|fo|unsa|industrial|sportive?s?|course|trail|marathon)\b
manifestations contre
manifestations pour
protest against
protesting against
campagne municipale
secretaire de section !after=^\s*(?:syndical\w*|sud\b|cgt|cfdt|fo\b|unsa|cftc|cfe|cgc|fsu|snes\w*|snuipp|solidaires|sgen|force ouvriere|de la cgt|de la cfdt|d'entreprise)
=PCF
=NPA
protesters
/(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bfellow )|(?<=\bpeaceful )|(?<=\bclimate )|(?<=\boil ))protester\b/ ?if=protester
protestor*
demonstrator*
elu municipal
elue municipale
elu local
elue locale
elus locaux
ancien elu
maire
mayor
conseiller general
conseillere generale
conseiller regional
conseillere regionale
conseiller departemental
conseillere departementale
militante
militants
milite
parti politique
partis politiques
political party
political parties
mouvement politique
political movement
organisation politique
political organisation
political organization
appartenance politique
political affiliation
separatist
separatists
separatiste
separatistes
comites de resistance
comite de resistance
resistance committee
resistance committees
/\bsit-ins?\b/ ?if=sit in|sit ins
/\b(?:en raison de|a cause de|pour|because of|for|due to|owing to)\s+(?:son|sa|ses|his|her|their)\s+(?:engagement|militantisme|activisme|activism|activities|activites|political\s+\w+|opinions?)\b/ ?if=engagement|militantisme|activisme|activism|activities|activites|political|opinion|opinions +near=detenu\w*|detention|detained|arrete\w*|arrested|emprisonn\w*|imprisoned|incarcer\w*|persecut\w*|tortur\w*|battu\w*|beaten|menace\w*|threat\w*|asile|asylum|ofpra|cnda|refugi\w*|refugee\w*
membre du parti
adherent au parti
adherente au parti
encarte*
gilet jaune
gilets jaunes
candidat aux
candidate aux
tete de liste !after=^\s*(?:d'attente|de greffe|des (?:priorites|diagnostics|hypotheses|causes|differentiels|traitements|examens|choses)|de ses|de mes) !before=\ben\s*$
divers gauche
divers droite
elu municipal
elue municipale
conseiller municipal
conseillere municipale
extreme droite
extreme gauche
rassemblement national
parti socialiste
les republicains
lutte ouvriere
reconquete
parti communiste
communist party
socialist party
campagne electorale
campagne des municipales
election campaign
electoral campaign
elections legislatives
elections municipales
legislative elections
municipal elections
local elections
general election
maire adjoint
adjoint au maire
adjointe au maire
deputy mayor
depute
deputee
senateur
senatrice
son parti
his party
her party
militantisme
manifestation politique
/\b(?:arrete\w*|interpelle\w*|detenu\w*|emprisonne\w*|condamne\w*|poursuivi\w*|persecute\w*)\s+(?:\w+\s+){0,3}?pour\s+(?:sa|son|leur)\s+(?:participation|role)\s+(?:a|aux|dans)\s+(?:des|une|la|les)\s+(?:manifestations?|manifs?|rassemblements?|marches?)\b/ ?if=participation|role
france insoumise
=LFI
ecologiste
=EELV
anarchiste
communiste
socialiste
opinions politiques
engagement politique
engage politiquement
engagee politiquement
activist*
political views
political activist
politically active
party member
labour party
labor party
liberal party
democratic party
republican party
reform uk
=UKIP
plaid cymru
sinn fein
/\b(?:hdp|pkk|akp|chp|lfi|eelv|pcf|npa|nupes|udps|ufdg|pastef|tplf|zanu-pf|awami league|mqm|olf|onlf|cpdm|polisario|bjp|likud|labor|labour|tory|green party|lib dem|liberal democrat|sinn fein|plaid cymru|ukip|reform uk)\s+(?:party\s+)?(?:supporters?|sympathi[sz]ers?|members?|activists?|militants?|voters?|councillors?|candidates?|campaigners?|organi[sz]ers?|branch\s+(?:secretary|chair\w*|officer|president)|delegates?)\b/ ?if=supporter*|sympathi*|member*|activist*|militant*|voter*|councillor*|candidate*|campaigner*|organi*|branch|delegate* !before=\b(?:trial of|induction of|in|for|of)\s*$|\b(?:accus\w*|suspect\w*|alleged\w*|allegedly|soupconn\w*|denounced|labelled|labeled|branded)\s+(?:of\s+|as\s+|d'etre\s+)?(?:being\s+)?(?:an?\s+)?$
/\b(?:hdp|pkk|dem party|akp|chp|udps|ufdg|pastef|tplf|zanu-pf|awami league|mqm|olf|onlf|cpdm|polisario|bjp)\s+(?:party\s+)?(?:membership|affiliation|activism|activities)\b/ ?if=membership|affiliation|activism|activities
member of parliament
members of parliament
congressman
congresswoman
/\b(?:labour|conservative|tory|lib dem|liberal democrat|snp|green|reform uk|plaid cymru|plaid|dup|sinn fein|sdlp)\s+(?:mps?|msps?|mlas?|meps?|peers?|councill?ors?|whip|minister|mayor|leader of the council)\b/ ?if=mp|mps|msp|msps|mla|mlas|mep|meps|peer|peers|councillor|councillors|councilor|councilors|whip|minister|mayor|leader
labour member
labour activist
conservative party
tory
republican
democrat
green party
far-right
far-left
stood for election
standing for election
councillor
/\b(?:elue?s?|adherente?s?|militante?s?|membres?|candidate?s?|sympathisante?s?|deputee?s?|senat\w*|conseill\w*|appartenance|adhesion|affiliation|members?|membership|supporters?|activists?)\s+(?:du\s+|de la\s+|de l'|au\s+|a la\s+|pour le\s+|pour la\s+|of\s+the\s+|of\s+|in\s+the\s+)?(?:rn|fn|ps|lfi|lr|pcf|eelv|npa|lo|modem|udi|nupes|reconquete|renaissance|hdp|pkk|chp|akp|udps|ufdg|pastef|tplf|zanu-pf|mdc|anc|awami league|mqm|pti|olf|onlf|ginbot 7|cpdm|polisario|fln|rcd|ffs)\b/ ?if=elu*|adherent*|militant*|membre*|candidat*|sympathisant*|depute*|senat*|conseill*|appartenance|adhesion|affiliation|member*|supporter*|activist*
/\belue?s?\s+(?:\w+\s+){0,2}?(?:au|du)\s+conseil\s+(?:municipal|regional|departemental|general)\b/ ?if=elu|elue|elus|elues
opposant politique
activite politique
activites politiques
activisme politique
militantisme politique
engagement politique
political activity
political activities
political activism
persecution politique
political persecution
persecuted for his political
persecuted for her political
vote a gauche
vote a droite
vote ecologiste
vote extreme
votes labour
votes conservative
votes tory
votes green
votes lib dem
votes republican
votes democrat
votes reform
voted labour
voted conservative
voted green
voted republican
voted democrat
liste de gauche
liste de droite
liste ecologiste
candidat aux municipales
candidate aux municipales
candidat aux legislatives
candidate aux legislatives
candidat aux elections
candidate aux elections
stood for election
stands for election
running for office
ran for office
opposante politique
opposants politiques
opposant au regime
opposante au regime
refugie politique
refugiee politique
refugies politiques
asile politique
prisonnier politique
prisonniere politique
persecute pour ses opinions
persecutee pour ses opinions
persecution politique
persecutions politiques
pour ses opinions
dissident
dissidente
dissidents
parti d'opposition
media d'opposition
journal d'opposition
journaliste d'opposition
militant d'opposition
militante d'opposition
political prisoner
political asylum
political refugee
political persecution
persecuted for his political
persecuted for her political
opposition party
/\b(?:joined|joining|joins|supporter of|supporters of|a rejoint|rejoint|adhere a|adherent de|adherente de|sympathisant de|sympathisante de)\s+(?:the\s+|l')?opposition\b/ ?if=opposition
opposition activist
opposition au regime
opposition au gouvernement
opposition to the regime
opposition to the government
opposition politique
liens avec l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
lien avec l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
soutien a l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
soutenu l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
soutenir l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
links to the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
ties to the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
supporting the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
supported the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
support for the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
political opposition
mouvement d'opposition
opposition movement
supports the opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
opposition supporter
opposition supporters
soutenait l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
soutient l'opposition !after=^\s*(?:du |de la |des |of the |of )?(?:thumb|thumbs|pouce|pouces|pollicis|muscles?|muscle\w*|digits?|fingers?|pinch|grip|splint\w*|attelle\w*)\b
youth wing
youth wings
branche jeunesse
/\b(?:engagement|engagee?|impliquee?|implication|militante?|militantisme|membre|activite|activites|involvement|involved|member|activist|active|activity|participation|participe|participated|took part)\s+(?:\w+\s+){0,2}?(?:dans|in|au sein de|de|of|with|a)\s+(?:l'|the\s+|une?\s+|an?\s+|la\s+)?opposition\b/ ?if=opposition
/\bpersecute\w*\s+(?:pour|for)\s+(?:son|sa|ses|his|her|their)\s+(?:opposition|opinions?|engagement|militantisme|political)\b/ ?if=persecute*
ultra-droite
ultra-gauche
far-right
far right
far-left
alt-right
extreme-droite
souverainiste*
independantiste*
independence movement
pro-independence
/\bfor\s+(?:quebec|scottish|catalan|kurdish|basque|corsican|kanak|tamil|palestinian)\s+independence\b/ ?if=independence
/\b(?:divestment|climate|environmental|anti-war|antiwar|anti-racist|pro-choice|pro-life|animal rights)\s+(?:campaign|movement|activis\w+|protest\w*|march\w*|rall\w+)\b/ ?if=divestment|climate|environmental|anti-war|antiwar|anti-racist|pro-choice|pro-life|animal
/\b(?:democratic|republican|labour|conservative|tory|liberal democrat|lib dem|green party|ndp|snp)\s+(?:party\s+)?(?:campaign|canvass\w*|phone bank\w*|volunteer\w*|candidate|activist|member)\b/ ?if=democratic|republican|labour|conservative|tory|liberal|lib|green|ndp|snp
phone bank
phone banking
canvassing for
/\bcandidate?\s+(?:sur\s+la\s+liste|aux\s+(?:municipales|legislatives|europeennes|regionales|departementales|cantonales|senatoriales|presidentielles?|elections?))\b/ ?if=candidat|candidate
/\brunning\s+(?:in|for)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:election|elections|office|council|mayor|parliament|congress|senate|legislature)\b/ ?if=running
quebec solidaire
parti quebecois
bloc quebecois
vlaams belang
pequiste*
caquiste*
bloquiste*
adequiste*
conseiller communal
conseillere communale
conseillers communaux
conseilleres communales
echevin
echevine
echevins
bourgmestre
depute provincial
deputee provinciale
depute au grand conseil
deputee au grand conseil
municipal candidate
council candidate
mayoral candidate
parliamentary candidate
candidate for mayor
candidate for council
candidat a la mairie
candidate a la mairie
parliamentary assistant
assistant parlementaire
assistante parlementaire
attache parlementaire
collaborateur parlementaire
collaboratrice parlementaire
greens efa
=Ecolo
=N-VA
=Groen
=Vooruit
=PLQ
=CAQ
hirak
=LTTE
tamil tigers
/\b(?:cadres?|dirigeante?s?|responsables?\s+(?:local|locale|regional|regionale)|officials?|organi[sz]ers?|leaders?)\s+(?:local\s+|locale\s+|regional\s+|regionale\s+)?(?:du\s+|de la\s+|de l'|of\s+the\s+|of\s+|in\s+the\s+)(?:hdp|pkk|chp|akp|udps|ufdg|pastef|tplf|zanu-pf|mdc|awami league|mqm|pti|olf|onlf|ginbot 7|cpdm|polisario|lfi|eelv|pcf|npa|nupes|reconquete|modem|udi)\b/ ?if=cadre*|dirigeant*|responsable*|official*|organi*|leader*
tigres tamouls
ambazonia*
ambazonien*
amba boys
/\b(?:elue?s?|adherente?s?|militante?s?|membres?|candidate?s?|sympathisante?s?|deputee?s?|conseill\w*|members?|supporters?|activists?)\s+(?:du\s+|de la\s+|de l'|au\s+|a la\s+|d'|of\s+the\s+|of\s+)?(?:ptb|ecolo|n-va|groen|vooruit|udc|plr|caq|plq|rdpc|mrc|pdci|rhdp|fpi|pds|apr|fis|rnd|ennahdha|pjd|istiqlal|hezbollah|kataeb|hdp|mdc alliance|ccc)\b/ ?if=elu*|adherent*|militant*|membre*|candidat*|sympathisant*|depute*|conseill*|member*|supporter*|activist*
/\b(?:participe\w*|pris part|prend part|arrete\w*|interpelle\w*|blesse\w*|detenu\w*|gaze\w*|arrested|injured|detained|hurt|took part|takes part|participated|participating|joined|marching|kettled)\s+(?:\w+\s+){0,2}?(?:a la|aux|a une|a des|lors d'une|lors de la|lors des|lors du|pendant la|pendant les|pendant une|durant la|durant les|en marge d'une|en marge de la|en marge des|at an?|at the|in an?|in the|during an?|during the)\s+(?:\w+\s+)?(?:manifestations?|manifs?|rassemblements?|demonstrations?|demos?|protests?|rall(?:y|ies)|marches?\s+(?:du|des|de la|pour|contre|for|against)|sit-ins?)\b/ ?if=manif*|rassemblement*|demonstration*|demo|demos|protest*|rally|rallies|marche|marches|sit !after=^\s*(?:sportive?s?|culturelle?s?|cliniques?|clinical|festive?s?|musicale?s?|cutanee?s?|allergiques?|digestives?|neurologiques?|familial\w*|de famille|religieu\w*|scolaires?|associati\w*|of|on|de|d'|du|car|cars|driver|stage|race) !before=\b(?:union|unions|syndica\w*|syndique\w*|strike|strikes|striking|picket\w*|industrial)\b
/\b(?:arrestations?|arrests?|arrested|arretee?s?|interpellee?s?|interpellations?|detained|jailed|imprisoned|emprisonnee?s?|condamnee?s?|convicted)\s+(?:\w+\s+){0,2}?(?:pour|for)\s+(?:avoir\s+)?(?:(?:des|un|une|les|la|le|a|an|the|his|her|their|sa|son|ses|leur)\s+)?(?:[\w-]+\s+)?(?:piquets?|pickets?|picketing|protesting|protests?|avoir manifeste|manifeste|tracts?|leaflets?|leafleting|slogans?|banderoles?|banners?)\b/ ?if=piquet*|picket*|protest*|manifeste|tract*|leaflet*|slogan*|banderole*|banner*
/\b(?:arretee?s?|interpellee?s?|detenue?s?|arrested|detained)\s+(?:en|in|le|on)\s+(?:\w+\s+){1,3}?(?:pendant|lors|durant|during|at)\s+(?:d'une|de la|des|du|les|la|une|an?|the)\s+(?:\w+\s+)?(?:manifestations?|manifs?|rassemblements?|demonstrations?|protests?)\b/ ?if=manifestation*|manif|manifs|rassemblement*|demonstration*|protest*
/\bopposition\s+(?:\w+\s+)?(?:movements?|part(?:y|ies)|groups?|youth|students?|coalition|alliance|leaders?|politicians?|newspapers?|rall(?:y|ies)|mouvements?|partis?|groupes?)\b/ ?if=opposition

[trade_union -]
syndicat !after=^\s*(de|des|d'|du|intercommunal)\b
syndique
syndiquee
syndical* !before=\bconseils? $
syndicaliste
delegue syndical
deleguee syndicale
representant syndical
representante syndicale
=CGT
=CFDT
=CFTC
=CFE-CGC
=UNSA
=FSU
force ouvriere
fnsea
fdsea
confederation paysanne
coordination rurale
syndicat agricole
syndicalisme agricole
=SUD !after=^\s*(?:[-:=/]\s*)?(?:\d|program\w*|treatment|tx|clinic|services?|counsel\w*|team|pathway|dx|intake|referral|iop|php|op\b|outpatient|inpatient|residential|unit|ward|screen\w*|provider|specialist|history|hx|recovery|rehab\w*|assessment|eval\w*|score|scale|rating|level|ratings|a\s+\d|de\s+\d|passe\w*\s+(?:de\s+)?\d|care|group|meds|medication|severity|diagnos\w*|in remission|remission)\b !before=\b(?:va|comorbid|co-?occurring|severe|moderate|mild|opioid|alcohol|stimulant|cannabis|polysubstance|h/o|hx|history of|active|untreated|score|echelle|scale|emdr|units? of distress|with|and)\W*$
=Sud-Rail
sud-rail
solidaires
=SUD Santé
=SUD-Santé
representant du personnel
representante du personnel
delegue du personnel
deleguee du personnel
staff representative
intersyndicale
trade union
union rep
union representative
union member
union membership
shop steward
unionised
unionized
=UNISON
=GMB
union activist
union delegate
liste fo
=Unsa
/\b(?:adherente?|syndiquee?|membre|deleguee?|elue?|representante?|section|militante?)\s+(?:a la |au |de la |du |de l'|a l')?(?:fo|force ouvriere|cgt|cfdt|cftc|unsa|sud|solidaires|fsu|cfe-cgc|ugtt|ugta|umt|ugtm|cdt|untm|cnts|unsas|ugtci|cgtl|csn|ftq|csq|fgtb|csc|cgslb|snes|snuipp|sgen|snptes|snesup|unia)\b/ ?if=adherent*|syndique*|membre|delegue*|elu|representant*|section|militant*
liste cgt
liste cfdt
liste sud
elu cse
elue cse
elu du cse
elue du cse
elu du personnel
elue du personnel
representant cse
representante cse
union steward
/\b(?:cwu|rmt|unite|unison|gmb|neu|nasuwt|pcs|usdaw|rcn|bma|ucu|fbu|aslef|prospect|poa|eis|inmo|siptu|nzno|naht|seiu|afscme|uaw)\s+(?:workplace|accredited|learning|health and safety|safety|ward|local|senior|staff-side|staff side)\s+(?:rep|reps|representative|representatives|steward|stewards|organi[sz]er|convenor)\b/ ?if=rep|reps|representative|representatives|steward|stewards|organiser|organizer|convenor
local steward
=AFGE
=APWU
=NALC
=IAFF
=NFFE
=OPEIU
=IATSE
=SAG-AFTRA
union official
his union !after=^\s*(?:with\b|to\b|(?:is|was|has|looks|appears|seems)\s+(?:\w+\s+)?(?:delayed|slow|progressing|complete|incomplete|solid|healing|healed|united|radiological|clinical|good|poor|satisfactory|confirmed)) !before=\b(?:fractures?|fx|scaphoid|bones?|bony|tibia\w*|radius|ulna|femur|clavicle|metatarsal\w*|callus|osteotomy|arthrodesis|fusion|x-?ray|ct|orif)\b
her union !after=^\s*(?:with\b|to\b|(?:is|was|has|looks|appears|seems)\s+(?:\w+\s+)?(?:delayed|slow|progressing|complete|incomplete|solid|healing|healed|united|radiological|clinical|good|poor|satisfactory|confirmed)) !before=\b(?:fractures?|fx|scaphoid|bones?|bony|tibia\w*|radius|ulna|femur|clavicle|metatarsal\w*|callus|osteotomy|arthrodesis|fusion|x-?ray|ct|orif)\b
union convenor
union convener
works convenor
shop convenor
senior convenor
/\b(?:cwu|rmt|unite|unison|gmb|neu|nasuwt|pcs|usdaw|rcn|bma|ucu|fbu|aslef|prospect|poa|eis|inmo|siptu|naht|seiu|uaw|afscme)\s+(?:union\s+|branch\s+|site\s+|plant\s+|works\s+)?(?:convenors?|conveners?)\b/ ?if=convenor*|convener*
union man
union woman
union men
trade unionist
trade unionists
union representative
union member*
=CWU
=RMT
=NASUWT
/\b(?:cwu|rmt|unite|unison|gmb|neu|nasuwt|pcs|usdaw|rcn|ucu|fbu|aslef|eis|inmo|siptu|nzno|naht|nut|num)\s+(?:school|site|depot|office|hospital|district|regional|area|college|university|factory|plant|store|station|trust|workplace)\s+(?:rep|reps|representative|representatives|steward|stewards|delegate|convenor)\b/ ?if=rep|reps|representative|representatives|steward|stewards|delegate|convenor
/\b(?:school|site|depot|workplace|branch)\s+(?:rep|representative|steward|delegate)\s+(?:for|of|with)\s+(?:the\s+)?(?:neu|nasuwt|unison|unite|gmb|rcn|ucu|eis|naht|usdaw|cwu|rmt|pcs|aslef|fbu)\b/ ?if=neu|nasuwt|unison|unite|gmb|rcn|ucu|eis|naht|usdaw|cwu|rmt|pcs|aslef|fbu
=USDAW
=ASLEF
=SEIU
=AFSCME
=UCU
=FBU
teamsters
=CFMEU
=CFMMEU
=AWU
=ACTU
=AMWU
=ANMF
=NSWNMA
=NTEU
=CPSU
=CUPE
=OPSEU
=Unifor
=UFCW
=IBEW
=AFL-CIO
/\b(?:cwu|rmt|unite|unison|gmb|neu|nasuwt|pcs|usdaw|rcn|bma|nea|aft|seiu|uaw|afscme|ucu|fbu|aslef|prospect|poa|eis|inmo|siptu|psac|nzno|naht|num)\s+(?:union\s+|branch\s+)?(?:rep|reps|representative|steward|shop steward|member|official|organi[sz]er|activist|delegate|branch secretary)\b/ ?if=rep|reps|representative|steward|member|official|organiser|organizer|activist|delegate|secretary
=UGTG
=FIQ
=CSN
=FTQ
=CSQ
=FGTB
=COSATU
=NUMSA
=NUM +near=\b(?:lodge|branch|union|miners?|miners'|mineworkers|official|rep|secretary|delegate|steward|strike)\b
=NEHAWU
=DENOSA
=AFL-CIO
=SEIU
=AFSCME
=UNISON
=CUPE
=OPSEU
=UNIA
=Unia
teamsters
/\bunion\s+\([^)\n]{1,20}\)\s+(?:rep|representative|steward|delegate|official)\b/ ?if=union
=SNPTES
=SNES
=SNUipp
=SNUIPP
=SNESUP
=SGEN
=SNALC
=SNUDI
=SNETAA
=SNUEP
=SNPDEN
=SNICS
=SE-UNSA
=UGTT
=UGTA
=UGTM
=UNTM
=UNSAS
=UGTCI
=CGTL
=SCFP
=APTS
=FSSS
=SFPQ
=CGSLB
=ABVV
=VPOD
=INMO
=SIPTU
=PSAC
=NZNO
=NAHT
/\belue?s?\s+(?:\w+\s+){0,2}?(?:au|du|a la|de la)\s+(?:csa|cst|chsct|ctp|cte|capa|ccp|f3sct|comite social|commission administrative paritaire)\b/ ?if=elu|elue|elus|elues
/\b(?:poa|eis|inmo|siptu|psac|nzno|naht|nut|usw|uft|ctu|bcnu|unite|unison|gmb|rcn|neu)\s+branch\s+(?:rep|reps|representative|steward|secretary|chair|official|officer)\b/ ?if=branch
/\b(?:treasurer|secretary|president|chair|chairman|chairwoman|chairperson|vice-president|delegate|organi[sz]er|official|leader|steward|rep|representative|convenor|member)\s+(?:of|in|for|with)\s+(?:his|her|their|the|a|my)\s+(?:(?!student|students|credit|european|soviet|rugby|african|monetary|customs|civil|postal)[\w']+\s+){0,2}?unions?\b/ ?if=union|unions
/\bsyndicats?\s+(?:des|de la|du|de l')\s*(?:enseignants|infirmi\w+|medecins|travailleurs|travailleuses|salaries|cheminots|personnels?|fonctionnaires|policiers|magistrats|journalistes|ouvriers|employes|agents|internes|professeurs|instituteurs|metallurgistes|mineurs|dockers|chauffeurs|routiers|agriculteurs|paysans|artistes)\b/ ?if=syndicat|syndicats
/\bunion\s+(?:electrician|carpenter|plumber|ironworker|iron worker|pipefitter|pipe fitter|laborer|labourer|bricklayer|welder|machinist|worker|job|card|dues|hall|local|shop)s?\b/ ?if=union !before=\b(?:non|european|soviet|credit|student|students|african)\W*$
teamster
teamsters

[ethnic_origin RACE]
/\b(?:d'|de\s+|d\s)?origines?\s+(?:ethnique\s+)?(?:ETHNO_FR)\w*/ ?if=origin*
/\b(?:ETHNO_EN)\s+(?:\([^)]{1,30}\)\s+)?(?:origin|descent|ancestry|heritage|background|ethnicity|roots|extraction|parentage)\b/ ?if=origin*|descent*|ancestry*|heritage*|background*|ethnicity*|roots|extraction|parentage
/\bof\s+(?:\w+\s+)?(?:ETHNO_EN)\s+(?:\([^)]{1,30}\)\s+)?(?:origin|descent|ancestry|heritage|background|roots|extraction|parentage)\b/ ?if=origin*|descent*|ancestry*|heritage*|background*|ethnicity*|roots|extraction|parentage
/\bascendance\s+(?:ETHNO_FR)\w*/ ?if=ascendance*
/\b(?:originaires?|native|natives|born)\s+(?:du|de la|des|d'|de|of|in|from)\s*(?:COUNTRIES)\b/ ?if=origin*|native*|born*
/\bd'origines?\s+(?!MEDICAL_ORIGIN)[a-z][a-z-]+/ ?if=origine*
/\b(?:ETHNO_GROUPS)\s+(?:(?:young|old|older|elderly|middle-aged|teenage|adolescent|adult)\s+)?(?:man|woman|men|women|boy|girl|male|female|patient|gentleman|lady|family|couple|mother|father|person|people|community|australian|canadian|american|british|french)\b/ ?if=african|caribbean|asian|arab|berber|chinese|kurdish|roma|romani|gypsy|traveller|hispanic|latino|latina|latin|jewish|ashkenazi|sephardic|middle|mediterranean|european|caucasian|white|black|mixed|maghrebi|tamil|native|aboriginal|pacific|maori|indigenous|first|inuit|metis|torres|alaska|hazara|pashtun|yoruba|igbo|hausa|fulani|amhara|oromo|tigrayan|tigrinya|uyghur|rohingya|hmong|yolngu|cree|innu|ojibwe|navajo|tongan|samoan|fijian|niuean|tahitian|punjabi|gujarati|bengali|sindhi|baloch|akan|ashanti|asante|ewe|bamileke|kikuyu|zulu|xhosa|shona|ndebele|mossi|mandinka|atikamekw|mohawk|algonquin|anishinaabe !before=\b(?:orthodox|ultra-orthodox|observant|practi[cs]ing|devout|hasidic|haredi|religious)\s*$
/\b(?:ETHNO_EN)-born\b/ ?if=born
/\b(?:ETHNO_EN)-(?:american|canadian|british|australian|lebanese|belgian|swiss|israeli|armenian|syrian)\b/ ?if=american|canadian|british|australian|lebanese|belgian|swiss|israeli|armenian|syrian !after=^\s*-?\s*(?:interpreter|speaking|speaker|bilingual|dictionary|translation|translator|border|relations|treaty|war|agreement)
/\b(?:franco|italo|hispano|libano|syro|armeno|greco|turco|sino|luso|afro|judeo|arabo|irano|kurdo|polono)-(?:algerien|marocain|tunisien|libanais|armenien|syrien|senegalais|malien|ivoirien|camerounais|congolais|haitien|vietnamien|cambodgien|chinois|canadien|americain|italien|portugais|espagnol|polonais|turc|kurde|iranien|israelien)\w*/ ?if=franco|italo|hispano|libano|syro|armeno|greco|turco|sino|luso|afro|judeo|arabo|irano|kurdo|polono !after=^\s*(?:interprete|traducteur|traductrice|bilingue|frontiere|relations?|accords?|guerre|traite)\b !before=\b(?:frontiere|accords?|traites?|relations?|guerre|cooperation|convention|sommet|match|rencontre|amitie|commission|chaine|television|film|programme|lycee|ecole|college|institut|universite)\s*$
/\b(?:to|of)\s+(?:ETHNO_EN)\s+parents\b/ ?if=parents
/\b(?:first|second|third|1st|2nd|3rd)[- ]generation\s+(?:ETHNO_EN)\b/ ?if=generation
/\bidentif(?:ies|ied|y|ying)\s+as\s+(?:an?\s+)?(?:ETHNO_GROUPS)\b/ ?if=identifies|identified|identify|identifying
/\bde parents\s+(?:ETHNO_FR)\w*/ ?if=parents
/\bissue?s?\s+(?:de\s+l'immigration|d'une\s+famille|de\s+la\s+communaute)\s+(?:ETHNO_FR)\w*/ ?if=issu|issue|issus|issues
/\boriginaires?\s+(?:du|de la|des|d'|de)\s*(?:[a-z'-]+\s+){0,4}?(?:[a-z'-]+,\s*)?\(?(?:COUNTRIES)\b/ ?if=originaire*
/\bfrom\s+(?:the\s+)?(?:COUNTRIES)\b/ ?if=from !before=\b(?:back|returned|returning|return|home|holiday|holidays|vacation|trip|travel\w*|flew|flight|flights|flying|(?<!health )visit\w*|tourist\w*|student|students|exchange|business|imported|transferred|referred|repatriated|evacuated|medevac|letter|email|call|records?|parcel|shipped|ordered|bought|purchased|sent)\b[^,;]*$ !after=^[^.;]{0,50}?\b(?:visiting|visit|on holiday|on vacation|holidaying|tourist\w*|touriste\w*|en vacances|de passage|in transit|en transit|on a (?:business )?trip)\b
/\b(?:originaires?|natives?|born)\s+(?:du|de la|des|d'|de|of|in|from)\s*(?:portugal|espagne|spain|italie|italy|irlande|ireland|grece|greece|allemagne|germany|autriche|austria|pays-bas|netherlands|croatie|croatia|slovaquie|slovakia|republique tcheque|czech republic)\b/ ?if=origin*|native*|born*
/\b(?:originaires?|natives?|born)\s+(?:du|de la|des|d'|de|of|in|from)\s*(?:la\s+|the\s+)?(?:sardaigne|sardinia|sicile|sicily|calabre|calabria|pouilles|puglia|apulia|campanie|campania|abruzzes|abruzzo|galice|galicia|andalousie|andalusia|estremadure|extremadura|acores|azores|madere|madeira|minho|tras-os-montes|algarve|alentejo)\b/ ?if=origin*|native*|born*
/\b(?:famille|familles|communaute|campement|femme|homme|enfant|enfants|patiente?|jeune|mere|pere|bebe|couple|fille|garcon)\s+(?:rom|roms|rrom|rroms)\b/ ?if=rom|roms|rrom|rroms
first nations
premieres nations
inuit
innu
=Cree
ojibwe
anishinaabe
navajo
lakota
yolngu
torres strait islander
torres strait islanders
autochtone !before=\b(?:cas|transmission|paludisme|dengue|chikungunya|zika|infection|contamination|acquisition|foyer)\W*$ !after=^\s*(?:de|du|des)?\s*(?:dengue|paludisme|chikungunya|zika|cas|transmission)
autochtones !before=\b(?:cas|transmission|paludisme|dengue|chikungunya|zika|infection|contamination|acquisition|foyer)\W*$ !after=^\s*(?:de|du|des)?\s*(?:dengue|paludisme|chikungunya|zika|cas|transmission)
amerindien*
aborigene
aborigenes
metis !before=\b(?:chien|chat|chiot|animal|berger|labrador)\w*\W*$
metisse
metisses
mixed race
mixed-race
mixed heritage
/\b(?:french[- ]?canadian|acadian|cajun|quebecois|canadiens?[- ]francais|canadiennes?[- ]francaises?)\s+(?:heritage|descent|ancestry|origin|background|roots|extraction|parentage|de souche)\b/ ?if=heritage|descent|ancestry|origin|background|roots|extraction|parentage|souche
maori !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ngati
ngai tahu
kai tahu
ngapuhi
tuhoe
te arawa
kurde !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kurdes !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kurd !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kurds !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kurdish !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
amhara !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
oromo !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tigreen !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tigreenne !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tigrayan !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ethnie !after=^\s*(?:[:=-]\s*)?(?:non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*|demande\w*|posee?s?|documente\w*)|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|inconnue?s?|unknown|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
ethnique !after=^\s*(?:[:=-]\s*)?(?:non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*|demande\w*|posee?s?|documente\w*)|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|inconnue?s?|unknown|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
ethnicite !after=^\s*(?:[:=-]\s*)?(?:non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*|demande\w*|posee?s?|documente\w*)|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|inconnue?s?|unknown|prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
origine maghrebine
origine africaine
origine nord-africaine
origine subsaharienne
origine sub-saharienne
origine antillaise
origine asiatique
origine arabe
origine berbere
origine kabyle
origine turque
origine kurde
origine rom
origine tzigane
origine gitane
origine indienne
origine pakistanaise
origine chinoise
origine vietnamienne
origine comorienne
origine senegalaise
origine malienne
origine ivoirienne
origine algerienne
origine marocaine
origine tunisienne
origine haitienne
origine juive
origine caribeenne
origine europeenne
originaire d'afrique
originaire du maghreb
originaire des antilles
communaute rom
=Rom
=Roms
gitan
gitane
gitans
tzigane*
gens du voyage
peul
peule
maghrebin*
afro-antillais*
afro-caribbean
afro-carribean
afro-caribeen*
afro-caraibe*
afro-descendant*
afro-american
african american
african-american
caucasian
caucasien
caucasienne
hispanic
latino
latina
roma
romani
irish traveller
north african origin
african origin
west african origin
east african origin
south asian origin
asian origin
caribbean origin
arab origin
of african descent
african descent
of asian descent
south asian
east asian
ethnicity !after=^\s*(?:[:=-]\s*)?(?:prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
ethnic origin !after=^\s*(?:[:=-]\s*)?(?:prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
ethnic background !after=^\s*(?:[:=-]\s*)?(?:prefers?\s+not\s+to\s+(?:say|answer|disclose|state)|declined?\b|declines\b|withheld|not\s+(?:stated|disclosed|recorded|asked|known|given|documented)|unknown|non\s+(?:renseigne\w*|communique\w*|precise\w*|declare\w*|recueilli\w*)|ne\s+souhaite\s+pas|refuse\w*\s+de\s+(?:repondre|preciser|le dire))
black british
black african
black caribbean
white british
hazara !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
hazaras !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pachtoune !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pachtounes !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pashtun !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pashtuns !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamoul !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamil !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamils !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pendjabi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pendjabie !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pendjabis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pendjabies !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
penjabi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
penjabie !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
punjabi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
punjabis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sindhi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sindhis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
baloutche !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
baloutches !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
baloch !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
balochi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
gujarati !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
gujaratis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bengali !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bengalis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bengalie !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamoule !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamouls !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tamoules !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yoruba !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
igbo !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
haoussa !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
hausa !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
fulani !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
touareg !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
touaregs !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tuareg !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bambara !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
soninke !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wolof !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tutsi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
hutu !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tibetain !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
tibetaine !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
tibetains !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
tibetaines !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
tibetan !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
tibetans !before=PEOPLE_AS_LANGUAGE_BEFORE !after=^\s*-?\s*(?:interpreter|interprete|speaking|speaker|language|langue|parlant|medicine|medecine|herb\w*|remed\w*|bowls?|massage)
sahraoui !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sahraouie !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sahraouis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sahrawi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sahrawis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ouighour !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ouighoure !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ouighours !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ouigour !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ouigoure !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
uyghur !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
uighur !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
rohingya !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
rohingyas !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
hmong !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tchetchene !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tchetchenes !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
chechen !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
chechens !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ingouche !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ingouches !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ingush !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kabyle !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kabyles !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
berbere !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
berberes !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
amazigh !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yezidi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yezidie !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yezidis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yazidi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
manouche !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
manouches !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
sinti !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yeniche !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
irish travellers
traveller community
communaute des gens du voyage
/\b(?:originally|is|are|was|were|comes?|came|arrived|arriving|parents?|family|refugee|refugees|asylum seeker|migrant|moved|emigrated|immigrated|migrated|fled)\s+(?:here\s+|to the uk\s+|to the us\s+)?from\s+(?:COUNTRIES)\b/ ?if=from
/\b(?:fled|fleeing|escaped|escaping)\s+(?:from\s+)?(?:the\s+)?(?:COUNTRIES)\b/ ?if=fled|fleeing|escaped|escaping
/\bleft\s+(?:the\s+)?(?:COUNTRIES)\s+(?:in\s+(?:19|20)\d\d|as\s+an?\s+(?:child|refugee|teenager|asylum seeker)|after\s+(?:being|his|her|the\s+(?:war|coup|arrest)|years|months)|to\s+(?:escape|flee)|fleeing)\b/ ?if=left
/\b(?:a|ont|avoir|ayant|aurait|avait)\s+fui\s+(?:le\s+|la\s+|les\s+|l')?(?:COUNTRIES)\b/ ?if=fui
/\b(?:a|ont|avoir|ayant|avait)\s+quitte\s+(?:le\s+|la\s+|les\s+|l')?(?:COUNTRIES)\s+(?:en\s+(?:19|20)\d\d|enfant|adolescente?|apres\s+(?:avoir|son|sa|la guerre|le coup)|pour\s+fuir|en\s+fuyant)\b/ ?if=quitte
/\b(?:arrivee?s?|venue?s?|refugiee?s?|exilee?s?|immigree?s?|emigree?s?)\s+(?:en france\s+)?(?:depuis|du|de la|des|d'|de)\s*(?:COUNTRIES)\b/ ?if=arrive*|venu*|refugie*|exile*|immigre*|emigre*
bushinengue*
ndjuka
saramaka
aluku
noir marron
noirs marrons
wayana !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wayanas !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wayampi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wayampis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wayapi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kali'na !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
lokono !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
palikur !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
palikurs !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
paramaka !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
amerindien*
/\b[0-9]{1,3}\s*\/\s*[mf]\s*,\s*(?:chinese|malay|indian|eurasian)\b/ ?if=chinese|malay|indian|eurasian
malay !before=\b(?:speaks?|speaking|in|parle|interpreter|language)\s*$ !after=^\s*(?:-?\s*speaking|interpreter|language|translation)\b
akan !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ewe !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bamileke !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bamilekes !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
bamoun !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
kikuyu !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
zulu !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
xhosa !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ndebele !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
mossi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
baoule !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
malinke !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
mandinka !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
serere !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
toucouleur !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
soussou !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
atikamekw !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
attikamek !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
mi'kmaq !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wendat !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
huron-wendat !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
abenaki !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
abenakis !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
naskapi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
innue !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
innues !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
inuk !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
micmac !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
micmacs !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
innus !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
anishinabe !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
/\bnee?s?\s+(?:en\s+\w+\s+|a\s+\w+\s+|au\s+\w+\s+)?dans\s+une\s+famille\s+(?:ETHNO_FR)\w*/ ?if=famille
/\bborn\s+(?:in|into)\s+an?\s+(?:ETHNO_EN)\s+family\b/ ?if=family
pensionnat indien
pensionnats indiens
pensionnat autochtone
pensionnats autochtones
indian residential school
indian residential schools
residential school survivor
residential school survivors
/\bfrom\s+(?:ORIGIN_CITIES|[a-z'-]+(?:\s+[a-z'-]+)?,\s*(?:the\s+)?(?:COUNTRIES))\b/ ?if=from !before=\b(?:back|returned|returning|return|home|holiday|holidays|vacation|trip|travel\w*|flew|flight|flights|flying|(?<!health )visit\w*|tourist\w*|student|students|exchange|business|imported|transferred|referred|repatriated|evacuated|medevac|letter|email|call|records?|parcel|shipped|ordered|bought|purchased|sent)\b[^,;]*$ !after=^[^.;]{0,50}?\b(?:visiting|visit|on holiday|on vacation|holidaying|tourist\w*|touriste\w*|en vacances|de passage|in transit|en transit|on a (?:business )?trip)\b
/\bborn\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at)\s+(?:ORIGIN_CITIES|(?:[a-z'-]+\s+)?[a-z'-]+,\s*(?:COUNTRIES))\b/ ?if=born
/\b(?:COUNTRIES|ORIGIN_CITIES)[- ]born\b/ ?if=born
/\bnee?s?\s+(?:(?:le\s+)?[0-9][0-9/.]*(?:\s+[0-9][0-9/.]*)*\s+|en\s+[0-9]{4}\s+)?(?:au|aux|en|a)\s+(?:ORIGIN_CITIES|COUNTRIES|[a-z'-]+\s*,?\s*\(?(?:COUNTRIES))\b/ ?if=ne|nee|nes|nees
/\b(?:originaires?\s+(?:de|d')|arrivee?s?\s+(?:de|d')|venue?s?\s+(?:de|d'))\s*(?:ORIGIN_CITIES)\b/ ?if=originaire*|arrive*|venu*
/\b(?:originaires?\s+(?:de la province du|de la province de|de la region de|de la|du|de|d')|arrivee?s?\s+(?:de|d')|venue?s?\s+(?:de|d')|nee?s?\s+a|born\s+in|from(?:\s+the)?(?:\s+province\s+of)?)\s*(?:lima|arequipa|cusco|cuzco|la paz|cochabamba|saint-petersbourg|st-petersbourg|saint petersburg|st petersburg|ekaterinbourg|yekaterinburg|rostov|volgograd|kazan|guangdong|fujian|zhejiang|sichuan|yunnan|henan|hunan|shandong|jiangsu|hubei|kerala|tamil nadu|sindh|khyber pakhtunkhwa|balkh|nangarhar|helmand|kurdistan irakien)\b/ ?if=lima|arequipa|cusco|cuzco|paz|cochabamba|petersbourg|petersburg|ekaterinbourg|yekaterinburg|rostov|volgograd|kazan|guangdong|fujian|zhejiang|sichuan|yunnan|henan|hunan|shandong|jiangsu|hubei|kerala|tamil|sindh|pakhtunkhwa|balkh|nangarhar|helmand|irakien !before=\b(?:back|returned|returning|return|home|holiday|holidays|vacation|trip|travel\w*|flew|flight|flights|flying|(?<!health )visit\w*|tourist\w*|student|students|exchange|business|imported|transferred|referred|repatriated|evacuated|medevac|letter|email|call|records?|parcel|shipped|ordered|bought|purchased|sent|retour|rentree?s?|revenue?s?)\b[^,;]*$ !after=^[^.;]{0,50}?\b(?:visiting|visit|on holiday|on vacation|holidaying|tourist\w*|touriste\w*|en vacances|de passage|in transit|en transit|on a (?:business )?trip)\b
/\baa\s+(?:male|female|man|woman|gentleman|lady|boy|girl)\b/ ?if=aa
/\b[0-9]{1,3}\s*(?:yo|y/o|y\.o\.?|yrs?|years?|yr old|years? old|-?year-old)\s*(?:aa\s*[mf]|aam|aaf)\b/ ?if=aa|aam|aaf
/\brace(?:\s*/\s*ethnicity)?\s*[:=-]\s*(?:ETHNO_GROUPS)\b/ ?if=race
latinx
chicano
chicana
chicanx
afro-latino
afro-latina
afro-latinx
biracial
bi-racial
multiracial
multi-racial
american indian
alaska native
alaskan native
native hawaiian
black american
british asian
asian british
british pakistani
british bangladeshi
british indian
white irish
white other
non-hispanic white
non-hispanic black
sioux !after=^\s*(?:falls|city|lookout)\b
cherokee !before=\bjeep\s*$
dene !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
denesuline !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
haida !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
tlingit !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
gwich'in !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
inuvialuit !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
inuk !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
blackfoot !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
siksika !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
saulteaux !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
oji-cree !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
nisga'a !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
haudenosaunee !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ojibway !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
ojibwa !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
chippewa !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
mi'kmaw !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
hopi !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yupik !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
yup'ik !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
inupiat !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
inupiaq !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
anangu !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
noongar !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
nyoongar !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
koori !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
murri !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
wiradjuri !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
arrernte !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
pitjantjatjara !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER
/\b(?:du|de la|de|d'|from(?:\s+the)?)\s*(?:darfour|darfur|kordofan|kabylie|kabylia|casamance|pendjab|penjab|punjab|baloutchistan|balochistan|baluchistan|xinjiang|tigray|oromia|ogaden)\b/ ?if=darfour|darfur|kordofan|kabylie|kabylia|casamance|pendjab|penjab|punjab|baloutchistan|balochistan|baluchistan|xinjiang|tigray|oromia|ogaden !before=\b(?:back|returned|returning|retour|rentree?s?|revenue?s?|holidays?|vacances|vacation|trip|voyage|travel\w*|flights?|(?<!health )visit\w*|touris\w*|mission|deploy\w*|posted)\b
darfuri
darfouri*
warlpiri !before=PEOPLE_AS_LANGUAGE_BEFORE !after=PEOPLE_AS_LANGUAGE_AFTER

[genetic GDIS]
=BRCA
=BRCA1
=BRCA2
brca1
brca2
brca
lynch
syndrome de lynch
lynch syndrome
genetiquement
confirmation genetique
origine genetique
mutation +near=GENETIC_CONTEXT !before=\b(?:resistance|resistances|resistant\w*|drug-resistance)\s*$ !after=^\s*(?:de |of |d'|conferant une |conferring )?(?:resistance|resistant)
mutations +near=GENETIC_CONTEXT !before=\b(?:resistance|resistances|resistant\w*|drug-resistance)\s*$ !after=^\s*(?:de |of |d'|conferant une |conferring )?(?:resistance|resistant)
mutee +near=GENETIC_CONTEXT
mute +near=GENETIC_CONTEXT
variant pathogene
variant probablement pathogene
variante pathogene
pathogenic variant
likely pathogenic
variant of uncertain significance
variant +near=GENETIC_CONTEXT !before=\b(?:covid\w*|sars\w*|omicron|delta|viral\w*|virus|viraux|angor|angina|prinzmetal|anatomi\w*)\W*(?:\w+\W+)?$ !after=^\W*(?:\w+\W+)?(?:covid\w*|sars\w*|omicron|jn|ba|xbb|delta|viral\w*|du virus|of the virus|de l'angor|angina|anatomi\w*|de risque|at risk|risk)
variants +near=GENETIC_CONTEXT !before=\b(?:covid\w*|sars\w*|omicron|delta|viral\w*|virus|viraux|angor|angina|prinzmetal|anatomi\w*)\W*(?:\w+\W+)?$ !after=^\W*(?:\w+\W+)?(?:covid\w*|sars\w*|omicron|jn|ba|xbb|delta|viral\w*|du virus|of the virus|de l'angor|angina|anatomi\w*|de risque|at risk|risk)
variante +near=GENETIC_CONTEXT !before=\b(?:covid\w*|sars\w*|omicron|delta|viral\w*|virus|viraux|angor|angina|prinzmetal|anatomi\w*)\W*(?:\w+\W+)?$ !after=^\W*(?:\w+\W+)?(?:covid\w*|sars\w*|omicron|jn|ba|xbb|delta|viral\w*|du virus|of the virus|de l'angor|angina|anatomi\w*|de risque|at risk|risk)
variantes +near=GENETIC_CONTEXT !before=\b(?:covid\w*|sars\w*|omicron|delta|viral\w*|virus|viraux|angor|angina|prinzmetal|anatomi\w*)\W*(?:\w+\W+)?$ !after=^\W*(?:\w+\W+)?(?:covid\w*|sars\w*|omicron|jn|ba|xbb|delta|viral\w*|du virus|of the virus|de l'angor|angina|anatomi\w*|de risque|at risk|risk)
de novo +near=variant\w*|mutation\w*|delet\w*|duplication\w*|microdelet\w*|translocation\w*|[a-z]+[0-9]+[a-z0-9]*
translocation +near=equilibr\w*|balanced|reciproq\w*|reciprocal|robertson\w*|t ?\(|porteu\w*|carrier\w*|carries|carry|caryotyp\w*|karyotyp\w*|parental\w*|chromosom\w*
translocations +near=equilibr\w*|balanced|reciproq\w*|reciprocal|robertson\w*|t ?\(|porteu\w*|carrier\w*|carries|carry|caryotyp\w*|karyotyp\w*|parental\w*|chromosom\w*
expansion +near=triplet\w*|cag|ctg|cgg|gaa|repeat\w*|repetition\w*|c9orf72|fmr1|htt|huntington|dmpk|fxn|frataxin\w*|nucleotid\w*
germline
germinale
autosomique dominante
autosomique recessive
autosomal dominant
autosomal recessive
liee a l'x
lie a l'x
x-linked
anomalie chromosomique
anomalies chromosomiques
chromosomal abnormality
maladie genetique rare
genetic disorder
genetic condition
genetic disease
inherited condition
inherited disorder
cardiopathie familiale
cardiomyopathie familiale
neurofibromatose*
neurofibromatosis
=NF1
=NF2
von recklinghausen
c9orf72
=SMN1
smn1
amyotrophie spinale
spinal muscular atrophy
polykystose renale
polykystose hepatorenale
polycystic kidney disease
=PKRAD
=ADPKD
=PKD1
=PKD2
myopathie de duchenne
dystrophie musculaire de duchenne
duchenne muscular dystrophy
duchenne
dystrophie musculaire
muscular dystrophy
maladie de steinert
steinert
ehlers-danlos
charcot-marie-tooth
ataxie de friedreich
friedreich's ataxia
friedreich ataxia
maladie de gaucher
maladie de fabry
fabry disease
maladie de wilson
wilson's disease
phenylcetonurie
phenylketonuria
hypercholesterolemie familiale
familial hypercholesterolaemia
familial hypercholesterolemia
polypose adenomateuse familiale
familial adenomatous polyposis
von hippel-lindau
sclerose tubereuse
tuberous sclerosis
prader-willi
syndrome d'angelman
angelman syndrome
syndrome de noonan
noonan syndrome
syndrome de rett
rett syndrome
syndrome de williams
williams syndrome
digeorge
di george
22q11
hemophilie
hemophilia
haemophilia
maladie de willebrand
von willebrand disease
hemochromatose genetique
hemochromatose hereditaire
haemochromatosis !before=\b(?:secondary|acquired|transfusional)\s*$
hemochromatosis !before=\b(?:secondary|acquired|transfusional)\s*$
hemochromatose !after=^\s*(?:secondaire|acquise|post-?transfusionnelle|transfusionnelle)\b
hereditary haemochromatosis
hereditary hemochromatosis
deficit en alpha-1 antitrypsine
alpha-1 antitrypsin deficiency
=CHEK2
=CDH1
=RAD51C
=RAD51D
=BRIP1
=STK11
=PTEN
=MUTYH
=VHL
=MYBPC3
=MYH7
=LDLR
=FMR1
=DMD
=SCN5A
=KCNQ1
=KCNH2
=HBB
=HBA1
=HBA2
=GBA
=GBA1
=HEXA
=ASPA
=SMPD1
=FANCC
=MCOLN1
=ELP1
=IKBKAP
gaucher disease
gaucher's disease
canavan disease
maladie de canavan
tay-sachs
maladie de tay-sachs
niemann-pick
familial dysautonomia
dysautonomie familiale
bloom syndrome
syndrome de bloom
f508del
delta f508
deltaf508
compound heterozygous
compound heterozygote
compound heterozygosity
compound het
heterozygote composite
heterozygotes composites
heterozygotie composite
biallelic
bi-allelic
biallelique
bi-allelique
alpha-thal
beta-thal
thal trait
thal minor
thal major
alpha thalassaemia trait
sickle trait
sickle cell trait
trait drepanocytaire
hb h disease
hbh disease
haemoglobin h disease
hemoglobin h disease
hemoglobinose h
hb bart's
hb barts
~test presymptomatique
~diagnostic presymptomatique
~predictive testing
~predictive genetic test
~cascade testing
=VUS
porteur sain
porteuse saine
porteur heterozygote
porteuse heterozygote
porteuse +near=GENETIC_CONTEXT
porteur +near=GENETIC_CONTEXT
heterozygote
heterozygous
homozygote
homozygous
porteurs sains +near=GENETIC_CONTEXT
porteuses saines +near=GENETIC_CONTEXT
porteurs heterozygotes
porteuses heterozygotes
porteurs +near=GENETIC_CONTEXT
porteuses +near=GENETIC_CONTEXT
porteuse +near=tyrosinemi\w*|tyrosinaemi\w*|arsacs|leigh|acidose lactique congenitale|neuropathie sensitivomotrice|agenesie du corps calleux|gaucher|canavan|niemann|phenylceton\w*|amyotrophie spinale|fibrose kystique
porteur +near=tyrosinemi\w*|tyrosinaemi\w*|arsacs|leigh|acidose lactique congenitale|neuropathie sensitivomotrice|agenesie du corps calleux|gaucher|canavan|niemann|phenylceton\w*|amyotrophie spinale|fibrose kystique
heterozygotes
homozygotes
~caryotype
~karyotype
trisomie*
trisomy*
microdeletion
microduplication
copy number variant
copy number variants
pathogenic cnv
cnv pathogene
cnv pathogenes
variation du nombre de copies
/\barr\[(?:grch3[78]|hg1[89]|hg38)\]/ ?if=arr
/\b(?:[0-9]{1,2}|x|y)[pq][0-9]{1,2}(?:\.[0-9]{1,3})?\s+(?:micro)?(?:deletion|duplication)s?\b/ ?if=deletion|duplication|microdeletion|microduplication|deletions|duplications
/\b[0-9]+(?:[.,][0-9]+)?\s*(?:kb|mb)\s+(?:micro)?(?:deletion|duplication)\b/ ?if=kb|mb
deletion 22q11
syndrome de l'x fragile
premut*
x fragile
fragile x
mucoviscidose !before=\b(porteu|depistage|test)
cystic fibrosis carrier
=CFTR
=MLH1 !after=MMR_PROTEIN !before=IHC_BEFORE
=MSH2 !after=MMR_PROTEIN !before=IHC_BEFORE
=MSH6 !after=MMR_PROTEIN !before=IHC_BEFORE
=PMS2 !after=MMR_PROTEIN !before=IHC_BEFORE
=TP53
=APC
=PALB2
=HFE
c282y
li-fraumeni
facteur v leiden
factor v leiden
huntington
dystrophie myotonique
myotonic dystrophy
=DMPK
expansion ctg
expansion cag
~analyse moleculaire
chorée de huntington
klinefelter
/\b(?:45\s*,\s*x(?:o|0)?|47\s*,\s*(?:xxy|xyy|xxx)|48\s*,\s*(?:xxxy|xxyy|xxxx)|49\s*,\s*(?:xxxxy|xxxxx))(?![\w,])/ ?if=45|xo|x0|xxy|xyy|xxx|xxxy|xxyy|xxxx|xxxxy|xxxxx
syndrome de turner
turner syndrome
turner's syndrome
/\b45\s*,\s*x\b(?!\s*[,/]?\s*\d)/ ?if=karyotype|caryotype
marfan
predisposition genetique
predisposition hereditaire
anomalie genetique
maladie genetique
maladie hereditaire
~test genetique
~tests genetiques
~analyse genetique
~analyses genetiques
~etude genetique
~diagnostic genetique
~consultation d'oncogenetique
~consultation oncogenetique
~oncogenetique
~oncogeneticien*
~conseil genetique
~enquete genetique
~sequencage
~exome
~panel de genes
~genetic test
~genetic testing
~genetic tests
~genetic counselling
~genetic counseling
~genetics clinic
~cancer genetics
~gene panel
carrier* +near=GENETIC_CONTEXT
hbas
hbss
=HbAS
=HbSS
/\bhla[- ]?(?:a|b|c|dr|dq|dp)[a-z]?\d?\s?\*?\s?\d{2}(?::\d{2})?\b/ ?if=hla*
~typage hla
~hla typing
/\b\d{2,4}\s+(?:repetitions|repeats|triplets)\s+(?:cag|ctg|cgg|gaa)\b/ ?if=repetitions|repeats|triplets !before=\bnormale?s?\s*[:(,-]?\s*$|\bnormaux\s*[:(,-]?\s*$ !after=^\s*(?:repeats?\s*|repetitions?\s*)?[,(:-]?\s*(?:normale?s?|normaux|within (?:the )?normal|dans les normes)\b
/\b\d{2,4}\s*(?:cag|ctg|cgg|gaa)\s+(?:repeats?|repetitions?|triplets?)\b/ ?if=cag|ctg|cgg|gaa !before=\bnormale?s?\s*[:(,-]?\s*$|\bnormaux\s*[:(,-]?\s*$ !after=^\s*(?:repeats?\s*|repetitions?\s*)?[,(:-]?\s*(?:normale?s?|normaux|within (?:the )?normal|dans les normes)\b
/\b(?:cag|ctg|cgg|gaa)\s+(?:repeats?|repetitions?|triplets?)?\s*(?::|of|de|=)?\s*\d{2,4}\b/ ?if=cag|ctg|cgg|gaa !before=\bnormale?s?\s*[:(,-]?\s*$|\bnormaux\s*[:(,-]?\s*$ !after=^\s*(?:repeats?\s*|repetitions?\s*)?[,(:-]?\s*(?:normale?s?|normaux|within (?:the )?normal|dans les normes)\b
/\b(?:4[57]|4[89]|69)\s*,\s*x{1,3}y{0,2}\s*,\s*(?:[+-]\s*(?:\d{1,2}|x|y)\b|t\s*\(|del|dup|inv|i\s*\(|r\s*\(|der)/ ?if=caryotype|karyotype|xx|xy|xxy|xxx|xyy
drepanocyt*
allele*
drepanocytaire
sickle cell
sickle-cell
thalassem*
thalassaem*
thalassemia
thalassaemia
hemoglobinopathie
haemoglobinopathy
~genotyp* !before=\b(?:hcv|vhc|hbv|vhb|hiv|vih|viral\w*|virus|hepatit\w*|hepatite)\W*$|\b(?:chlamydia\w*|trachomatis|lgv|gonoc\w*|gonorrh\w*|hpv|papillomavirus|mycoplasma|bacteri\w*|souches?|strains?|isolats?|isolates?|tubercul\w*|mycobacteri\w*|paludisme|malaria|plasmodium|grippe|influenza|covid\w*|sars-cov-2)\b[^.;]*$ !after=^\s*(?:l\b|lgv\b|\(\s*lgv|viral|du virus|of the virus|bacterien\w*|de la souche|of the strain|(?:du |of the )?(?:hpv|vhc|hcv|vhb|hbv|vih|hiv)\b)
genetic test positive
genetically confirmed
hereditary
down syndrome
down's syndrome
~/\b(?:brca[12]?(?:/[12])?|hfe|cftr|mlh1|msh2|msh6|pms2|apc|tp53|palb2|chek2|lynch|htt|fmr1|dmpk|huntington's|huntington)(?:\s*(?:/|\+|,|&|and|et)\s*(?:brca[12]?(?:/[12])?|hfe|cftr|mlh1|msh2|msh6|pms2|apc|tp53|palb2|chek2|lynch|htt|fmr1|dmpk|huntington's|huntington))*\s+(?:gene\s+)?(?:test\w*|genotyp\w*|screen\w*|analys\w*|sequenc\w*|panel|studies|mutation analysis|genotypage|sequencage)/ ?if=brca*|hfe|cftr|mlh1|msh2|msh6|pms2|apc|tp53|palb2|chek2|lynch|htt|fmr1|dmpk|huntington*
/\bc\.[0-9]+(?:[_+-][0-9]+)*(?:[acgt]>[acgt]|del|dup|ins)/ ?if=c
/\bp\.\(?(?:ala|arg|asn|asp|cys|gln|glu|gly|his|ile|leu|lys|met|phe|pro|ser|thr|trp|tyr|val)[0-9]+/ ?if=p
/\bcyp[0-9][a-z][0-9]{1,2}\s*\*[0-9]+[a-z]?\s*\/\s*\*[0-9]+/ ?if=cyp*
poor metabolizer
poor metaboliser
ultrarapid metabolizer
ultrarapid metaboliser
ultra-rapid metabolizer
intermediate metabolizer
rapid metabolizer
metaboliseur lent
metaboliseur ultrarapide
metaboliseur rapide
slow metaboliser
slow metabolizer
slow metabolisers
slow metabolizers
poor metabolisers
poor metabolizers
intermediate metaboliser
rapid metaboliser
ultra-rapid metaboliser
metaboliseur ultra-rapide
metaboliseur intermediaire
metaboliseurs lents
metaboliseur faible
slow acetylator
acetyleur lent
/\*[0-9]+[a-z]?\s*\/\s*\*[0-9]+[a-z]?\b/ ?if=cyp*|tpmt|nudt15|ugt1a1|slco1b1|nat2
/\b(?:hb\s+)?genotype\s*[:-]?\s*(?:-\s*)?(?:ss|as|sc)\b/ ?if=genotype
=SCA +near=genotyp\w*|sickle|vaso\w*|hbss|hb ss|drepano\w*|crisis|crises
/\b(?:duplication|deletion|microdeletion|microduplication)\s+(?:[0-9]{1,2}|x|y)[pq][0-9]/ ?if=duplication|deletion|microdeletion|microduplication
=CMT1A
g20210a
h63d
syndrome de dravet
dravet syndrome
=SCN1A
=SCN2A
=SCN8A
=KCNQ2
=CDKL5
=STXBP1
=PCDH19
=MECP2
=TSC1
=TSC2
=SYNGAP1
=FOXG1
=UBE3A
=SHANK3
deficit en g6pd
g6pd deficiency
g6pd deficient
deficit en glucose-6-phosphate deshydrogenase
favisme
/\bg6pd\s*[:=]?\s*(?:(?!pas\b|no\b|non\b|not\b|sans\b|absence\b|ni\b)\w+\s+){0,2}?(?:deficit\w*|deficient|deficiency|effondree?)\b/ ?if=g6pd
favism
/\bprofil\s+(?:hb\s*|hemoglobinique\s+)?(?:fas|fac|fae|fad|fs|fsc|fsa|fc|fe|as|ac|ae|ss|sc)\b/ ?if=profil
/\belectrophore(?:se|sis)(?:\s+(?:de l'|d'|des\s+|of\s+)?(?:hb|hemoglobine|haemoglobin|hemoglobin))?\s*(?:[:=]|\()\s*(?:hb\s*)?(?:fas|fac|fs|fsc|fsa|fc|as|ac|ae|sc|ss|sf|ee|cc)\b(?!\s+(?:above|below|per|expected|before|previously|requested|discussed|planned|usual|follows?|well|noted|in|a|an|the|if|soon|possible|needed|indicated)\b)/ ?if=electrophorese|electrophoresis

[hiv_sti STD]
vih @HIV !before=\b(vaccin\w*)
vih1 @HIV
vih-1 @HIV
hiv @HIV !before=\b(vaccin\w*)
sida @HIV !after=^\s*info service
=SIDA @HIV !after=^\s*info service
=AIDS @HIV
seropositif* @HIV !before=\b(?:polyarthrite|arthrite|rhumatoide|pr|ra|rheumatoid|arthritis|toxoplasmose|toxo|cmv|rubeole|rubella|lyme|borreliose|ebv|vzv|varicelle)\W*$ !after=^\s*\(?\s*(?:acpa|anti-?ccp|fr\b|rf\b|facteur rhumat\w*|rheumatoid|(?:pour|a|au|for)\s+(?:la |le |l')?(?:toxo\w*|cmv|ebv|rubeole|rubella|varicelle|vzv|lyme|facteur|acpa|anti))
seropositiv* @HIV !before=\b(?:polyarthrite|arthrite|rhumatoide|pr|ra|rheumatoid|arthritis|toxoplasmose|toxo|cmv|rubeole|rubella|lyme|borreliose|ebv|vzv|varicelle)\W*$ !after=^\s*\(?\s*(?:acpa|anti-?ccp|fr\b|rf\b|facteur rhumat\w*|rheumatoid|(?:pour|a|au|for)\s+(?:la |le |l')?(?:toxo\w*|cmv|ebv|rubeole|rubella|varicelle|vzv|lyme|facteur|acpa|anti))
seropositive @HIV !before=\b(?:polyarthrite|arthrite|rhumatoide|pr|ra|rheumatoid|arthritis|toxoplasmose|toxo|cmv|rubeole|rubella|lyme|borreliose|ebv|vzv|varicelle)\W*$ !after=^\s*\(?\s*(?:acpa|anti-?ccp|fr\b|rf\b|facteur rhumat\w*|rheumatoid|(?:pour|a|au|for)\s+(?:la |le |l')?(?:toxo\w*|cmv|ebv|rubeole|rubella|varicelle|vzv|lyme|facteur|acpa|anti))
/\bsero ?\+/ @HIV ?if=sero
trithérapie @HIV
tritherapie @HIV
bitherapie @HIV
antiretroviral* @HIV
antirétroviraux @HIV
=ARV @HIV
=ARVs @HIV
=TARV @HIV
on art @HIV
=PrEP @HIV !after=^\s*(?::\s*)?(?:expliquee?s?|explained|explications?\s+donnees|explanation\s+given)\b(?!\s*(?:,|et|and|puis|then)?\s*(?:debut\w*|commenc\w*|prescri\w*|initi\w*|delivr\w*|remis\w*|started|commenced|prescribed|given|supplied|dispensed))
=PREP @HIV !after=^\s*(?::\s*)?(?:expliquee?s?|explained|explications?\s+donnees|explanation\s+given)\b(?!\s*(?:,|et|and|puis|then)?\s*(?:debut\w*|commenc\w*|prescri\w*|initi\w*|delivr\w*|remis\w*|started|commenced|prescribed|given|supplied|dispensed))
prophylaxie pre-exposition @HIV
pre-exposure prophylaxis @HIV
biktarvy @HIV
truvada @HIV
triumeq @HIV
genvoya @HIV
odefsey @HIV
descovy @HIV
dovato @HIV
juluca @HIV
stribild @HIV
atripla @HIV
eviplera @HIV
dolutegravir @HIV
bictegravir @HIV
raltegravir @HIV
darunavir @HIV
emtricitabine @HIV
tenofovir*
/\b(?:tdf|taf)\s*[/+-]\s*ftc\b|\bftc\s*[/+-]\s*(?:tdf|taf)\b/ @HIV ?if=ftc
cd4 @HIV
lymphocytes cd4 @HIV
charge virale
viral load
vhc !before=\b(vaccin\w*)
vhb !before=VACCINE_BEFORE !after=VACCINE_AFTER|^\s*[:=-]?\s*\(?\s*(?:ac\s+|ab\s+|anticorps\s+)?anti-?\s?hbs\b
hcv
hbv !before=VACCINE_BEFORE !after=VACCINE_AFTER|^\s*[:=-]?\s*\(?\s*(?:ac\s+|ab\s+|anticorps\s+)?anti-?\s?hbs\b|^\s*(?:surface|s)\s+(?:antibod\w*|ab)\b
hepatite b !before=VACCINE_BEFORE !after=VACCINE_AFTER|^\s*[:=-]?\s*\(?\s*(?:ac\s+|ab\s+|anticorps\s+)?anti-?\s?hbs\b
hepatite c
hepatite virale b
hepatite virale c
hepatite chronique b
hepatite chronique c
hep b !before=VACCINE_BEFORE !after=VACCINE_AFTER|^\s*[:=-]?\s*\(?\s*(?:ac\s+|ab\s+|anticorps\s+)?anti-?\s?hbs\b|^\s*(?:surface|s)\s+(?:antibod\w*|ab)\b
hep c
hepatitis b !before=VACCINE_BEFORE !after=VACCINE_AFTER|^\s*[:=-]?\s*\(?\s*(?:ac\s+|ab\s+|anticorps\s+)?anti-?\s?hbs\b|^\s*(?:surface|s)\s+(?:antibod\w*|ab)\b
hepatitis c
ag hbs
aghbs
porteur chronique du vhb
porteuse chronique du vhb
porteur chronique de l'hepatite b
porteuse chronique de l'hepatite b
porteur de l'ag hbs
porteuse de l'ag hbs
porteur du vhb
porteuse du vhb
porteur vhb
porteuse vhb
hbv carrier
hep b carrier
hepatitis b carrier
chronic hbv
chronic hepatitis b
hbsag
antigene hbs
arn vhc
hcv rna
sofosbuvir
epclusa
maviret
harvoni
syphilis
syphilitique
treponeme
~tpha
~vdrl
extencilline
chlamydia*
chlamydiae
chlamydiose
~chlamydia swab
~chlamydia swabs
~chlamydial swab
~gonorrhoea swab
~gonorrhoea swabs
~gonorrhea swab
~gonorrhea swabs
~gonococcal swab
=NG !after=^\s*(?:tube|feed\w*|sonde|top-?ups?|aspirat\w*|placement|position\w*|insert\w*|losses|drainage|output|bolus\w*|in situ|removed|pulled|replaced|on free|free drainage|dislodged|taken out|re-?sited) !before=\b(?:via|per|by|par|through|pass\w*|insert\w*|re-?site\w*|(?:nbm|npo|nil by mouth|a jeun)\s*(?:[,+/&]|and|et)?)\s*$
=CT +near=(?:naat|gc|chlamydia|doxycycline|azithromycin)\b|ng\b(?!\s*(?:tube|feed|sonde|top)) !after=^\s*(?:head|scan|abdo\w*|chest|thorax|thx|pelvis|cap|kub|tap|brain|neck|angio\w*|colonography|pulmonary|guided|coronary|contrast|c-spine|spine|sinuses|urogram|venogram|ct|cerebral|cerveau|thoraci\w*|abdomino\w*|injecte\w*|crane|cranien\w*|tap)\b
gonocoque*
gono
=GNDC
=GNID
gram-negative diplococci
gram-negative intracellular diplococci
gram negative diplococci
gram negative intracellular diplococci
intracellular gram-negative diplococci
diplocoques gram negatif
diplocoques gram negatifs
diplocoques gram-
diplocoques a gram negatif
diplocoques intracellulaires
=GC +near=(?:naat|chlamydia|ct|ng|gonorrh\w*|gonoc\w*|ceftriaxone|urethr\w*|discharge|swab\w*|cervicitis|pid|sti|stis|std|ist|nucleic|culture|pcr|gndc|gnid|diplococ\w*|diplocoq\w*)\b !after=^\s*(?:-\s*)?(?:ms|fid|content|ratio|steroids?|dose)\b
hsv-2
hsv2
gonococcie
gonococcique
gonorrhee
gonorrhea
gonorrhoea
gonorrhoeae
blennorragie
herpes genital
herpes genitale
genital herpes
condylome*
/\b(?:ano-?genital|genital|perianal|peri-anal|anal|vulval|vulvar|penile|vaginal)\s+warts?\b/ ?if=wart|warts
/\bverrues?\s+(?:ano-?genitales?|genitales?|anales?|perianales?|peri-anales?|vulvaires?|peniennes?|vaginales?)\b/ ?if=verrue|verrues
genital warts
=HPV !before=VACCINE_BEFORE !after=VACCINE_AFTER
papillomavirus !before=VACCINE_BEFORE !after=VACCINE_AFTER
trichomona*
mycoplasma genitalium
lymphogranulomatose venerienne
=LGV
=IST !before=\b(?:consultation|consult|cs|centre|clinique|service|unite|permanence|(?:pour|contre|prevenir|eviter) les)\s*$
=ISTs !before=\b(?:consultation|consult|cs|centre|clinique|service|unite|permanence|(?:pour|contre|prevenir|eviter) les)\s*$
ist !before=\b(?:consultation|consult|cs|centre|clinique|service|unite|permanence|(?:pour|contre|prevenir|eviter) les)\s*$
=MST !after=^\s*(?:continus|cont\b|\d|screen\w*|coordinator|clinic|program\w*|team|survivors?|-?\s*related|counsel\w*|treatment team) !before=\b(?:positive for|veterans?|military|va|for|combat\s*(?:\+|and|&|/|,))\s*$
mst !after=^\s*(?:continus|cont\b|\d|screen\w*|coordinator|clinic|program\w*|team|survivors?|-?\s*related|counsel\w*|treatment team) !before=\b(?:positive for|veterans?|military|va|for|combat\s*(?:\+|and|&|/|,))\s*$
infection sexuellement transmissible
infections sexuellement transmissibles
maladie sexuellement transmissible
=STI !after=^\s*(?:clinics?|services?|centres?|centers?)\b !before=\b(?:against|prevent|avoid|protect\w* from)\s*$
=STIs !after=^\s*(?:clinics?|services?|centres?|centers?)\b !before=\b(?:against|prevent|avoid|protect\w* from)\s*$
sti !after=^\s*(?:clinics?|services?|centres?|centers?)\b !before=\b(?:against|prevent|avoid|protect\w* from)\s*$
stis !before=\b(?:against|prevent|avoid|protect\w* from)\s*$
=STD
=STDs
sexually transmitted infection*
sexually transmitted disease*
~=PEP @HIV
~=nPEP @HIV
~npep @HIV
~=PEPSE @HIV
~=TPE @HIV
~traitement post-exposition @HIV
~post-exposure prophylaxis @HIV
mpox !before=VACCINE_BEFORE !after=VACCINE_AFTER
monkeypox !before=VACCINE_BEFORE !after=VACCINE_AFTER
variole du singe !before=VACCINE_BEFORE !after=VACCINE_AFTER

[mental_health PSY]
depression* !after=^\s*\)?\s*(respiratoire|respiratory|du segment|des segments|de st|of st|st\b|pr\b|du pr\b|de pr\b|of the pr\b|de l'onde|des ondes|de la fontanelle|fontanell?e?|myocardique|medullaire|immunitaire|tropicale?s?|atmospheriques?|barometriques?) !before=(?:\b(?:st|pr|segment|tropical)|\bsous[- ]?decalage)\s*\(?\s*$
depressif*
depressive
depressives
syndrome depressif
episode depressif
etat depressif
humeur depressive
=EDC
=EDM
trouble bipolaire
troubles bipolaires
bipolaire* !after=^\s*(prothese|pince|coagul\w*|electro\w*|cellules?|sonde|(?:et|ou|/|\+)\s+(?:monopolaire|crochet|ciseaux|bistouri)|ciseaux|bistouri|resection|energie|hanche|radiofrequence\w*|anse|cupule) !before=\b(?:pince|pinces|coagulation|electrocoagulation|bistouri|prothese|cupule|resection(?:\s+(?:endoscopique|transurethrale|trans-urethrale))?|rtup|rtuv|electrodes?|sonde|neurones?|cellules?|hemiarthroplastie|cautere)\s*$
schizophren*
schizo-affectif*
schizoaffecti*
psychose
psychoses
psychotique*
delire paranoiaque
=TS !after=^\s*(?:\(\s*temps\b|(?:et|,|/|\+)\s*(?:tca|tck)\s*(?:(?:et|,|/|\+)\s*(?:tp|inr)\s*)?(?:demande\w*|prescrit\w*|preleve\w*|normaux|normal\w*|allonge\w*|a faire|avant\s+(?:la|le|l'|une|un)|[:=]?\s*\d)|(?:et|,|/|\+)\s*(?:tp|inr|tq|fibrinogene)\b|ivy\b|\d+(?:[.,]\d+)?\s*(?:min|mn|s\b|sec\w*|%)|[:=]?\s*\d+(?:[.,]\d+)?(?=\s*%)|\(\s*(?:saturation|transferrin\w*|coefficient)|vue?|a vu|de garde|a rencontre|rencontree?|contactee?|avisee?|consultee?|en suivi|impliquee?|au dossier|informee?|du (?:clsc|chum|chu|cisss|ciusss|gmf))\b !before=\b(?:par|avec|referee?|refere|oriente\w*|rencontre\w*|appel\w*|contact\w*)\s+(?:a\s+)?la\s*$
tentative de suicide
tentatives de suicide
tentative d'autolyse
autolyse
=IMV
intoxication medicamenteuse volontaire
idees suicidaires
idee suicidaire
ideation suicidaire
ideations suicidaires
idees noires
envie de disparaitre
envie de mourir
envie d'en finir
wants to disappear
wish to disappear
mieux sans moi
mieux sans lui
mieux sans elle
better off without me
better off without him
better off without her
/\bmieux\s+pour\s+tout\s+le\s+monde\s+(?:si|s'?il|s'?ils|qu'?il|qu'?elle)\b/ ?if=monde +near=\b(?:part\w*|mourai\w*|disparai\w*|disparu\w*|etai\w*|plus la|mort\w*|suicid\w*)\b
urgences psy
urgences psychiatriques
=IDS
=IDN
~risque suicidaire
~suicide risk
~risk of suicide
suicidaire*
suicide
suicides
scarification*
automutilation*
auto-mutilation*
hospitalisation en psychiatrie
hospitalise en psychiatrie
hospitalisee en psychiatrie
hospitalisation psychiatrique
hospitalisation en pedopsychiatrie
hospitalise en pedopsychiatrie
hospitalisee en pedopsychiatrie
hospitalisation pedopsychiatrique
hospitalisation en pedopsy
sejour en psychiatrie
=HDT
=SDT
=SDRE
=SPDT
=SPI
=HO
soins sans consentement
soins psychiatriques
=CMP ?unless=gender_identity !after=^\s*(dilat|isch|hypertroph|obstruct|restrict|du post|de stress|rythmique|toxique|alcoolique|septique|du peripartum)
=CMPP ?weak
=CATTP
psychiatre* ?weak ?unless=gender_identity
psychiatrique*
psychiatrie ?weak ?unless=gender_identity !before=(?:\b(?:a cote|en face|au-dessus|au-dessous|pres|next to|opposite|beside|near|across from|derriere|behind)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|the\s+)?|(?<!partage )(?<!partagee )(?<!alterne )(?<!suivi )\b(?:entre|between)\s+(?:[^,;()]{0,60}\s(?:et|and)\s+)?(?:la\s+|le\s+|l'|les\s+|the\s+)?)(?:(?:unite|service|secteur|aile|pole|batiment|ward|unit|wing|department|building)\s+(?:de\s+|d'|du\s+)?(?:la\s+|l')?)?$
expertise psychiatrique ?weak ?unless=violence|sexual_violence
examen psychiatrique ?weak
attestation psychiatrique ?weak
certificat psychiatrique ?weak
avis psychiatrique ?weak
evaluation psychiatrique ?weak
psychiatric clearance ?weak
psychiatric expert report ?weak
psychiatric evaluation ?weak
bouffee delirante
pedopsychiatrie ?weak ?unless=gender_identity|sexual_violence|violence
pedopsychiatre ?unless=gender_identity
pedopsy ?weak ?unless=gender_identity|sexual_violence|violence
=ARFID
trouble alimentaire
troubles alimentaires
antidepresseur*
anti-depresseur*
neuroleptique*
antipsychotique*
thymoregulateur*
sertraline
zoloft
fluoxetine
prozac
paroxetine
deroxat
escitalopram
seroplex
citalopram
seropram
venlafaxine
effexor
mirtazapine
norset
agomelatine
valdoxan
vortioxetine
brintellix
lithium
teralithe
depakote
olanzapine !before=\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b[^,;]*$ !after=^(?:[^,;]|,\d){0,40}?\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b
zyprexa !before=\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b[^,;]*$ !after=^(?:[^,;]|,\d){0,40}?\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b
risperidone
risperdal
aripiprazole
abilify
quetiapine
xeroquel
clozapine
leponex
haloperidol !before=\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b[^,;]*$ !after=^(?:[^,;]|,\d){0,40}?\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b
haldol !before=\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b[^,;]*$ !after=^(?:[^,;]|,\d){0,40}?\b(?:nausee\w*|vomissements?|nausea|vomiting|emesis|antiemeti\w*|anti-emeti\w*|hoquet|hiccups?)\b
loxapine
loxapac
cyamemazine
tercian
sismotherapie
electroconvulsivotherapie
anorexie mentale
boulimie
=TCA !after=^\s*(?:[:=]\s*)?(?:\d+(?:[.,]\d+)?\s*(?:s\b|sec\w*|%)|\d+\s*/\s*\d+|\d+[.,]\d+|ratio|r\b|m/t|p/t|patient|malade|temoin|allonge\w*|normal\w*|isole\w*|a\s+\d+(?:[.,]\d+)?\s*(?:s\b|sec\w*)|a\s+\d+[.,]\d|<|>|demandee?s?|prescrite?s?|prelevee?s?|a faire|avant\s+(?:la|le|l'|une|un)\b) !before=\b(?:tp|inr|tq|plaquettes|nfs|bilan de coagulation|hemostase)\s*(?:et|,|/|\+)?\s*$
troubles du comportement alimentaire
trouble du comportement alimentaire
trouble anxieux
trouble de l'adaptation !after=^\s*(?:a l'effort|cardiaque|ventilatoire|a l'obscurite|posologique)
troubles de l'adaptation !after=^\s*(?:a l'effort|cardiaque|ventilatoire|a l'obscurite|posologique)
trouble d'adaptation !after=^\s*(?:a l'effort|cardiaque|ventilatoire|a l'obscurite|posologique)
adjustment disorder
adjustment disorders
/\bhads?\s*[:=]\s*(?:a|anx\w*)\s*[:=]?\s*(?:1[1-9]|2[01])\b|\bhads?\s*[:=]\s*(?:a|anx\w*)\s*[:=]?\s*\d{1,2}\s*[,/;-]?\s*(?:d|dep\w*)\s*[:=]?\s*(?:1[1-9]|2[01])\b|\bhads?-?[ad]\s*(?:score\s*)?[:=]?\s*(?:1[1-9]|2[01])\b/ ?if=had|hads|hads-a|hads-d
troubles anxieux
trouble anxieux generalise
trouble panique
attaques de panique
attaque de panique
crises d'angoisse
=TAG
=TOC !after=^\s*(?:today|sent|swabs?|due|booked|taken|done|at\s+\d|in\s+\d|pending|neg\w*|pos\w*|date|\d)\b
trouble obsessionnel*
=ESPT
=TSPT
=PTSD
stress post-traumatique
post-traumatic stress
post-traumatic symptoms
symptomes post-traumatiques
symptomatologie post-traumatique
syndrome post-traumatique !before=\bsubjectif\s*$
trouble post-traumatique
troubles post-traumatiques
c-ptsd
etat de stress aigu
reaction aigue au stress
acute stress reaction
acute stress disorder
acute stress symptoms
trauma-focused
therapie centree sur le trauma
intrusive images
intrusive memories
flashback*
flash-back*
reviviscence*
cauchemar* +near=\b(?:honte|culpabilite|viol|violee?|abuse?e?s?\s+sexuellement|abus sexuels?|agression|agressee?|attentat|guerre|tortur\w*|traumatis\w*)\b !before=\b(?:efavirenz|sustiva|montelukast|singulair|varenicline|champix|mefloquine|lariam|effets? (?:secondaires?|indesirables?))\b
cauchemar* +near=hypervigil\w*|sursaut\w*|startl\w*|jumpy|evitement|avoidance|avoids?|avoiding|reviviscence\w*|flash-?backs?|revit|relives?|reliving|re-?experienc\w*|psychotrauma\w*|anxi\w*|angoiss\w*|tspt|ptsd|espt !before=\b(?:efavirenz|sustiva|atripla|montelukast|singulair|varenicline|champix|mefloquine|lariam|effets? (?:secondaires?|indesirables?))\b !after=\b(?:sous|avec|depuis)\s+(?:efavirenz|montelukast|singulair|varenicline|champix|mefloquine|lariam)\b
nightmare* +near=\b(?:shame|ashamed|guilt|rape|raped|sexual(?:ly)? (?:abuse|abused|assault|assaulted)|assault|attack|war|tortur\w*|trauma\w*)\b !before=\b(?:efavirenz|montelukast|singulair|varenicline|champix|mefloquine|lariam|side[- ]effects?)\b
nightmare* +near=hypervigil\w*|startl\w*|jumpy|avoidance|avoids?|avoiding|flash-?backs?|relives?|reliving|re-?experienc\w*|psychotrauma\w*|anxi\w*|ptsd|intrusive !before=\b(?:efavirenz|montelukast|singulair|varenicline|champix|mefloquine|lariam|side[- ]effects?)\b !after=\b(?:on|with|since starting)\s+(?:efavirenz|montelukast|singulair|varenicline|champix|mefloquine|lariam)\b
revit la scene
revit les scenes
revit l'agression
revit les faits
revit l'accident
revit l'evenement
relives the event
reliving the event
relives the attack
reliving the attack
relives the assault
reliving the assault
re-experiencing symptoms
souvenirs intrusifs
images intrusives
low mood ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
humeur basse ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
mood low
humeur triste ?weak
humeur un peu triste ?weak
humeur plutot triste ?weak
humeur tres triste ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
humeur un peu basse ?weak
humeur plutot basse ?weak
humeur tres basse ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
moral bas ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
moral tres bas ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
moral au plus bas ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
moral a zero ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
moral en berne ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
passive death wish
passive thoughts of death
passive suicidal thoughts
passive suicidal ideation
idees passives de mort
thymie triste ?weak
thymie basse ?weak
low and tearful ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
tearful and low ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
low in mood ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
low in herself ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
low in himself ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
low in themselves ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
mutisme selectif
selective mutism
phobie scolaire
school phobia
refus scolaire anxieux
/\b(?:took|taken|ingested|swallowed|ingestion|a pris|a avale|avoir pris|avoir avale|aurait pris|aurait avale)\s+(?:de\s+|d'|of\s+)?(?:~\s*|about\s+|around\s+|approx\.?\s+|environ\s+|some\s+)?[1-9]\d{1,2}\s*x?\s*(?:tabs?|tablets?|pills?|cps?|comprimes?|gelules?|capsules?|paracetamol|acetaminophen|co-codamol|ibuprofen|doliprane|dafalgan|efferalgan)\b/ ?if=took|taken|ingested|swallowed|ingestion|pris|avale !before=\b(?:accident\w*|unintentional\w*|by mistake|par erreur|enfant|bebe|nourrisson|toddler|child|[1-5]\s*(?:ans?|a|yo|y/o|years?|yrs?)|\d+\s*(?:mois|months?|mo))\b !after=^[^.;]{0,40}?(?:\b(?:over|sur|en)\s+(?:\d+|deux|trois|two|three|several|plusieurs)\s*(?:days?|jours?|j|h|hours?|heures?)\b|\b(?:per day|a day|par jour|daily|by mistake|par erreur|accidentally|accidentellement|pour (?:des |une |ses |sa )?(?:douleurs?|cephalees?|migraines?|rage de dents|mal de dents)|for (?:his |her |a |the )?(?:pain|toothache|headache|migraine))\b|/\s*(?:j|jour|day|d)\b)
feeling down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|back|the\s+stairs|stairs)\b
feels down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|back|the\s+stairs|stairs)\b
felt down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|back|the\s+stairs|stairs)\b
feeling very down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b
very down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|regulat\w*|graded?|trend\w*)\b
really down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|regulat\w*|graded?|trend\w*)\b
so down ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:to[\s-]*earth|titrat\w*|regulat\w*|graded?|trend\w*)\b
feeling low ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:back|energy|on|in\s+energy|blood|sugar|bp|pressure|grade|dose)\b
feels low ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:back|energy|on|in\s+energy|blood|sugar|bp|pressure|grade|dose)\b
felt low ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:back|energy|on|in\s+energy|blood|sugar|bp|pressure|grade|dose)\b
feeling very low ?weak=depress|\bedc\b|\bmdd\b|\bmde\b !after=^[\s-]*(?:on|in\s+energy)\b
/\bphq-?9\s*(?:score\s*)?(?:of\s*|=\s*|:\s*|a\s*)?(?:1\d|2[0-7])\b/ ?if=phq*
/\bepds\s*(?:score\s*)?(?:of\s*|=\s*|:\s*|a\s*)?(?:1[2-9]|2\d|30)\b/ ?if=epds
/\bpcl-?5\s*(?:score\s*)?(?:of\s*|=\s*|:\s*|a\s*)?(?:3[3-9]|[4-7]\d|80)\b/ ?if=pcl*
/\bgad-?7\s*(?:score\s*)?(?:of\s*|=\s*|:\s*|a\s*)?(?:1\d|2[01])\b/ ?if=gad*
zuclopenthixol
clopixol
flupentixol
fluanxol
fluphenazine
paliperidone
xeplion
trevicta
pipotiazine
piportil
depot antipsychotic*
neuroleptique retard
antipsychotique retard
trouble de la personnalite
troubles de la personnalite
personnalite borderline
trouble borderline
borderline personality
etat limite
depressed !after=^\s*(skull|fracture|fx|ejection|lvef|reflex|st\b|consciousness|level|conscious|gcs|bone|\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|by\s+\d|fragments?|segments?|scars?|plateau|lv\b|left ventricular|systolic|ventricular|respiratory|ventilatory|cough|gag|immune|marrow|nasal bridge|sternum|chest wall)
major depressive disorder
=MDD
bipolar* !after=^\s*(diathermy|forceps|cautery|electro\w*|coag\w*|prosthes\w*|hemiarthro\w*|lead|pacing|recording|montage|sealer|cells?|(?:and|&|/|or|\+)\s+(?:monopolar|hook|scissors|harmonic|ligasure|diathermy|cautery)|scissors|energy|vessel|sealing|devices?|instruments?|ha?emostasis|turp|turbt|resection|enucleation|hip|radiofrequen\w*|rf\b|sheath|loop|probe) !before=\b(?:forceps|diathermy|cautery|resection|turp|turbt|electrodes?|probe|neurons?|retinal)\s*$
schizophrenia
schizophrenic
psychosis
psychotic
suicidal*
=SI !before=\b(?:irm|mri|articulations?|joints?|sacro-?iliaques?)(?:\s+(?:des|of the|of))?\s*$ !after=^\s*(?:joints?|joint|inflammatoires?|inflammatory|articulations?|arthritis|sclerosis|oedema|edema)\b
suicidal ideation
suicide attempt
attempted suicide
overdose !before=\b(?:accidental|accidentelle|unintentional)\b|\b(?:heroin|heroine|opioid|opiate|fentanyl|ghb|gbl|(?<![0-9] )(?<![0-9])g)\s*$ !after=^\s*(?:(?:in\s+|en\s+)?(?:19|20)\d\d\s*)?[,(]?\s*(?:(?:described|reported|thought|judged|deemed|considered|felt|said|jugee?|decrite?|consideree?)\s+(?:as\s+|to be\s+|to have been\s+|comme\s+)?)?(?:accidental|accidentelle|unintentional|involontaire|non intentionnelle|d'heroine|of heroin|d'opiaces|d'opioides)
deliberate self-harm
self-harm
self harm
=DSH !after=^\s*(?:legere|moderee|severe|minime|importante|majeure|stade|grade|extra\w*|intra\w*|globale|mixte|aigue|a \d|\d+\s*%) !before=\b(?:signes? de|pli cutane de|pli de)\s*$
sectioned
mental health act
psychiatric admission
psychiatric ward
psychiatric unit
psychiatric history
psychiatrist ?weak ?unless=gender_identity
psychiatric
=CMHT
crisis team
antidepressant*
=SSRI
=SSRIs
anorexia nervosa
an restrictive
an restricting
=AN-R
atypical an
restrictive subtype
restricting subtype
binge-purge subtype
binge-purging subtype
envie de disparaitre
pense a disparaitre
idees de disparaitre
veut disparaitre
voudrait disparaitre
wants to disappear
wish to disappear
wishes to disappear
thoughts of disappearing
bulimia
eating disorder
=GAD !after=^\s*(?:-?\s*7\b|(?:ab|abs|ac|antibod\w*|autoantibod\w*|-?65|titre|titer)\b)
generalised anxiety disorder !after=^\s*(?:-?\s*7\b|\(?\s*gad-?7|scale|questionnaire|score|assessment)
generalized anxiety disorder !after=^\s*(?:-?\s*7\b|\(?\s*gad-?7|scale|questionnaire|score|assessment)
generalised anxiety !after=^\s*(?:disorder|-?\s*7\b|\(?\s*gad-?7|scale|questionnaire|score|assessment)
generalized anxiety !after=^\s*(?:disorder|-?\s*7\b|\(?\s*gad-?7|scale|questionnaire|score|assessment)
anxiety disorder !after=^\s*(?:-?\s*7\b|\(?\s*gad-?7|scale|questionnaire)
panic disorder
panic attacks
=OCD
personality disorder
=EUPD
=ECT
=TDAH
tdah
=ADHD
autisme
autiste*
autism
autistic
trouble du spectre autistique
trouble du spectre de l'autisme
troubles du spectre autistique
troubles du spectre de l'autisme
autism spectrum disorder
asperger*
=TSA +near=autis\w*|\bcra\b|\btdah\b|\bados\b|\baesh\b|\bmdph\b|\bime\b|sessad|neurodevelop\w*|non verbal
=ASD +near=autis\w*|\bados\b|\badhd\b|neurodevelop\w*|non-?verbal|ehcp|camhs|social communication
~centre ressources autisme
~centre de ressources autisme
~autism assessment
~ASD assessment
~bilan autisme
adhd
trouble deficit de l'attention
trouble du deficit de l'attention
deficit de l'attention avec hyperactivite
deficit attentionnel avec hyperactivite
attention deficit
attention-deficit
methylphenidate
ritaline
concerta
medikinet
quasym
lisdexamfetamine
elvanse
atomoxetine
strattera
boulimique
boulimiques
hyperphagie boulimique
binge eating
binge-eating
anorexique
anorexiques
idees de mort
trouble du comportement sexuel compulsif
compulsive sexual behaviour disorder
compulsive sexual behavior disorder
self-harming
self harming
self-harmed
self harmed
self-injury
self-injurious
/\b(?:detained|detention)\s+under\s+(?:a\s+|the\s+)?(?:section|s\.?|mha)\s?(?:2|3|4|5|135|136|37)?\b/ ?if=detained|detention
/\bon\s+(?:a\s+)?section\s+(?:2|3)\b/ ?if=section
community mental health team
mental health team
=CRHT
home treatment team
crisis resolution
psych liaison ?weak
liaison psychiatry ?weak
psych admission
health anxiety
social anxiety
social phobia
agoraphobia
anxiete sociale
phobie sociale
trouble d'anxiete sociale
anxiete generalisee
anxiete majeure
anxiete severe
anxiete invalidante
anxiete pathologique
anxiete envahissante
severe anxiety !after=^\s*(?:about|over|before|regarding|re\b)
crippling anxiety
debilitating anxiety
agoraphobie
trouble bi-polaire
troubles bi-polaires
maladie bi-polaire
psychose maniaco-depressive
maniaco-depressi*
se fait vomir
se faire vomir
se faisait vomir
se font vomir
vomissements provoques !after=^\s*(?:par|by|sous|under)\b
vomissements auto-provoques !after=^\s*(?:par|by|sous|under)\b
vomissements auto-induits
vomissements induits !after=^\s*(?:par|by|sous|under)\b
self-induced vomiting
purging behaviour
purging behaviours
purging behavior
purging behaviors
abus de laxatifs
laxative abuse
laxative misuse
/\bmak(?:es|ing|e)\s+(?:herself|himself|themselves|myself)\s+(?:sick|vomit|throw up)\b/ ?if=herself|himself|themselves|myself
self-inflicted
auto-infligee
auto-infligees
auto-infliges
auto-inflige
se scarifie
se scarifiait
se mutile
se mutilait
s'automutile
s'automutilait
se scarifi*
s'est scarifie
s'est scarifiee
s'etait scarifie
s'etait scarifiee
se sont scarifie*
me suis scarifie
me suis scarifiee
s'est automutile
s'est automutilee
s'etait automutile
s'etait automutilee
/\b(?:cutting|cuts|burning|burns|harming|harms)\s+(?:herself|himself|themselves|myself)\b(?!\s+(?:while|when|on|shaving|cooking|accidentally|by accident|at work|with a kitchen))/ ?if=herself|himself|themselves|myself
/\b(?:veut|voulait|voudrait|souhaite|souhaitait|aimerait|envie de|parle de)\s+rejoindre\s+(?:son|sa|ses)\s+(?:\w+\s+)?(?:defunte?s?|decedee?s?|disparue?s?|morte?s?)\b/ ?if=rejoindre
/\b(?:veut|voulait|voudrait|souhaite|aimerait|envie de)\s+rejoindre\s+(?:son|sa|ses)\s+(?:mari|epouse|femme|fils|fille|enfants?|mere|pere|parents|compagnon|compagne)\s+(?:decede|decedee|defunt|defunte|disparu|disparue|mort|morte|au ciel|la-haut)\b/ ?if=rejoindre
/\b(?:wants?|wanted|wishes|wished|longs?)\s+to\s+(?:join|be with)\s+(?:her|his|their|my)\s+(?:late|dead|deceased)\s+\w+/ ?if=join|be with
=BPAD
5150 +near=hold|placed|danger|psych\w*|involuntary|w&i|wic|detained|72
involuntary hold
involuntary psychiatric hold
psychiatric hold
72-hour hold
involuntary admission
involuntary commitment
involuntarily committed
involuntarily admitted
baker act
danger to self
danger to himself
danger to herself
danger to themselves
danger pour lui-meme
danger pour elle-meme
hospitalisation sous contrainte
soins a la demande d'un tiers
peril imminent
psych bed
psych beds
inpatient psych
psych unit
psych ward
psych hold
psych hospital
psych inpatient
/\b(?:kill|killing|killed|hang|hanging|hanged)\s+(?:himself|herself|myself|themselves|themself|yourself)\b/ ?if=himself|herself|myself|themselves|themself|yourself
/\b(?:end|ending|ended|take|taking|took)\s+(?:his|her|my|their)\s+(?:own\s+)?life\b/ ?if=life
/\b(?:wants?|wanted|wanting|wish|wishes|wished)\s+(?:to\s+)?(?:die|be dead|(?:he|she|i|they)\s+(?:was|were)\s+dead)\b/ ?if=die|dead !after=^\s*(?:at home|a domicile|at the hospice|peacefully|in hospital|in peace|with dignity|comfortably|chez)
/\b(?:cut|cutting|slit|slitting|slash|slashing)\s+(?:his|her|my|their)\s+(?:own\s+)?wrists?\b/ ?if=wrist|wrists
/\b(?:hx|history|h/o|previous|prior|past|ongoing|recent)\s+(?:of\s+)?(?:self-)?cutting\b/ ?if=cutting
/\bcutting\s+(?:(?:her|his|my|their)\s+)?(?:arms?|forearms?|thighs?|wrists?|legs?|stomach|skin)\b/ ?if=cutting
self-cutting
/\b(?:threaten\w*|plans?|planning|planned|intends?|intending|intent)\s+to\s+(?:jump\b|hang\s+(?:himself|herself|themselves|myself)|overdose|take\s+an\s+overdose|kill\s+(?:himself|herself|themselves|myself))/ ?if=jump|hang|overdose|kill
better off dead
mettre fin a ses jours
mettre fin a sa vie
en finir avec la vie
envie d'en finir
envie de mourir
veut mourir !after=^\s*(?:chez|a domicile|a la maison|dans la dignite|sereinement|en paix)
voulait mourir
se suicider
se pendre
pendaison
tentative de pendaison
s'ouvrir les veines
se jeter sous un train
sauter d'un pont
sauter du pont
veux plus vivre
veut plus vivre
plus envie de vivre
don't want to live
do not want to live
want to die
wants to die
entend des voix
entendre des voix
entends des voix
entendait des voix
entendent des voix
hears voices
hearing voices
heard voices
hallucinations auditives
hallucinations acoustico-verbales
auditory hallucinations
command hallucinations
/\bvoices\s+(?:telling|tell|told|ordering|commanding)\s+(?:him|her|them|me)\b/ ?if=voices
=MH +near=team|in-reach|inreach|crisis team|crisis line|services?|nurse|practitioner|worker|liaison|problems?|issues|difficulties|support|act\b !before=\b(?:fh|fhx|family history of|hx of|susceptib\w*|of)\s*$ !after=^\s*(?:susceptib\w*|reaction|trigger\w*|stade|stage)
mental health in-reach
in-reach team
/\b(?:she|he|they|i)\s+(?:has\s+been\s+|started\s+|still\s+|sometimes\s+|often\s+)?(?:cuts?|cutting)\s+(?:(?:her|him|them|my)sel(?:f|ves)|when|if|to cope|to feel|at night|again|because|["'])/ ?if=cut|cuts|cutting
/\b(?:se|me)\s+(?:coupe|coupait|coupent|couper|scarifie|scarifiait|mutile|mutilait)\s+["']?\s*(?:pour\s+(?:se|me)\s+(?:calmer|soulager|apaiser|punir|detendre|sentir)|pour\s+(?:ne plus|oublier|avoir moins|evacuer|relacher|faire sortir)|quand\s+(?:elle|il|je)\s+(?:est|suis|se sent|me sens|va mal|vais mal)|volontairement|expres|avec\s+(?:une lame|des lames|un cutter|un compas|une lame de rasoir|un taille-crayon))/ ?if=coupe|coupait|coupent|couper|scarifie|scarifiait|mutile|mutilait
je veux mourir
je voulais mourir
veux mourir
je vais me tuer
me suicider
me foutre en l'air
se foutre en l'air
me scarifie
me mutile
me fais du mal
me faire du mal
se faire du mal
se fait du mal
se faisait du mal
/\b(?:je\s+me|il\s+se|elle\s+se|iel\s+se)\s+(?:coupe|coupait|coupais|brule|brulait|brulais|mutile|mutilait)\b(?!\s+(?:(?:les|ses|mes)\s+(?:cheveux|ongles|barbe|frange|pieds)|du monde|des autres|de\b|en\b|accidentellement|par accident|souvent en|au travail|avec le couteau de cuisine))/ ?if=coupe|coupait|coupais|brule|brulait|brulais|mutile|mutilait

[addiction ETH]
alcoolisme
alcoolique* !after=^\s*aigue !before=\b(cmp|cardiomyopathie)\s*$
alcoolo-dependan*
dependance a l'alcool
dependance a la !after=^\s*(nicotine|cigarette|television|tele)\b
dependance au !after=^\s*(tabac|jeu video|telephone|travail)\b
dependance aux !after=^\s*(ecrans?|soins|aides?)\b
dependance alcoolique
dependance a l'oh
ethylisme*
ethylique* !after=^\s*(aigue|a 70|70|a 90|90) !before=\b(alcool|alcohol)\s*$
ethylo-tabagique
=OH chronique
oh chronique
intoxication oh chronique
intoxication alcoolique chronique
oh sevre*
alcool sevre*
alcoolisme sevre*
sevre de l'alcool
sevree de l'alcool
sevre d'alcool
sevree d'alcool
sevre de l'oh
sevree de l'oh
alcoolisation* !after=^\s*(aigue|festive|ponctuelle)
mesusage
=TUAL
trouble de l'usage
troubles de l'usage
troubles lies a l'usage
sevrage* !after=^\s*((du |de |des |en |de l'|de la )?(taba\w*|nicotin\w*|la cigarette|cigarette|benzo\w*|l'allaitement|allaitement|maternel|ventilat\w*|l'oxygene|oxygen\w*|la vni|vni|la sonde|sonde|cortico\w*|progressif|du biberon|de la o2|o2|l'o2|respirat\w*|intubation|l'intubation|amines?|noradrenaline|catecholamines?|vasopresseurs?|sedation|la sedation|dialyse|la dialyse|l'insuline|insuline|triptans?|antimigraineux|(?:traitements?|medicaments?) de (?:la )?crise|antalgiques?\b(?!\s+(?:opio\w*|morphin\w*|de palier (?:3|iii))))) !before=\b(?:fume|fumeur|fumeuse|tabac|tabagique|tabagisme|cig|cigarettes?)\b(?![^.]*\b(?:alcool\w*|oh|ethyl\w*|opiac\w*|heroine|cocaine|cannabis)\b)
cure de sevrage
delirium tremens
aotal
acamprosate
naltrexone
selincro
nalmefene
esperal
disulfirame
toxicomanie
toxicomane*
polytoxicomanie
polytoxicomane
addiction* !after=^\s*(?:(?:wing|corridor|building|block|floor|entrance|lifts?|car park)\b|["'»”]?\s*(?:au|a la|aux|a l'|to|for)\s+(?:chocolat\w*|sucre\w*|bonbons?|gateaux?|patisseries?|chips|fromages?|nutella|coca|cafe|the\b|pain\b|pates|glaces?|fraises?|series?|netflix|shopping|sport|running|chocolate|sugar\w*|sweets|candy|crisps|cheese|coffee|tea\b|cake\w*|carbs|biscuits?|gym|caffeine|crosswords?|sudoku|mots croises)\b) !before=\b(?:sugar|chocolate|sweets|candy|coffee|caffeine|shopping|netflix|cheese|crisps|cake|carb|chocolat|sucre|crossword|sudoku)\s*$|(?:\b(?:a cote|en face|au-dessus|au-dessous|pres|next to|opposite|beside|near|across from|derriere|behind)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|the\s+)?|(?<!partage )(?<!partagee )(?<!alterne )(?<!suivi )\b(?:entre|between)\s+(?:[^,;()]{0,60}\s(?:et|and)\s+)?(?:la\s+|le\s+|l'|les\s+|the\s+)?)(?:(?:unite|service|secteur|aile|pole|batiment|ward|unit|wing|department|building)\s+(?:de\s+|d'|du\s+)?(?:la\s+|l')?)?$
addictologie !before=(?:\b(?:a cote|en face|au-dessus|au-dessous|pres|next to|opposite|beside|near|across from|derriere|behind)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|the\s+)?|(?<!partage )(?<!partagee )(?<!alterne )(?<!suivi )\b(?:entre|between)\s+(?:[^,;()]{0,60}\s(?:et|and)\s+)?(?:la\s+|le\s+|l'|les\s+|the\s+)?)(?:(?:unite|service|secteur|aile|pole|batiment|ward|unit|wing|department|building)\s+(?:de\s+|d'|du\s+)?(?:la\s+|l')?)?$
addicto !before=(?:\b(?:a cote|en face|au-dessus|au-dessous|pres|next to|opposite|beside|near|across from|derriere|behind)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|the\s+)?|(?<!partage )(?<!partagee )(?<!alterne )(?<!suivi )\b(?:entre|between)\s+(?:[^,;()]{0,60}\s(?:et|and)\s+)?(?:la\s+|le\s+|l'|les\s+|the\s+)?)(?:(?:unite|service|secteur|aile|pole|batiment|ward|unit|wing|department|building)\s+(?:de\s+|d'|du\s+)?(?:la\s+|l')?)?$
addictologue
addictologique
=CSAPA
=CAARUD
heroine
heroinomane
cocaine !before=\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s+(?:[a-z0-9-]+\s*[/,]\s*){0,2}$
crack !after=^[\s"'»”]*(in|of|dans|du|de|cutane|while|when|on|at|sound|noise|audible|a la reception|en tombant|on landing) !before=\b(a|an|un|une|heard|hear|hears|felt|feel|audible|small|hairline|entendu|ressenti|loud|sharp|sudden|bruit de|sensation de)[\s"'«“]*$
cannabis !after=^\s*(occasionnel\w*|festif|rare\w*|a l'adolescence|arrete|stoppe|farms?\b|factory|factories|grows?\b|plantations?|cultivation|occasionally|socially|recreationally|at weekends|at the weekend|le week-end|le we\b|en soiree|(?:\(\s*)?(?:~\s*)?(?:[1-5]|un|une|deux|trois|one|two|three)(?:\s*(?:-|a|to|ou|or)\s*[1-6])?\s*(?:joints?|spliffs?|petards?|fois|times)\s*(?:/\s*|par\s+|per\s+|a\s+|an?\s+|each\s+)(?:sem\w*|week|wk|mois|month)) !before=\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s*$
=THC
usage de drogue*
usager de drogue*
consommation de drogue*
drogues dures
=UDIV
injecteur !before=\b(stylo|pen)\s*$
injection de drogue*
=TSO
traitement de substitution
traitement substitutif
substitution aux opiaces
methadone
buprenorphine !after=^[\s)\]]*(?:\d+(?:[.,]\d+)?\s*(?:mcg|µg|μg|ug|microg\w*)\s*/\s*(?:h|hr|hour|heure)\b|transdermal|transdermique|patch\w*|timbres?\b|(?:for|pour)\s+(?:la\s+)?(?:pain|douleur)) !before=\b(?:butrans|transtec|norspan|patchs?|transdermal|transdermique|timbres?)\W*$
subutex
=BHD
suboxone
orobupre
dependance aux opiaces
dependance aux opioides
ecstasy !before=\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s+(?:[a-z0-9-]+\s*[/,]\s*){0,2}$
=MDMA !before=\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s+(?:[a-z0-9-]+\s*[/,]\s*){0,2}$
amphetamine*
methamphetamine
alcohol dependence
alcohol dependency
alcohol-dependent
alcohol dependent
alcohol use disorder
alcoholic*
alcoholism
=ETOH excess
etoh excess
etoh abuse
alcohol abuse
alcohol excess
alcohol misuse
heavy drinker
heavy drinking
buveur excessif
buveuse excessive
gros buveur
grosse buveuse
binge drinker
craving !after=^\s*(?:(?:for|de|pour|of|d')\s*)?(?:sucre\w*|sugar\w*|sweets?|chocolat\w*|chocolate|food|nourriture|aliments?|salt\w*|sel\b|sale\w*|carbs?|glucides|ice|glacons?|glace|fruits?|pickles?|fraises?)\b !before=\b(?:food|sugar|salt|sweet|carb|carbohydrate|pregnancy|alimentaires?|sucre|sel)\s*$
cravings !after=^\s*(?:(?:for|de|pour|of|d')\s*)?(?:sucre\w*|sugar\w*|sweets?|chocolat\w*|chocolate|food|nourriture|aliments?|salt\w*|sel\b|sale\w*|carbs?|glucides|ice|glacons?|glace|fruits?|pickles?|fraises?)\b !before=\b(?:food|sugar|salt|sweet|carb|carbohydrate|pregnancy|alimentaires?|sucre|sel)\s*$
consommation massive d'alcool
consommations massives d'alcool
/(?<!\d-)(?<!\d\s-\s)(?<!\d\sa\s)\b(?:[6-9]|[1-9]\d)(?:\s*(?:a|-|to)\s*\d+)?\s*(?:verres?|drinks|bieres|beers|pints|shots?)\s*(?:\/|per|par|a|an?|each|every|chaque)\s*(?:soiree|soir|night|evening|session|sortie)\b/ ?if=verre|verres|drinks|bieres|beers|pints|shot|shots
/\b(?:\d+|une|deux|trois|quatre|a|one|two|three|four)\s+(?:caisses?|cases?)\s+(?:de\s+|of\s+)?(?:24|12|15|bieres?|beers?)\s+(?:(?:de\s+)?bieres?\s+)?(?:\/|par|per|a|an?|each|every|chaque|toutes? les|tous les|la|le)\s*(?:j\b|jour|day|semaine|sem\b|week|weekend|week-end|fin de semaine|fds|soir|night)/ ?if=caisse|caisses|case|cases
alcohol withdrawal
detox
=IVDU
=IVDA
=PWID
intravenous drug use*
heroin
cocaine !before=\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s+(?:[a-z0-9-]+\s*[/,]\s*){0,2}$
drug use
drug user
drug dependence
substance misuse
substance abuse
substance use disorder
opioid dependence
opiate dependence
opioid use disorder
dependence criteria !before=\b(?:nicotine|tobacco|smoking|caffeine)\s*$
criteria for dependence
criteres de dependance !after=^\s*(?:a la |au )?(?:nicotine|tabac|tabagique)\b
/\b(?:finds?|found|finding)\s+it\s+(?:very\s+|really\s+)?(?:hard|difficult|impossible)\s+to\s+(?:stop|cut down|cut back|quit|control)\b/ ?if=stop|cut|quit|control +near=(?:alcoo?l\w*|drink\w*|cannabis|weed|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal meth|methamphet\w*|chems|chemsex|amphet\w*|spice|painkillers?|codein\w*|tramadol|gabapentin\w*|pregabalin\w*)\b
=OST
opioid substitution
alcoholics anonymous
=AA meetings
=DTs
withdrawal seizures
disulfiram
antabuse
alcohol service
alcohol services
drug and alcohol service
drug and alcohol services
addiction service
addiction services
substance misuse service
substance misuse services
drug clinic
club drug clinic
drug and alcohol clinic
alcohol clinic
alcohol team
crack cocaine
/\b(?:benzodiazepines?|benzos?|bzds?|alprazolam|lorazepam|clonazepam|zolpidem|zopiclone|diazepam|codeine|opioid|opiate|ketamine|cocaine|crack|heroin|cannabis|gabapentin|pregabalin|tramadol|oxycodone|fentanyl|morphine|ghb|gbl|methamphetamine|amphetamine|spice|nitrous oxide|alcohol|drug)\s+(?:dependence|dependency|addiction|use disorder|misuse)\b/ ?if=dependence|dependency|addiction|use|misuse
/\bdependent\s+on\s+(?:benzodiazepines?|benzos|diazepam|codeine|opioids?|opiates?|ketamine|cocaine|crack|heroin|cannabis|gabapentin|pregabalin|tramadol|oxycodone|fentanyl|alcohol|drugs)\b/ ?if=dependent
/\b(?:daily|regular|weekend|heavy|ongoing|problematic|iv|intravenous|injecting)\s+(?:ketamine|cocaine|crack|heroin|mephedrone|ghb|gbl|spice|methamphetamine|crystal meth)\s+use\b/ ?if=use
/\b(?:ketamine|mephedrone|ghb|gbl|spice|methamphetamine|crystal meth)\s+(?:use|user|users|misuse|abuse)\b/ ?if=use|user|users|misuse|abuse
ketamine uropathy
ketamine bladder
ketamine cystitis
ketamine-induced
/\b(?:\d+(?:[.,]\d+)?\s*(?:l|litres?|liters?|bottles?|cans?)|a\s+(?:litre|liter|bottle))\s+(?:of\s+)?(?:vodka|whisky|whiskey|gin|rum|spirits|wine|strong\s+cider|cider)\s+(?:a\s+day|per\s+day|daily|each\s+day|every\s+day|/\s*day|/\s*d)\b/ ?if=vodka|whisky|whiskey|gin|rum|spirits|wine|cider
/\b(?:drink\w*|drank|downs|downing)\s+(?:a|one|1|half a|a whole|a full|two|2)\s+bottles?\s+of\s+(?:wine|vodka|whisky|whiskey|gin|rum|spirits|cider|sherry|port)\s+(?:most|every|each|a|per)\s+(?:night|nights|evening|evenings|day|days)\b/ ?if=bottle|bottles
/\b(?:drink\w*|drank|downs|downing)\s+(?:about|around|roughly|approx\w*|nearly|almost|at least|up to|over|more than|close to|easily)\s+(?:a|one|1|half a|a whole|two|2)\s+bottles?\s+of\s+(?:wine|vodka|whisky|whiskey|gin|rum|spirits|cider|sherry|port)\s+(?:most|every|each|a|per)\s+(?:night|nights|evening|evenings|day|days)\b/ ?if=bottle|bottles
/\b(?:daily|nightly|all-day)\s+(?:cannabis|skunk|weed|marijuana|hash|spliffs?|joints?)\b(?![\s-]*(?:free|abstinen\w*|browns?))/ ?if=daily|nightly|all-day
narcotics anonymous
=NA meetings
drug service
drug services
drug treatment service
community drug team
drug and alcohol team
substance misuse team
=AA +near=attend\w*|meeting\w*|reunion\w*|sponsor|weekly|hebdo\w*|recovery|sobre|sober|abstinen\w*|12-step|frequente|va aux
alcooliques anonymes
narcotiques anonymes
cocaine anonymous
12-step
twelve-step
/\b(?:sobre|sober)\s+(?:depuis|for|since)\b/ ?if=sobre|sober
/\bin recovery\s+(?:from\s+)?(?:alcohol\w*|drugs?|heroin|opioids?|opiates?|cocaine|crack|addiction)\b/ ?if=recovery
/\baudit\s*(?:score\s*)?(?:[:=]\s*|de\s+|of\s+|a\s+)?(?:1[6-9]|[23]\d|40)(?:\s*\/\s*40)?\b(?:\s*\((?:probable|possible|likely|suggests?|suggesting|evoquant|en faveur d'une?)?\s*(?:alcohol\s+)?(?:dependence|dependance|dependency|mesusage|harmful|misuse)[^)]{0,20}\))?/ ?if=audit
/\b(?:[3-9]\d|[1-9]\d\d)\s*(?:u|units?|unites?|ua|uda)\s*(?:\/|per|par|a|an?|each|every)\s*(?:wk|wks|week|weeks|semaine|sem)\b/ ?if=wk|wks|units|unit|unites|unite|u|ua|uda +near=alcoo?l\w*|etoh|oh|drink\w*|boit|boire|bieres?|beers?|wine|vin|spirits|audit
/\b(?:[6-9]|[1-9]\d)(?:\s*(?:a|-|to)\s*\d+)?\s*(?:verres?|drinks|standard drinks|bieres|beers|pints)\s*(?:\/|per|par|a|an?|each|every)\s*(?:j|jour|d|day)\b/ ?if=verre|verres|drinks|bieres|beers|pints
/\b(?:skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|beuh|shit)\s*(?:\((?:smoked|fume\w*)\)\s*)?(?::\s*)?(?:daily|every day|every night|most days|all day|quotidien\w*|tous les jours|tous les soirs|chaque jour)\b/ ?if=skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|beuh|shit
/\b(?:cannabis|skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|herbe|beuh|shit)\b[^.,;\n\d]{0,30}?~?\s*\d+(?:[.,]\d+)?\s*(?:g|gr|grammes?|grams?)\s*(?:\/\s*(?:j|jour|d|day)\b|par jour|a day|per day|daily|quotidien\w*)/ ?if=cannabis|skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|herbe|beuh|shit
/\b\d+(?:[.,]\d+)?\s*(?:g|gr|grammes?|grams?)\s*(?:(?:\/\s*(?:j|jour|d|day)|par jour|a day|per day)\s+(?:of|de|d')\s*(?:cannabis|skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|herbe|beuh|shit)\b|(?:of|de|d')\s*(?:cannabis|skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|herbe|beuh|shit)\s*(?:\/\s*(?:j|jour|d|day)\b|par jour|a day|per day|daily|quotidien\w*))/ ?if=cannabis|skunk|weed|marijuana|marihuana|hash|hashish|haschich|ganja|thc|resine|herbe|beuh|shit
slam !before=\bgrand\s*$ !after=^\s*(?:dunk|poetry|poesie)\b
slamming
/\b(?:iv|intravenous|injecting|injected|injects|inject|slamming|slam)\s+(?:of\s+)?(?:ketamine|cocaine|crack|heroin|mephedrone|methamphetamine|crystal meth|crystal|meth|amphetamines?|speed|3-mmc|4-mmc|cathinones?)\b/ ?if=iv|intravenous|inject*|slam*
/\b(?:injection|injections|s'injecte|s'injectait|injecte)\s+(?:de\s+|d'|du\s+|de la\s+)?(?:cocaine|heroine|crack|ketamine|methamphetamine|speed|amphetamine\w*|3-mmc|cathinones?|subutex|skenan)\b/ ?if=injection*|injecte*
jeu pathologique
jeu compulsif
addiction aux jeux
addiction au jeu
gambling disorder
gambling addiction
problem gambling
pathological gambling
compulsive gambling
interdiction volontaire de jeux
chasing losses
chasing his losses
chasing her losses
chasing their losses
chases losses
gambling debt
gambling debts
betting debt
betting debts
dettes de jeu
gamblers anonymous
joueurs anonymes
gambling clinic
gambling service
gambling services
gambling treatment
gambling support service
joueur pathologique
joueuse pathologique
joueur compulsif
joueuse compulsive
jeu excessif
jeu problematique
/\b(?:pgsi|icje)\s*(?:score\s*)?(?:[:=]\s*|of\s+|de\s+|a\s+)?(?:[89]|1\d|2[0-7])(?:\s*/\s*27)?\b/ ?if=pgsi|icje
reconnait une dependance
reconnait sa dependance
centre de readaptation en dependance
=CRD +near=dependance\w*|toxicomanie|cocaine|coke|crack|alcool\w*|drogues?|opio\w*|cannabis|substances?|methamphetamine|speed
perte de controle +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b !after=^\s*(?:du|de la|de sa|de son|de l'|des|de ses)\s*(?:vehicule|voiture|velo|scooter|moto|camion|trottinette|car|vehicle|bike|motorbike|bladder|bowels?|vessie|sphincters?|urines?|weight|poids|glyc\w*|sugars?|diabet\w*|seizures?|crises?)\b
perd le controle +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b !after=^\s*(?:du|de la|de sa|de son|de l'|des|de ses)\s*(?:vehicule|voiture|velo|scooter|moto|camion|trottinette|car|vehicle|bike|motorbike|bladder|bowels?|vessie|sphincters?|urines?|weight|poids|glyc\w*|sugars?|diabet\w*|seizures?|crises?)\b
loss of control +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b !after=^\s*(?:of|over)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:vehicule|voiture|velo|scooter|moto|camion|trottinette|car|vehicle|bike|motorbike|bladder|bowels?|vessie|sphincters?|urines?|weight|poids|glyc\w*|sugars?|diabet\w*|seizures?|crises?)\b
out of control +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b
out of hand +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b
can't stop +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b
cannot stop +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b
unable to stop +near=(?:alcoo?l\w*|drinking|booze|etoh|cannabis|weed|joints?|cocaine|coke|crack|heroin\w*|opioid\w*|opiat\w*|benzo\w*|ketamin\w*|ghb|gbl|mephedrone|meph|3-?mmc|4-?mmc|crystal|methamphet\w*|chems|chemsex|chem-sex|slam\w*|amphet\w*|spice|drogues?|drugs|painkillers?|codein\w*|tramadol)\b
probleme d'alcool
problemes d'alcool
probleme avec l'alcool
problemes avec l'alcool
probleme avec la boisson
drinking problem
drink problem
alcohol problem
alcohol problems
problem with alcohol
problem with drink
problem with drinking
problem with booze
got a problem +near=alcohol\w*|booze|etoh|drunk|drinking|i drink|he drinks|she drinks|alcool\w*
have a problem +near=alcohol\w*|booze|etoh|drunk|drinking|i drink|he drinks|she drinks|alcool\w*
chemsex +near=(?<!pas de )(?<!sans )(?<!ni de )(?<!no )(?<!without )(?<!denies )(?<!ni )\b(?:perte de controle|perd le controle|loss of control|losing control|out of control|dependan\w*|dependen\w*|craving|compulsi\w*|binges?\b|n'arrive plus a|can't stop|cannot stop|unable to stop)
chem-sex +near=(?<!pas de )(?<!sans )(?<!ni de )(?<!no )(?<!without )(?<!denies )(?<!ni )\b(?:perte de controle|perd le controle|loss of control|losing control|out of control|dependan\w*|dependen\w*|craving|compulsi\w*|binges?\b|n'arrive plus a|can't stop|cannot stop|unable to stop)
/\b(?:boit|boire|buvait|bois|boivent|buvaient)\s+(?:tous les (?:soirs|jours)|chaque (?:soir|jour)|quotidiennement|du matin au soir|des le (?:matin|reveil))\b/ ?if=boit|boire|buvait|bois|boivent|buvaient !after=^\s*(?:[:,(-]\s*)?(?:(?:un|une|1|2|deux|one|two|a|an|half a|un demi)\s+(?:petit\s+|small\s+|seul\s+|single\s+)?(?:verres?|glass(?:es)?|bieres?|beers?|drinks?|units?|ballons?|demis?|pints?|coupes?|cans?)|1\s*(?:a|-|to|ou|or)\s*2\b|(?:au|with|with his|with her|at)\s+(?:repas|dinner|meals?|supper)) +near=alcoo?l\w*|oh|ethyl\w*|bieres?|vin|vodka|whisky|pastis|rhum|alcoolise\w*|ivre|alcoolisation\w*|alcoolemie
/\b(?:using|uses|use|drinking|drinks|drink)\s+['\"\u2018\u201c]?(?:daily|every day|every night|each night|nightly|every evening|all day)\b/ ?if=daily|every day|every night|each night|nightly|every evening|all day !after=^\s*(?:[:,(-]\s*)?(?:(?:un|une|1|2|deux|one|two|a|an|half a|un demi)\s+(?:petit\s+|small\s+|seul\s+|single\s+)?(?:verres?|glass(?:es)?|bieres?|beers?|drinks?|units?|ballons?|demis?|pints?|coupes?|cans?)|1\s*(?:a|-|to|ou|or)\s*2\b|(?:au|with|with his|with her|at)\s+(?:repas|dinner|meals?|supper)) +near=alcohol\w*|etoh|beers?|wine|vodka|spirits|drunk|intoxicated|dui|cider|lager|whiske?y|rum|gin
/\b(?:using|uses|use|drinking|drinks|drink)\s+(?:alcohol|etoh)\s+(?:daily|every day|every night|each night|nightly|every evening|all day)\b/ ?if=daily|every day|every night|each night|nightly|every evening|all day !after=^\s*(?:[:,(-]\s*)?(?:(?:un|une|1|2|deux|one|two|a|an|half a|un demi)\s+(?:petit\s+|small\s+|seul\s+|single\s+)?(?:verres?|glass(?:es)?|bieres?|beers?|drinks?|units?|ballons?|demis?|pints?|coupes?|cans?)|1\s*(?:a|-|to|ou|or)\s*2\b|(?:au|with|with his|with her|at)\s+(?:repas|dinner|meals?|supper))
daily alcohol use
daily drinking +near=alcohol\w*|etoh|beers?|wine|vodka|spirits|drunk|intoxicated|cider|lager|whiske?y
consommation quotidienne d'alcool
/\b(?:mari|ex-mari|conjoint|ex-conjoint|compagnon|ex-compagnon|concubin|pere|papa|beau-pere|frere|epouse|compagne|conjointe|mere|maman)\s+(?:boit|buvait|boivent)\b/ ?if=boit|buvait|boivent !after=^\s*(?:de l'eau|d'eau|du lait|de lait|du cafe|de cafe|du the|de the|des sodas?|du soda|du coca|des jus|du jus|de jus|(?:beaucoup|trop|peu|bien|assez)\s+(?:d'eau|de lait|de cafe|de the|de sodas?|de coca|de jus|de biberons?)|peu\b|bien\b|mal\b|normalement|suffisamment|pas\b|plus\b|rarement|occasionnellement|un peu|avec moderation|raisonnablement|en societe|socialement|ses biberons|son biberon|au biberon|au sein)
/\b(?:husband|ex-husband|boyfriend|partner|father|dad|stepfather|stepdad|wife|mother|mum|mom)\s+(?:drinks|drank|has been drinking|was drinking|is drinking)\b/ ?if=drinks|drank|drinking !after=^\s*(?:water|tea|coffee|milk|juice|squash|fizzy|soda|socially|occasionally|moderately|little|rarely|sensibly|within|a glass|one glass|a small|only\b|lots of water|plenty of)
/\b(?:boit)\s+(?:heavily|beaucoup|enormement|excessivement)\b/ ?if=drinks|drinking|boit +near=alcohol\w*|etoh|beers?|wine|vodka|spirits|alcoo?l\w*|oh|bieres?|vin
meth !before=\b(?:crystal)\s*$|\b(?:occasional|occasionally|occasionnel|occasionnelle|recreational|recreationally)\s+(?:[a-z0-9-]+\s*[/,]\s*){0,2}$ !after=^\s*(?:ylene|yl|od|ods)\b
/\b(?:fentanyl|meth|methamphetamine|crystal meth|crack|heroin|heroine|cocaine|ketamine|spice|mephedrone)\s*(?:\((?:smoked|injected|iv|snorted|inhaled|fume\w*|injecte\w*|sniffe\w*)\)\s*)?(?:daily|every day|most days|quotidien\w*|tous les jours)\b/ ?if=fentanyl|meth|methamphetamine|crystal|crack|heroin|heroine|cocaine|ketamine|spice|mephedrone
/\b(?:fentanyl|meth|methamphetamine|crystal meth|crack|heroin|heroine|cocaine|ketamine|mephedrone|3-mmc)\s+(?:\w+\s+){0,2}?(?:de (?:facon|maniere) (?:quotidienne|journaliere|pluriquotidienne)|quotidiennement|chaque jour|au quotidien|plusieurs fois par jour)\b/ ?if=fentanyl|meth|methamphetamine|crystal|crack|heroin|heroine|cocaine|ketamine|mephedrone|3-mmc
/\b(?:smokes|smoking|smoked|injects|injecting|injected|snorts|snorting|snorted|sniffe|sniffait|fume|fumait)\s+(?:\w+\s+)?(?:fentanyl|meth|crystal|heroin|heroine|crack|cocaine|speed)\b/ ?if=fentanyl|meth|crystal|heroin|heroine|crack|cocaine|speed
cushman +near=\d|score|sevrage|alcool\w*
/\b[45](?:\s*(?:-|a|to|ou|or)\s*[5-9])?\s*(?:bieres|beers|pints|verres)\s*(?:/\s*|per\s+|par\s+|a\s+|an?\s+|each\s+|every\s+|chaque\s+|tous\s+les\s+|most\s+)(?:j|jours?|d|days?|soirs?|nights?|evenings?)\b/ ?if=bieres|beers|pints|verres !after=^[^.;]{0,60}?\b(?:pas de|sans|ni|no|not|without|denies)\s+(?:\w+\s+)?(?:dependance|mesusage|dependence|dependency|misuse|addiction|craving)
/\b(?:une?|1|deux|2|a|one|two)\s*(?:bouteilles?|bottles?|litres?|l)\s+(?:de\s+|d'|of\s+)?(?:whisky|whiskey|vodka|pastis|rhum|rum|gin|cognac|ricard|spirits)\s+(?:tous les (?:2|deux|3|trois) jours|en (?:2|deux) jours|every (?:other|2|two|3|three) days?|in (?:2|two) days)/ ?if=whisky|whiskey|vodka|pastis|rhum|rum|gin|cognac|ricard|spirits
tremblements matinaux
tremblements le matin +near=alcoo?l\w*|\boh\b|boi\w*|buv\w*|whisky|vodka|bieres?|\bvin\b|etoh|sevrage
tremblements au reveil +near=alcoo?l\w*|\boh\b|boi\w*|buv\w*|whisky|vodka|bieres?|\bvin\b|etoh|sevrage
morning shakes
shakes in the morning +near=alcohol\w*|etoh|drink\w*|beers?|wine|vodka|spirits|whiske?y|withdrawal
morning tremor +near=alcohol\w*|etoh|drink\w*|beers?|wine|vodka|spirits|whiske?y|withdrawal
morning tremors +near=alcohol\w*|etoh|drink\w*|beers?|wine|vodka|spirits|whiske?y|withdrawal
/\b(?:\d+(?:\s*(?:a|-|to|ou|or|/)\s*\d+)?|un|une|deux|trois|quatre|cinq|six|dix|plusieurs|several|one|two|three|four|five|ten)\s+["'\u00ab\u201c]\s*(?:joints?|petards?|spliffs?|bedos?|douilles?|bangs?|blunts?|tarpes?|oinjs?)\s*["'\u00bb\u201d]\s*(?:/\s*j\b|/\s*jour|/\s*day|/\s*d\b|par jour|chaque jour|quotidien\w*|a day|per day|daily|every day|each day)/ ?if=joint|joints|petard*|spliff*|bedo|bedos|douille*|bang|bangs|blunt*|tarpe*|oinj*
=CIWA
ciwa-ar
=COWS +near=\d|score|withdrawal
/\b(?:\d+(?:[.,]\d+)?|une?|deux|trois|quatre)\s*(?:l|litres?|bouteilles?|cl)\s+(?:de\s+)?(?:whisky|vodka|pastis|rhum|gin|vin|biere|bieres|alcool|rouge|rose|blanc|cidre|spiritueux)\s*(?:/\s*j\b|/\s*jour|par jour|chaque jour|quotidien\w*|a la journee)/ ?if=whisky|vodka|pastis|rhum|gin|vin|biere|bieres|alcool|cidre|spiritueux|rouge|rose|blanc
drinks heavily
/\bempty\s+(?:vodka|wine|whisky|whiskey|gin|rum|cider|beer|lager|spirits?)\s+(?:bottles|cans)\b/ ?if=bottles|cans ?sign +near=drunk|intoxicated|passed out|asleep|slurr\w*|smel\w*|on it|since|every day|daily|hungover|unkempt|unresponsive
/\bbouteilles\s+(?:de\s+|d')?(?:vodka|whisky|vin|rouge|pastis|rhum|gin|biere|alcool|cidre)\s+vides\b/ ?if=vides ?sign +near=ivre|endormie?|haleine|odeur|sent l'alcool|alcoolise\w*|depuis|tous les jours|chaque jour|incurie|somnolente?|titube\w*
/\bbouteilles\s+vides\s+(?:de\s+|d')(?:vodka|whisky|vin|rouge|pastis|rhum|gin|biere|alcool|cidre)\b/ ?if=vides ?sign +near=ivre|endormie?|haleine|odeur|sent l'alcool|alcoolise\w*|depuis|tous les jours|chaque jour|incurie|somnolente?|titube\w*
on a bender
drinking binge
drinking heavily
drank heavily
withdrawal management
/\b(?:\d+(?:\s*(?:a|-|to|ou|or|/)\s*\d+)?|un|une|deux|trois|quatre|cinq|six|dix|plusieurs|several|one|two|three|four|five|ten)\s+(?:joints?|petards?|spliffs?|bedos|douilles?|bangs?|blunts?)\s*(?:/\s*j\b|/\s*jour|/\s*day|/\s*d\b|par jour|chaque jour|quotidien\w*|a day|per day|daily|every day|each day)/ ?if=joint|joints|petard*|spliff*|bedos|douille*|bang|bangs|blunt*
/\b(?:fume|fumait|fument|smokes|smoking|smoked)\s+(?:des\s+|du\s+)?(?:joints?|spliffs?|petards?|blunts?)\s+(?:tous les jours|tous les soirs|quotidiennement|chaque jour|des le matin|des le reveil|daily|every day|every night|first thing)/ ?if=joint|joints|spliff*|petard*|blunt*
/\bne\s+(?:peut|pouvait|peux|peuvent)\s+plus\s+s'en\s+passer\b/ ?if=passer +near=(?:alcoo?l\w*|oh|etoh|boire|boit|buvait|drink\w*|bieres?|beers?|vin|wine|vodka|whiske?y|pastis|cannabis|joints?|weed|shit|beuh|herbe|cocaine|coke|crack|heroine?|opiac\w*|opioid\w*|opiat\w*|morphin\w*|oxycod\w*|fentanyl|tramadol|codein\w*|benzo\w*|xanax|alprazolam|lexomil|bromazepam|valium|diazepam|temesta|lorazepam|seresta|oxazepam|rivotril|clonazepam|stilnox|zolpidem|imovane|zopiclon\w*|lyrica|pregabalin\w*|gabapentin\w*|ketamin\w*|ghb|gbl|somniferes?|hypnotiques?|anxiolytiques?|sleeping (?:pills|tablets)|painkillers?)\b
/\b(?:can't|cannot|can not|couldn't|could not|unable to)\s+(?:do|manage|cope|sleep|function|go a day|get through the day)\s+without\b/ ?if=without +near=(?:alcoo?l\w*|oh|etoh|boire|boit|buvait|drink\w*|bieres?|beers?|vin|wine|vodka|whiske?y|pastis|cannabis|joints?|weed|shit|beuh|herbe|cocaine|coke|crack|heroine?|opiac\w*|opioid\w*|opiat\w*|morphin\w*|oxycod\w*|fentanyl|tramadol|codein\w*|benzo\w*|xanax|alprazolam|lexomil|bromazepam|valium|diazepam|temesta|lorazepam|seresta|oxazepam|rivotril|clonazepam|stilnox|zolpidem|imovane|zopiclon\w*|lyrica|pregabalin\w*|gabapentin\w*|ketamin\w*|ghb|gbl|somniferes?|hypnotiques?|anxiolytiques?|sleeping (?:pills|tablets)|painkillers?)\b
/\bn'(?:arrive|arrivait|arrivent)\s+(?:pas|plus)\s+a\s+(?:reduire|arreter|diminuer|s'arreter|decrocher|se passer)\b/ ?if=reduire|arreter|diminuer|decrocher|passer +near=(?:alcoo?l\w*|oh|etoh|boire|boit|buvait|drink\w*|bieres?|beers?|vin|wine|vodka|whiske?y|pastis|cannabis|joints?|weed|shit|beuh|herbe|cocaine|coke|crack|heroine?|opiac\w*|opioid\w*|opiat\w*|morphin\w*|oxycod\w*|fentanyl|tramadol|codein\w*|benzo\w*|xanax|alprazolam|lexomil|bromazepam|valium|diazepam|temesta|lorazepam|seresta|oxazepam|rivotril|clonazepam|stilnox|zolpidem|imovane|zopiclon\w*|lyrica|pregabalin\w*|gabapentin\w*|ketamin\w*|ghb|gbl|somniferes?|hypnotiques?|anxiolytiques?|sleeping (?:pills|tablets)|painkillers?)\b
/\b(?:unable|can't|cannot|couldn't|could not|fails?|failed)\s+(?:to\s+)?(?:cut down|cut back)\b/ ?if=cut +near=(?:alcoo?l\w*|oh|etoh|boire|boit|buvait|drink\w*|bieres?|beers?|vin|wine|vodka|whiske?y|pastis|cannabis|joints?|weed|shit|beuh|herbe|cocaine|coke|crack|heroine?|opiac\w*|opioid\w*|opiat\w*|morphin\w*|oxycod\w*|fentanyl|tramadol|codein\w*|benzo\w*|xanax|alprazolam|lexomil|bromazepam|valium|diazepam|temesta|lorazepam|seresta|oxazepam|rivotril|clonazepam|stilnox|zolpidem|imovane|zopiclon\w*|lyrica|pregabalin\w*|gabapentin\w*|ketamin\w*|ghb|gbl|somniferes?|hypnotiques?|anxiolytiques?|sleeping (?:pills|tablets)|painkillers?)\b
/\b(?:obtain\w*|getting|got|gets|sourcing|sourced|collecting)\s+(?:extra|additional|further|duplicate)\s+(?:supplies|prescriptions|scripts|medication|tablets)\s+from\s+(?:another|a second|a different|other|multiple|several)\s+(?:surgery|surgeries|gps?|doctors?|practices?|prescribers?)\b/ ?if=supplies|prescriptions|scripts|medication|tablets
doctor shopping
nomadisme medical
nomadisme medicamenteux
nomadisme +near=prescri\w*|ordonnances?|medecins|pharmacies|benzo\w*|bzds?|opio\w*|opiac\w*|codein\w*|tramadol|alprazolam|xanax|lexomil|zolpidem|stilnox|subutex|methadone
doctor shopping
chevauchement d'ordonnances
ordonnances falsifiees
forged prescriptions
drug-seeking behaviour
drug-seeking behavior
alcohol blackouts
/\b(?:wants?|wanted|asking for|asks for|needs?|seeking|seeks)\s+help\s+(?:with|for)\s+(?:his|her|their|my)?\s*(?:alcohol|drinking|drug use|drugs|heroin|crack|cocaine|meth|gambling|addiction)\b/ ?if=help
/\bsubstance use\s+(?:program|programme|service|services|treatment|clinic|team|counsel\w*|support|worker|referral|specialist)\b/ ?if=substance
=AUD !after=^\s*\$?\s*[0-9] !before=(?:[0-9][0-9,.]*|\$)\s*$
=OUD

[reproductive SEX]
=IVG
ivg
i.v.g
i.m.g
f.i.v
p.m.a
=IMG
interruption volontaire de grossesse
interruption medicale de grossesse
interruption de grossesse
avortement*
avortee
fausse couche
fausses couches
fausse-couche
fausses-couches
=FCS
=FCP
=PMA !after=^\s*\(?\s*(?:poste|point)\s+(?:medical|de secours)
=AMP
procreation medicalement assistee
assistance medicale a la procreation
=FIV
fecondation in vitro
=ICSI
insemination*
=IAC
=IAD
insemination avec donneur
medically assisted reproduction
don d'ovocytes
don d'ovocyte
don d'ovules
donneuse d'ovocytes
ovocytes de donneuse
ovocytes de don
accueil d'embryon
accueil d'embryons
don d'embryon
don d'embryons
autoconservation ovocytaire
congelation d'ovocytes
congelation ovocytaire
congelation des ovocytes
congelation de ses ovocytes
congelation d'ovules
congelation embryonnaire
congelation d'embryons
congelation des embryons
oocyte freezing
stimulation ovarienne
induction de l'ovulation
induction d'ovulation
induction ovulatoire
inducteurs de l'ovulation
stimulation de l'ovulation
clomid !after=^[^.;\n]{0,40}\b(?:hypogonad\w*|testosteron\w*|gynecomast\w*)
clomifene !after=^[^.;\n]{0,40}\b(?:hypogonad\w*|testosteron\w*|gynecomast\w*)
clomiphene !after=^[^.;\n]{0,40}\b(?:hypogonad\w*|testosteron\w*|gynecomast\w*)
contraception d'urgence
pilule du lendemain
norlevo
ellaone
ulipristal
levonorgestrel 1,5*
levonorgestrel 1.5*
levonorgestrel !after=^\s*(\+|et\b|/|ethinyl|ee\b|iud|ius\b|diu|sterilet|implant|intra|52|13|19|0[,.]1|100|150|30\b|20\b) !before=\b(ethinyl\w*|pilule|pill|mirena|kyleena|jaydess|diu|iud|sterilet|minidril|leeloo|optilova|lovavulo)\b
mifepristone
mifegyne
misoprostol !after=^\s*(pour|for)\s+(ulc|gastr)
=TOP
termination of pregnancy
=BPAS
bpas
marie stopes
msi reproductive choices
terminations of pregnancy
medical termination
abortion*
miscarriage*
miscarried
=IVF !after=^\s*[:=-]?\s*(?:d5|d10|d5w|ns|nss|lr|rl|@|at [0-9]|[0-9]+(?:[.,][0-9]+)?\s*(?:ml|cc|l|litres?|liters?|%)\b|1/2|rate|bolus|maintenance|hydration|kvo|hartmann\w*|saline|normal saline|nacl|dextrose|glucose|plasma-?lyte|ringer\w*|crystalloids?|fluids?|running|infusing|hep-?lock\w*|saline lock\w*|\+\s*(?:kcl|potassium|k\b)) !before=\b(?:nbm|npo|nil by mouth|iv access|cannula\w*)\b[^.;]{0,30}$
=IUI
fertility treatment
egg freezing
emergency contraception
morning-after pill
morning after pill
=EHC
levonelle
=GEU
grossesse extra-uterine
grossesses extra-uterines
grossesse ectopique
ectopic pregnancy
ectopic pregnancies
tubal ectopic
tubal ectopics
ruptured ectopic
ampullary ectopic
isthmic ectopic
interstitial ectopic
cornual ectopic
previous ectopic
=FET
=FETs
frozen embryo transfer
frozen embryo transfers
fc en cours
fc incomplete
fc complete
fc precoce
fc tardive
fc spontanee
fc hemorragique
retention ovulaire
retention trophoblastique
first-trimester loss
first-trimester losses
second-trimester loss
second-trimester losses
sperm banking
sperm banked
banked sperm
sperm bank
sperm storage
banque de sperme
=MFIU
mort fœtale in utero
mort foetale in utero
mort in utero
deces in utero
intrauterine death
intra-uterine death
=IUFD
stillbirth
stillborn
enfant sans vie
mort-ne
mort-nee
mort-nes
mort-nees
mortinaissance
mortinaissances
enfant ne sans vie
enfant nee sans vie
ne sans vie
nee sans vie
acte d'enfant sans vie
deuil perinatal
perinatal loss
pregnancy loss
pregnancy losses
perte de grossesse
/\b(?:a|avait|ont|avaient|avoir)\s+perdu\s+(?:le|son|leur|un|sa|la)\s+(?:bebe|foetus|grossesse)\b/ ?if=perdu !after=^[^.;]{0,25}?\b(?:de vie|ans|mois|jours de vie)\b +near=sa|semaines?|grossesse|enceinte|expulsion|fausse|fcs|trimestre|saignements?|curetage|misoprostol|aspiration|echo\w*
/\b(?:lost|losing)\s+(?:the|her|their|a)\s+(?:baby|pregnancy|pregnancies)\b(?!\s*(?:weight|fat|'s))/ ?if=lost|losing !after=^[^.;]{0,25}?\b(?:old|of age|months|years)\b +near=weeks?|wks?|miscarr\w*|bleed\w*|scan|gestation|pregnan\w*|trimester|erpc|misoprostol|epau|products
/\b(?:will|is going to|would)\s+carry\s+(?:the|this|a)\s+pregnancy\b(?!\s+to\s+(?:full\s+)?term)|\b(?:pt|patient|she)\s+to\s+carry\b(?=\s*[.;,)\n])/ ?if=carry
/\bportera\s+(?:la grossesse|l'enfant|le bebe)\b|\bc'est\s+(?:[\w-]+\s+){1,2}?qui\s+portera(?=\s*[.;,)\n])/ ?if=portera
grossesse arretee
missed abortion
geste fœticide
geste foeticide
fœticide
foeticide
/\b(?:nee?s?|par|via|recours a la|recours a une|projet de)\s+gpa\b/ ?if=gpa
gestation pour autrui
mere porteuse !after=^\s*(?:(?:d'une?|de la|du|de l'|des|d')\s*)?(?:mutation\w*|variant\w*|genes?\b|allele\w*|anomalie\w*|translocation\w*|premutation\w*|heterozygote|saine|brca\w*|[a-z]{2,6}\d{1,2}\b|facteur\w*|factor|syndrome\w*|maladie\w*|trait\b|drepano\w*|hemophil\w*|chronique\w*|asymptomatique|(?:ag\s*)?hbs\w*|vhb|vhc|vih|hiv|hepatite\w*|strepto\w*|sgb|sarm|mrsa|blse|bmr)
surrogacy
surrogate mother
gestational surrogate
gestational surrogacy
traditional surrogate
via a surrogate
via surrogate
through a surrogate
by a surrogate
born to a surrogate
their surrogate
our surrogate
gestational carrier
=CECOS
preservation de la fertilite
preservation de fertilite
fertility preservation
oncofertilite
oncofertility
autoconservation
cryoconservation ovocytaire
cryoconservation de sperme
cryoconservation d'ovocytes
vitrification ovocytaire
vitrification des ovocytes
congelation de sperme
autoconservation de sperme
conservation de sperme
conservation du sperme
autoconservation du sperme
cryoconservation du sperme
sperm cryopreservation
semen cryopreservation
sperm freezing
semen freezing
semen banking
semen storage
cryopreservation of sperm
cryopreservation of semen
ponction ovocytaire
ponction folliculaire
transfert d'embryon
transfert d'embryons
transfert embryonnaire
embryons congeles
don de sperme
don de spermatozoides
donneur de sperme
oocyte cryopreservation
egg collection
egg retrieval
oocyte retrieval
ovarian stimulation
ovulation induction
induction of ovulation
embryo transfer
frozen embryo
frozen embryos
donor sperm
sperm donor
egg donor
egg donation
oocyte donation
donor eggs
donor oocytes
donor egg
embryo donation
donor embryo
donor embryos
=PGT-M
=PGT-SR
=PGT-A
diagnostic preimplantatoire
preimplantation genetic testing
termination +near=bpas|marie stopes|pregnan\w*|weeks?\b|wks?\b|\d+\s?/\s?40|\d+\s?sa\b|\d+\+\d|medical|surgical|mifepristone|misoprostol|fetal|foetal|anomaly|anomalies
terminations +near=pregnan\w*|weeks?\b|wks?\b|\d+\s?/\s?40|medical|surgical|fetal|foetal|anomaly|anomalies
/\b(?:opted|opts|opting|chose|chosen|chooses|choosing|decided|decides|elected|requested|requests|requesting|proceeded|proceeding)\s+(?:for|on|to have|with|to proceed with)\s+(?:an?\s+|the\s+)?(?:medical\s+|surgical\s+)?terminations?\b(?!\s+of\s+(?!(?:the\s+|her\s+|this\s+)?pregnan))/ ?if=termination|terminations
molar pregnancy
grossesse molaire
=ERPC
=SMM
=STOP !after=^\s*-?\s*(?:bang|homophob\w*|transphob\w*|violences?|harcelement|racisme|discriminations?)
=MTOP
surrogate pregnancy
emergency iud
emergency coil
emergency copper iud
emergency cu-iud
emergency iucd
emergency cu-iucd
emergency copper coil
emergency copper iucd
diu au cuivre en urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
diu en urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
diu-cu en urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
sterilet en urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
diu d'urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
sterilet d'urgence !before=\b(?:retrait|ablation|extraction|retire\w*|enleve\w*)\b[^.;]{0,25}$
=EC +near=(?:upsi|unprotected|levonelle|ulipristal|ellaone|ehc|iud|coil)\b|condom\w*|levonorgestrel|contracep\w*
=EC +near=\b(?:pep|pepse|sarc|sexual assault|raped?)\b.{0,60}?\b(?:given|taken|supplied|prescribed|issued|administered)\b|\b(?:given|taken|supplied|prescribed|issued|administered)\b.{0,60}?\b(?:pep|pepse|sarc|sexual assault|raped?)\b
/\b(?:not|pas)\s+(?:(?:wish|want|wishing|wanting)\w*\s+to\s+|souhaiter?\s+|vouloir\s+)?(?:to\s+)?(?:continue|keep|go ahead with|poursuivre|garder|mener a terme)\s+(?:the|this|her|my|la|cette|sa)\s+(?:pregnancy|grossesse)\b/ ?if=pregnancy|grossesse
/\b(?:terminate|terminating|end|ending|interrompre|arreter)\s+(?:the|this|her|my|la|cette|sa)\s+(?:pregnancy|grossesse)\b/ ?if=pregnancy|grossesse
=SAB +near=pregnan\w*|weeks?\b|wks?\b|\d+\s?w\b|g\d\s?p\d|gravida|miscarr\w*|hx|history|obstetric\w*|gyn\w* !before=\b(?:mssa|mrsa|staph\w*|aureus)\W*$ !after=^\W*(?:\w+\W+)?(?:bacter\w*|mssa|mrsa|staph\w*|aureus|blood cultures?|endocarditis)
=EAB +near=pregnan\w*|weeks?\b|wks?\b|\d+\s?w\b|g\d\s?p\d|gravida|hx|history|obstetric\w*|gyn\w*
/\bg\d{1,2}\s?p\d\d[1-9]\d\b/ ?if=g1*|g2*|g3*|g4*|g5*|g6*|g7*|g8*|g9*
/\bplan b(?: one-step)?\s*(?:\(?levonorgestrel\)?\s*)?1[.,]5\s*mg/ ?if=plan
/\bella\s*(?:\(ulipristal[^)\n]{0,20}\)\s*)?30\s*mg/ ?if=ella
postinor
plan b +near=remis|remise|donne|donnee|delivre\w*|given|took|taken|pharmac\w*|contracep\w*|condom\w*|preservatif|rapports?\s+(?:non\s+)?prot\w*|unprotected|upsi|lendemain|morning|emergency|urgence|pilule|pill
preservation ovocytaire
preservation des ovocytes
conservation ovocytaire
conservation des ovocytes
cryopreservation ovocytaire
vitrification +near=ovocyt\w*|oocyt\w*|embryo\w*|ovules?|eggs?
avorte !before=\b(?:processus|projet|accouchement|tentative)\s*$
avorter
missed ab !after=^\s*(?:doses?|course|tablets?|pills?|abx)\b
chemical pregnancy
chemical pregnancies
biochemical pregnancy
grossesse biochimique
grossesses biochimiques
blighted ovum
anembryonic pregnancy
oeuf clair
œuf clair
/\b(?:cryopreserv\w*|cryoconserv\w*|freez\w*|froze|frozen|vitrif\w*|bank|banked|banking|store|stored|storing|congeler|congele\w*)\s+(?:(?:her|his|their|some|of\s+her|ses|des|les|leurs)\s+)?(?:oocytes?|eggs?|embryos?|sperm|ovocytes?|ovules?|embryons?|sperme|spermatozoides|gametes?)\b/ ?if=cryopreserv*|cryoconserv*|freez*|froze|frozen|vitrif*|bank|banked|banking|store|stored|storing|congel* !after=^\s*(?:in|au|dans)\s+(?:the\s+|le\s+|la\s+)?(?:fridge|freezer|refrigerator|frigo|refrigerateur|congelateur)

[violence SDV]
violences conjugales
violence conjugale
violences intrafamiliales
violence intrafamiliale
=VIF
violences domestiques
violence domestique
violences physiques
tortur* !before=\b(?:freedom from|abolition de la|contre la|against)\s*$
mauvais traitements
ill-treatment
ill treatment
agressions verbales et physiques
agression verbale et physique
violences verbales et physiques
verbal and physical abuse
verbal and physical aggression
physically assaulted
pushed over by
shoved by
poussee par son
pousse par son
bousculee par son
bouscule par son
violence physique
violences psychologiques
violences !after=^\s*(sexuelles|sexuelle) !before=\b(?:cellule|centre|center|service|unite|association|maison|structure|dispositif|reseau|ligne|numero|permanence|plateforme|helpline|hotline|charity)\b[^.;\n]{0,60}?(?:victimes? (?:de|d')|contre les|against)\s*$
victime de violence*
femme battue
battue
battu
bat sa femme
frappee !after=^\s*par\s+(?:la foudre|(?:une?|le|la|les|l'|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache))\b
ete frappe !after=^\s*(?:par\s+(?:la foudre|(?:une?|le|la|les|l'|son|sa|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache))|d'(?:une?\s+)?(?:amende|sanction|incapacite|interdiction|nullite|stupeur|paralysie|amnesie|cecite|surdite|ineligibilite|avc)|de\s+(?:stupeur|plein fouet|paralysie|nullite|la foudre|cecite|surdite))\b
ete frappes !after=^\s*(?:par\s+(?:la foudre|(?:une?|le|la|les|l'|son|sa|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache))|d'(?:une?\s+)?(?:amende|sanction|incapacite|interdiction|nullite|stupeur|paralysie|amnesie|cecite|surdite|ineligibilite|avc)|de\s+(?:stupeur|plein fouet|paralysie|nullite|la foudre|cecite|surdite))\b
frappe par !after=^\s*(?:la foudre|(?:une?|le|la|les|l'|son|sa|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache))\b
frappee par !after=^\s*(?:la foudre|(?:une?|le|la|les|l'|son|sa|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache))\b
la frappe
le frappe
coups et blessures
a recu des coups
recu des coups
porte des coups
maltraitance*
/\bviolente?s?\s+(?:envers|avec|contre|towards|with)\s+(?:sa|son|ses|la|le|les|her|his|their)\b/ ?if=violent*
/\b(?:frappe|bat|battait|frappait|tape|tapait|giflait|gifle|hits|hit|hits|beats|beat|punches|punched|slaps|slapped)\s+(?:sa|son|ses|his|her|their)\s+(?:femme|epouse|compagne|conjointe|mari|compagnon|enfants?|fils|fille|mere|pere|wife|husband|partner|girlfriend|boyfriend|children|child|kids?|son|daughter|mother|father)\b/ ?if=frapp*|bat|tap*|gifl*|hit|hits|beat*|punch*|slap*
maltraite*
maltreatment
maltreated
sevices !after=^\s*(?:sexuels?|a caractere sexuel)
bebe secoue
syndrome du bebe secoue
negligence grave
negligences graves
/\b(?:ecchymoses|hematomes|bleus|lesions|fractures|brulures|bruises|bruising|injuries|burns)\s+(?:\w+\s+)?(?:of different ages|of varying ages|of differing ages|of various ages|(?:in|at|of)\s+(?:different|differing|varying|various|multiple)\s+stages(?:\s+of\s+healing)?|a\s+differents\s+stades|d'anciennetes?\s+differentes?|d'ages?\s+(?:differents?|divers|variables|varies|multiples))\b/ ?if=ages|age|stages|stades|anciennete|anciennetes ?sign
carence de soins
carences de soins
carence educative
carences educatives
=CRIP ?unless=sexual_violence
viol conjugal
viols conjugaux
marital rape
racket
rackette*
/\b(?:tapee?s?|frappee?s?|battue?s?|rackettee?s?|giflee?s?|etranglee?s?|poignardee?s?|tabassee?s?)\s+(?:(?:et\s+\w+|violemment|gravement|hier|(?:a(?!\s+(?:ete|eu)\b)|au|aux|sur|dans|en)\s+(?:[\w']+\s+){0,3}?[\w']+)\s+)?par\s+(?!(?:la foudre|(?:une?|le|la|les|l'|son|sa|ses|des)\s*(?:voiture|vehicule|camion|moto|scooter|velo|bus|ballon|balle|branche|porte|vague|cheval|vache|chien|collet|anneau|bride|cordon|echarpe|orifice|hernie|secretaire|secretariat|machine|ordinateur|clavier))\b)(?:un|une|des|deux|trois|plusieurs|d'autres|ses|son|sa|le|la|les)\b/ ?if=tape*|frapp*|battu*|racket*|gifl*|etrangl*|poignard*|tabass*
/\bcoups\s+(?:\w+\s+)?(?:de|du|de la|des|par)\s+(?:son|sa|ses|leur|la|le|l')?\s*(?:ex-?)?(?:conjoint|mari|compagnon|compagne|epoux|epouse|concubin|pere|mere|beau-pere|belle-mere|parents?|oncle|frere|fils|copain)\b/ ?if=coups
carence de soins
signalement !after=^\s*((de |d'|a l')?(pharmacovigilance|effet|evenement|ansm|materiovigilance|ei\b|incident)|(au |a la |a l'|aux )(smpr|cmp|usmp|ucsa|psy\w*|csapa|addicto\w*|medecin\w*|equipe soignante|service medical|(?:direction|directeur|directrice|cadre|employeur|hierarchie|drh|rh\b|ressources humaines)(?![^.;]*\b(?:procureur|parquet|ars|crip|dpj|police|gendarmerie)\b))|(de |d'|par )(l'employeur|la hierarchie|la direction)|\s*[:=-]\s*(alcool\w*|ivresse|ebriete|absenteisme|retards?)) ?unless=sexual_violence
information preoccupante ?unless=sexual_violence
ordonnance de protection
/\b(?:conjoint|mari|compagnon|copain|concubin|epoux|partenaire|ami|petit ami)(?=\s+(?:lui|l'|la|le)\s*(?:impose|imposait|a\s+impose|imposerait|force|forcait|a\s+forcee?|oblige|obligeait|a\s+obligee?|contraint|contraignait|a\s+contrainte?)\s+(?:a\s+avoir\s+)?(?:des|un)\s+(?:rapports?|relations?)\b)/ ?if=impose|imposait|imposerait|force|forcait|forcee|oblige|obligeait|obligee|contraint|contraignait|contrainte
emprise !after=^\s*(?:de l'alcool|d'alcool|de l'oh|alcoolique|de la boisson|de l'ivresse|de la drogue|de drogues?|du cannabis|de la cocaine|du crack|de l'heroine|de stupefiants|des stupefiants|de toxiques|des toxiques|du produit|des produits|de substances?|medicamenteuse|de medicaments|de la colere|de l'angoisse|de la psychose|du delire)
strangulation !before=\bherni\w* !after=^\s*(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?(?:herni\w*|bowel|intestin\w*|gut|colon|ovar\w*|testi\w*|cord)
tentative d'etranglement
/\b(?:mari|conjoint|compagnon|concubin|epoux|copain|partenaire|ami)\s+["'«“»”\s]*(?:la|me|l')\s*(?:prend|prenait|a prise?|avait prise?)\s+de force\b/ ?if=force
/\b(?:mari|conjoint|compagnon|concubin|epoux|copain|partenaire)\s+(?:\w+\s+)?(?:exige|exigeait|a exige)\s+des\s+(?:rapports|relations)(?:\s+sexuel(?:le)?s)?\b/ ?if=exige|exigeait +near=mal|douleur\w*|refus\w*|envie|droit|devoir conjugal|malgre|gre|consent\w*|pleure\w*|peur
plainte pour violence*
/\b(?:partner|husband|boyfriend|ex|wife|girlfriend|conjoint|mari|compagnon|ex-conjoint|ex-mari)\s+(?:\w+\s+)?(?:punched|kicked|slapped|hit|hits|beat|beats|hits|strangled|choked|pushed|threw|frappe|frappee|gifle|giflee|battait|bat|a frappe|l'a frappee|la frappe|etrangle|etranglee|pousse|poussee)\b/ ?if=punch*|kick*|slap*|hit|hits|beat*|strangl*|chok*|push*|threw|frapp*|gifl*|bat|etrangl*|pouss*
/\b(?:punched|kicked|slapped|hit|hits|beaten|strangled|choked|assaulted)\s+by\s+(?:her|his|their)\s+(?:\w+\s+)?(?:partner|husband|boyfriend|ex|wife|girlfriend|father|mother|stepfather)\b/ ?if=punch*|kick*|slap*|hit|hits|beat*|strangl*|chok*|push*|threw|frapp*|gifl*|bat|etrangl*|pouss*
/\b(?:frappee?|giflee?|battue?|etranglee?|poussee?|menacee?|bousculee?|coups(?: portes)?)\s+(?:[\w']+\s+){0,4}?par\s+(?:son|sa)\s+(?:ex-?)?(?:conjoint|mari|compagnon|compagne|epoux|epouse|concubin|pere|mere|beau-pere)\b/ ?if=par son|par sa|par son|coups*
coups de poing
coup de poing !after=^\s*(?:dans|contre|sur)\s+(?:un|une|le|la|les|l'|son|sa|ses|des)\s*(?:mur|murs|porte|portes|vitre|fenetre|miroir|table|armoire|placard|sac|frigo|voiture|casier|punching-?ball)\b
/\bfrappee?s?\s+(?:au|a la|a l'|aux)\s*(?:visage|tete|ventre|figure|dos|thorax|nez|bouche|machoire|crane|oeil|yeux|cou|poitrine|abdomen)\b/ ?if=frapp* !after=^\s*par\s+(?:une?|le|la|les|l'|des|son|sa)?\s*(?:ballon|balle|palet|branche|porte|objet|vague|volet|raquette|crosse|batte|cheval|vache|projectile|pierre|caillou|chute)\b !before=\b(?:ballon|balle|palet|branche|porte|objet|volet|vague|raquette|crosse|projectile)\b[^.;]{0,30}$
/\b(?:has|had|have)\s+(?:\w+\s+)?(?:slapped|hit|hits|punched|kicked|beaten|strangled|choked|pushed|assaulted)\s+(?:her|him|them|me)\b/ ?if=slapped|hit|hits|punched|kicked|beaten|strangled|choked|pushed|assaulted
/\b(?:l'a|l'avait|la|le)\s+(?:frappee?|giflee?|battue?|etranglee?|poussee?(?!\s+(?:a|au|aux|vers)\s)|bousculee?|frappait|battait|giflait|tapait)\b/ ?if=frapp*|gifl*|batt*|etrangl*|pouss*|bouscul*|tapait
/\bqui\s+(?:la|le|les)\s+(?:frappait|frappe|battait|bat|tapait|giflait|menacait)\b/ ?if=frapp*|bat|tapait|gifl*|menac*
/\bwho\s+(?:hit|hits|beat|beats|slapped|punched|kicked)\s+(?:her|him|them)\b/ ?if=hit|hits|beat*|slap*|punch*|kick*
/\b(?:des|de)\s+coups\b(?!\s+de\s+(?:soleil|froid|chaleur|fatigue|blues|fil|pouce|pied\s+au))/ ?if=coups* !after=\b(?:a l'entrainement|aux entrainements|en match|au match|en competition|au (?:judo|rugby|karate|football|foot|hockey|handball|combat|taekwondo|sparring)|a la boxe|en boxe|sur le ring|sur le tatami|sur le terrain)\b
/\b(?:tape|tapait|tapee?|frappe|frappait|frappee?|bat|battait|battue?|hits?|beats?|hit|hits|beat|beaten|whipped|struck|fouettee?)\s+(?:\w+\s+){0,2}?(?:avec|with)\s+(?:la|une|un|sa|son|ses|des|a|the|his|her|their)\s+(?:\w+\s+)?(?:ceintures?|belts?|batons?|sticks?|cables?|fil|fils|spatules?|martinet|cords?|wires?|slippers?|shoes?|chaussures?|hangers?|cintres?|straps?|whips?|fouets?|rods?|pipes?|tuyaux?|hoses?|spoons?|cuilleres?|rulers?|regles?|brooms?|balais?|canes?|cannes?|poeles?|branches?|switch|chargers?|chargeurs?|extension leads?|rallonges?)\b/ ?if=tap*|frapp*|bat|battait|battu*|hit|hits|beat*|whipped|struck|fouett* !after=\b(?:protest\w*|demonstration\w*|demo|riot\w*|manif\w*|rassemblement\w*|rally)\b !before=\b(?:protest\w*|demonstration\w*|demo|riot\w*|manif\w*|rassemblement\w*|rally)\b
/\b(?:he|she|il|elle)\s+(?:\w+\s+)?(?:pushes|pushed|hits|hit|hits|grabs|grabbed|slaps|slapped|kicks|kicked|beats|punches|punched|chokes|choked|bat|frappe|pousse|tape|gifle)\s+(?:(?:and|et)\s+\w+\s+)?(?:me|her|him|la|le|me|moi)\b/ ?if=push*|hit|hits|grab*|slap*|kick*|beat*|punch*|chok*|bat|frapp*|pouss*|tap*|gifl*
coups de pied
beatings
passage a tabac
/\b(?:kicked|punched|slapped|beaten|beaten up|struck|hit|assaulted|stamped on|kneed|choked|strangled|tasered|roughed up)\b(?:\s+[\w']+){0,3}?\s+by\s+(?:the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:arresting\s+|custody\s+|prison\s+|police\s+|detention\s+)?(?:officers?|police(?:m[ae]n)?|cops|warders?|gendarmes?)\b(?!\s*'s|\s+(?:car|cars|vehicle|van|horse|dog)s?\b)/ ?if=kicked|punched|slapped|beaten|struck|hit|assaulted|stamped|kneed|choked|strangled|tasered|roughed +near=\b(?:in (?:the |a |his |her )?cells?|in custody|custody suite|in detention|in prison|in jail|at the (?:police )?station|in the (?:police )?van|interview room|holding cell|while detained)\b !before=\b(?:protest\w*|demonstration\w*|demo|march|rally|riot\w*|manif\w*|rassemblement\w*|match|game|football|rugby)\b !after=\b(?:protest\w*|demonstration\w*|demo|march|rally|riot\w*|manif\w*|rassemblement\w*|match|game|football|rugby|car|vehicle)\b
passages a tabac
passe a tabac
passee a tabac
passes a tabac
tabasse
tabassee
tabasses
tabassage
falaka
falanga
falaka
bastinado
coups sur la plante des pieds
coups sur les plantes des pieds
coups sous la plante des pieds
/\b(?:beat|beaten|beating|hit|struck|caned|whipped)\s+(?:\w+\s+){0,3}?(?:the\s+)?soles\s+of\s+(?:my|his|her|their|the)\s+feet\b/ ?if=soles
/\b(?:hung|hanged|suspended|suspendue?s?|pendue?s?)\s+(?:\w+\s+)?(?:by the|by his|by her|by my|par les)\s+(?:arms|wrists|poignets|bras)\b/ ?if=hung|hanged|suspended|suspendu*|pendu*
strappado
fouette !before=\b(?:creme|blancs?|oeufs?)\s*$
fouettee !before=\b(?:creme|blancs?|oeufs?)\s*$
fouettes !before=\b(?:creme|blancs?|oeufs?)\s*$
fouettees !before=\b(?:creme|blancs?|oeufs?)\s*$
flogged
flogging
bastinado
bastonnade
brulures de cigarette
brulures de cigarettes
brulures par cigarette
cigarette burns
burned with cigarettes
burnt with cigarettes
brule a la cigarette
brulee a la cigarette
brule avec des cigarettes
brulee avec des cigarettes
brules avec des cigarettes
brule avec une cigarette
brulee avec une cigarette
burned him with cigarettes
burned her with cigarettes
burned me with cigarettes
burnt him with cigarettes
burnt her with cigarettes
burnt me with cigarettes
waterboarding
simulacre de noyade
mock drowning
mock execution
simulacre d'execution
/\b(?:helicopter|parrot)['"]?\s+position\b|\bposition\s+(?:dite\s+)?(?:de\s+l'|du\s+)?['"\u00ab]?\s*(?:helicoptere|perroquet)\b|\bpalestinian\s+hanging\b|\bpendaison\s+palestinienne\b|\bpau\s+de\s+arara\b/ ?if=helicopter|parrot|helicoptere|perroquet|palestinian|palestinienne|arara
/\b(?:forced|held|kept|made to stand|tied|put|placed)\s+(?:\w+\s+)?in\s+stress\s+positions?\b/ ?if=stress
rifle butt !after=^\s*(?:plates?|pads?|stocks?|extensions?)\b
rifle butts !after=^\s*(?:plates?|pads?|stocks?|extensions?)\b
rifle-butted
gun butt
gun butts
butt of a rifle
butt of his rifle
butt of their rifles
butts of their rifles
pistol-whipped
pistol-whipping
crosse de fusil
crosses de fusil
crosse de kalachnikov
crosse de leur fusil
crosse de son fusil
/\b(?:give|gives|gave|giving|given)\s+(?:her|him|me|them|the kids?|the children)\s+(?:a\s+)?(?:good\s+)?(?:clatter|clattering|hiding|beating|thumping|kicking|belting|wallop|walloping|hammering|leathering|battering|slap|smack|clip round the ear|clip around the ear)\b/ ?if=clatter*|hiding|beating|thumping|kicking|belting|wallop*|hammering|leathering|battering|slap|smack|clip
/\b(?:pushed|shoved|thrown|threw|slammed)\s+(?:her|him|me|them)\s+(?:hard\s+)?(?:against|into)\s+(?:a|the|his|her)\s+[a-z]+\s+(?:wall|door|doorframe|radiator|cupboard|table|fridge|window|worktop|counter)\b/ ?if=pushed|shoved|thrown|threw|slammed
/\bsuspen(?:du|due|dus|dues|sion|ded|sions)\s+(?:\w+\s+)?(?:par|by)\s+(?:les|ses|the|his|her|their|leurs)\s+(?:poignets|bras|pieds|chevilles|mains|pouces|wrists|arms|feet|ankles|hands|thumbs)\b/ ?if=suspendu*|suspension*|suspended
/\bsuspen(?:du|due|dus|dues|ded)\s+(?:la\s+)?(?:tete en bas|upside down|par les pieds)\b/ ?if=suspendu*|suspended
mariage force
mariages forces
mariee de force
marie de force
mariee contre son gre
/\b(?:donnee?s?|promise?s?)\W+en\s+mariage\b/ ?if=mariage
forced marriage
forced marriages
married against her will
married against his will
violence economique
violences economiques
economic abuse
economic violence
financial exploitation
exploitation financiere
abus de faiblesse
loop marks
loop-shaped marks
marques en boucle
/\b(?:boy|boys|girl|girls|man|men|woman|youths?|teenagers?|pupils?|students?|classmates?|peers?|strangers?|someone|somebody|gang|group|neighbou?rs?|colleagues?|customers?|clients?|passers?-by|resident|guards?|bouncers?|stewards?|doorm[ae]n|another\s+\w+|other\s+\w+)\s+(?:\w+\s+){0,3}?(?:hit|punched|kicked|slapped|beat|assaulted|attacked|pushed|shoved|headbutted|stabbed|strangled|choked)\s+(?:her|him|me|them)\b/ ?if=hit|punched|kicked|slapped|beat|assaulted|attacked|pushed|shoved|headbutted|stabbed|strangled|choked
=APS +near=vulnerable|elder\w*|caseworker|caregiver|exploitation|self-neglect|neglect|abuse|adult protective|reporter|caller !after=^\s*(?:antibod\w*|syndrome|anti\w*|screen|panel|titre|titer|positive|negative|\+|-)
coups de ceinture
roue de coups
recoit des coups
belt marks
/\b(?:pushed|shoved|threw|slammed|pinned)\s+(?:his|her|their|my)\s+(?:wife|husband|partner|girlfriend|boyfriend|ex|son|daughter|mum|mom|mother|dad|father|child|kids?|brother|sister)\s+(?:hard\s+)?(?:against|into|onto|down)\s+(?:a|the)\s+(?:\w+\s+)?(?:wall|door|doorframe|door frame|radiator|cupboard|table|fridge|floor|stairs|ground|car|window)\b/ ?if=pushed|shoved|threw|slammed|pinned
/\b(?:pousse|bouscule|projete|plaque)\s+(?:sa|son)\s+(?:femme|conjointe?|compagne|compagnon|mari|copine|copain|blonde|chum|fils|fille|enfant|mere|pere|frere|soeur)\s+(?:violemment\s+)?(?:contre|dans|par terre|au sol)\s+(?:(?:le|la|les|un|une)\s+)?(?:mur|porte|chambranle|escaliers?|meuble|table|radiateur|placard|frigo|sol)\b/ ?if=pousse|bouscule|projete|plaque
grip marks
elder abuse
financial abuse
/\b(?:taken|took|takes|taking)\s+control\s+of\s+(?:all\s+of\s+|all\s+)?(?:his|her|their|my)\s+(?:bank\s+cards?|bank\s+accounts?|accounts?|finances|money|pension|benefits|savings|cards?|wages|salary)\b/ ?if=control
/\b(?:controls?|controlled|controlling)\s+(?:all\s+)?(?:of\s+)?(?:his|her|their|my)\s+(?:bank\s+cards?|bank\s+accounts?|finances|money|pension|benefits|savings|wages|salary)\b/ ?if=control*
/\b(?:a\s+pris|prend|prenait|avait\s+pris)\s+le\s+controle\s+(?:de\s+|des\s+)?(?:sa|son|ses|leur|leurs)\s+(?:cartes?|comptes?|finances|argent|pension|retraite|economies|salaire|allocations?)\b/ ?if=controle
/\bcontrol(?:e|ait|ent)\s+(?:tout\s+)?(?:son|sa|ses|leur|leurs)\s+(?:argent|comptes?|finances|carte\s+bancaire|carte\s+bleue|cb|pension|retraite|salaire|economies|allocations?)\b/ ?if=controle|controlait|controlent
gifles
mis une claque
mis des claques
mise une claque
donne une claque
donne des claques
m'a tiree par les cheveux
m'a tire par les cheveux
m'a tire les cheveux
lui a tire les cheveux
lui tire les cheveux
pulled her hair
pulled my hair
pulled her by the hair
dragged her by the hair
grabbed her by the hair
m'a cogne la tete
m'a cognee la tete
lui a cogne la tete
lui cogne la tete
m'a tape la tete contre
lui a tape la tete contre
slammed her head against !before=\bshe\s*$
smashed her head against !before=\bshe\s*$
/\b(?:he|she)\s+['"\u2018\u2019\u201c\u201d«]\s*(?:hits|beats|slaps|punches|kicks|hit|slapped|punched|kicked)\s+(?:her|him|me)\b/ ?if=hits|beats|slaps|punches|kicks|hit|slapped|punched|kicked
certificate of injuries
certificat de coups
domestic violence
domestic abuse
=DV
=IPV !before=\b(?:td|dtap|dtpa|dtp|dt|hib|hexa\w*|penta\w*|tetra\w*|polio|tdap|ror|mmr)\s*[/,-]\s*$ !after=^\s*[/,-]\s*(?:hib|hepb|hbv|mmr|menc|td|dtap|varicella|mmrv|pcv\d*|rotavirus)\b
intimate partner violence
partner violence
hit by her
hit by his
beaten
battered
physical abuse
physically abused
emotional abuse
child abuse
child neglect
non-accidental injury
=NAI
neglect !before=\bself-?\s*$
~safeguarding ?unless=sexual_violence
~child protection !after=^\s*(?:paediatricians?|pediatricians?|doctors?|nurses?|leads?|consultants?|officers?|training|policy|procedures?)\b ?unless=sexual_violence
safeguarding referral ?unless=sexual_violence
/\bsafeguarding\s+(?:adults?|children|child|vulnerable\s+adults?)\s+(?:referral|concerns?|alert|report)\b/ ?if=safeguarding ?unless=sexual_violence
child protection referral ?unless=sexual_violence
child protection report ?unless=sexual_violence
coercive control
stalking
stalker
stalkers
cyberstalking
cyber-stalking
being stalked
been stalked
was stalked
is stalking
stalked by
harassed by her ex
harassed by his ex
harassment by her ex
/\bharcel\w*\s+(?:par|de)\s+(?:son|sa|leur)\s+(?:ex\b|ex-|ancien\w*\s+(?:compagnon|conjoint|mari|copain|partenaire))/ ?if=harcel*
/\b(?:turn(?:s|ed|ing)?|show(?:s|ed|ing)?)\s+up\s+(?:\w+\s+){0,2}?(?:outside|at)\s+(?:her|his|their)\s+(?:work\w*|house|home|flat|door|school|office|parents)/ ?if=turned|turns|turning|turn|showed|shows|showing|show +near=\bex\b|ex-\w+|former partner|former husband|restraining|harass\w*|police
/\b(?:he|husband|partner|boyfriend|ex|wife|girlfriend)\s+(?:\w+\s+)?(?:checks|checked|goes through|went through|monitors|monitored|reads|tracks|tracked)\s+(?:her|his|their)\s+(?:phone|mobile|messages|texts|emails|e-mails|location|bank statements?)\b/ ?if=checks|checked|goes|went|monitors|monitored|reads|tracks|tracked
/\b(?:isn't|is not|wasn't|was not|not|never)\s+allowed\s+to\s+(?:see|contact|call|phone|speak to|talk to|go out with)\s+(?:her|his|their)\s+(?:mum|mom|mother|dad|father|parents|family|friends|sister|sisters|brother|brothers|relatives)\b/ ?if=allowed +near=\bhe\b|husband|partner|boyfriend|wife|girlfriend|controlling|coerci\w*
/\b(?:il|mari|conjoint|compagnon|copain|concubin)\s+(?:\w+\s+)?(?:controle|controlait|fouille|fouillait|surveille|surveillait|lit|lisait)\s+(?:son|ses)\s+(?:telephone|portable|messages|sms|mails|textos)\b/ ?if=controle|controlait|fouille|fouillait|surveille|surveillait|lit|lisait
/\b(?:lui|m')\s*(?:interdit|interdisait|a interdit|avait interdit)\s+de\s+(?:voir|sortir|travailler|appeler|frequenter|parler)\b/ ?if=interdit|interdisait +near=\bmari\b|conjoint|compagnon|copain|concubin|\bex\b|ex-\w+|partenaire|controle coercitif
controle coercitif
aps report
aps referral
referral to aps
referred to aps
report to aps
reported to aps
called aps
aps notified
aps contacted
/\b(?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|father|mother|stepfather|brother|carer|caregiver)\s+["'“«]\s*(?:grabbed|shoved|pushed|hit|punched|kicked|slapped|choked|strangled)\s+(?:me|her|him)\b/ ?if=grabbed|shoved|pushed|hit|punched|kicked|slapped|choked|strangled
=MARAC
=IDVA
agression physique
agressions physiques
victime d'une agression !after=^\s*sexuel
victime d'agression !after=^\s*sexuel
victime d'agressions !after=^\s*sexuel
/\bagresse(?:e|s|es)?\b(?!\s+(?:sexuel|verbalement))/ ?if=agresse* !before=\bverbalement\s*$
/\bcoups\s+(?:au|a la|aux|sur le|sur la)\s+(?:visage|tete|ventre|thorax|dos|figure|face|crane|abdomen|yeux|corps)\b/ ?if=coups
rixe
rixes
bagarre
bagarres
brawl
brawls
brawling
punch-up
fist-fight
fist-fights
street fight
street fights
bar fight
pub fight
knife fight
gang fight
/\b(?:in|into|after|during|following|from)\s+(?:a|an)\s+(?:(?!verbal\b)\w+\s+)?fight\b(?!\s*(?:-|or\b|against\b|for\b|over\b|with\s+(?:his|her|their|my)\s+(?:\w+\s+)?(?:wife|husband|partner|girlfriend|boyfriend|ex|mum|mom|dad|mother|father|parents?|sister|brother|son|daughter|family|boss|manager|friend)|w/\s*(?:his|her|their|my)\b|(?:with|w/|avec)\s+(?:sa|son|ses)\s+(?:blonde|chum|copine|copain|femme|mari|conjointe?|compagne|compagnon|mere|pere|parents|frere|soeur|fils|fille|patron|boss)\b))/ ?if=fight
physical altercation
physical altercations
altercation physique
altercations physiques
/\baltercation\s+(?:with|w/)\s+(?:an?other|an?|the|two|three|several|some|\d+)\s+(?:\w+\s+)?(?:prisoners?|inmates?|detainees?|cellmates?|men|man|males?|youths?|strangers?|bouncers?|doorm[ae]n|security guards?|gang|group)\b/ ?if=altercation !before=\bverbal\s*$
arme blanche
coup de couteau
coups de couteau
plaie par balle !after=\b(?:lors|pendant|au cours|en marge)\s+(?:d'une|de la|des|du|d'|de|une|la|les)?\s*(?:manif\w*|rassemblements?|emeutes?|marche de protestation)\b
blessure par balle !after=\b(?:lors|pendant|au cours|en marge)\s+(?:d'une|de la|des|du|d'|de|une|la|les)?\s*(?:manif\w*|rassemblements?|emeutes?|marche de protestation)\b
blessures par balle
poignarde
poignardee
stab wound
stab wounds
stabbed
/\b(?:a|the)\s+stabbing\b(?!\s+(?:\w+\s+)?(?:pains?|sensations?|aches?|feelings?|quality|type|nature|character|headaches?|discomfort|chest|abdominal|epigastric|back|like|or|and\s+(?:burning|aching|sharp))|\s+in\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:\w+\s+)?(?:chest|abdo\w*|stomach|belly|back|side|flank|loin|head|eyes?|ears?|rif|lif|ruq|luq|epigastri\w*|groin|pelvis|legs?|arms?|shoulders?|neck|throat|jaw|tooth|teeth|knees?|foot|feet|heel|hips?|ribs?|bladder|rectum|vagina|penis|testicles?|scrotum|perineum|hand|wrist|ankle)\b)/ ?if=stabbing
/\bstabbing\s+(?:(?:his|her|their|my)\s+(?:\w+\s+)?(?:brother|sister|father|mother|dad|mum|mom|wife|husband|partner|son|daughter|friend|neighbou?r|girlfriend|boyfriend|flatmate|cousin|uncle|aunt|stepfather|cellmate|colleague)|him|her|them|someone|somebody|a\s+(?:man|woman|stranger|neighbou?r|boy|girl|youth|teenager|member)|another\s+\w+)\b/ ?if=stabbing
stabbings
knifed
knife attack
knife assault
attaque au couteau
agression au couteau
gunshot wound
assault !before=\b(?:sexual|indecent|verbal)\s*$ !after=^\s*(?:course|courses|rifles?|weapons?|boats?|craft|vehicles?|ladder|troops|helicopter)\b ?unless=sexual_violence
assaulted !before=\b(?:sexually|verbally)\s*$
physical assault
punched !after=^\s*(?:(?:a|the|his|her|their)\s+)?(?:(?:cell|bedroom|brick|kitchen|bathroom|concrete|glass|car|metal|wooden|front|back)\s+)?(?:walls?|doors?|door|window|mirror|glass|pane|punch\s?bag|bag|cupboard|fridge|locker|table|car|tree)\b
violence !after=^\s*(?:de la douleur|des douleurs|de la toux|du choc|des symptomes|of (?:the )?(?:pain|cough|symptoms)) !before=\b(?:cellule|centre|center|service|unite|association|maison|structure|dispositif|reseau|ligne|numero|permanence|plateforme|helpline|hotline|charity)\b[^.;\n]{0,60}?(?:victimes? (?:de|d')|contre les|against)\s*$
history of violence
acts of violence
threats of violence
menaces de mort
hate crime
racist attack
agression raciste
attaque raciste
=UAPED ?unless=sexual_violence
enfant en danger ?unless=sexual_violence
enfance en danger ?unless=sexual_violence
signalement au procureur ?unless=sexual_violence
signalement judiciaire ?unless=sexual_violence
/\b(?:father|mother|stepfather|stepmother|step-father|step-mother|parent|parents|uncle|brother|grandfather|pere|mere|beau-pere|belle-mere|oncle|frere|papa|maman|dad|mum|mom|client|inconnu|inconnus|stranger|strangers)\s+(?:\w+\s+)?(?:punched|kicked|slapped|hit|hits|beat|beats|strangled|choked|pushed|slaps|kicks|punches|chokes|strangles|pushes|shoves|shoved|frappe|frappait|gifle|giflait|battait|bat|tape|tapait|etrangle|pousse)\b/ ?if=punch*|kick*|slap*|hit|hits|beat*|strangl*|chok*|push*|shov*|frapp*|gifl*|bat|battait|tape|tapait|etrangl*|pouss*
abusive relationship
abusive relationships
abusive partner
abusive husband
abusive boyfriend
abusive ex
abusive ex-partner
abusive ex-husband
abusive marriage
abusive father
abusive stepfather
abusive parent
abusive parents
physically abusive
emotionally abusive
psychologically abusive
controlling behaviour
controlling behavior
controlling partner
controlling husband
controlling relationship
/\b(?:partner|husband|boyfriend|ex|ex-partner|ex-husband|wife|girlfriend|father|stepfather|mother|son)\s+(?:is|was|has\s+been|had\s+been|has\s+become|had\s+become|became|becomes|can\s+be|gets|got)\s+(?:\w+\s+)?(?:abusive|violent)\b/ ?if=abusive|violent
/\b(?:conjoint|mari|compagnon|compagne|epoux|concubin|ex|ex-conjoint|ex-mari|ex-compagnon|pere|beau-pere)[\s"'«“]+(?:(?!(?:non|pas|jamais|plus|nullement|aucunement)\b)\w+[\s"'«“]+){0,2}?(?:violente?s?|maltraitante?s?)\b/ ?if=violent*|maltraitant*
fabricated or induced illness
fabricated illness
induced illness
=FII
munchausen by proxy
munchausen syndrome by proxy
syndrome de munchausen par procuration
munchausen par procuration
inflicted injury
inflicted injuries
lesions infligees
non-accidental
abusive head trauma
shaken baby
shaken baby syndrome
emotional neglect
physical neglect
/\bneglected\s+by\b/ ?if=neglected
threats to kill
threatened to kill
/\bthreaten\w*\s+to\s+["'«“»”\s]*(?:put|throw)\s+acid\b/ ?if=acid
acid attack
/\bmenac\w*\s+de\s+(?:lui|me|la|l')\s*(?:jeter|lancer|mettre)\s+de\s+l'acide\b/ ?if=acide
vitriolage
threatening to kill
death threats
etranglement +near=(?:conjoint|compagnon|compagne|mari|ex|partenaire|pere|mere|plainte|police|victime)\b|ex-\w+|agress\w*|violen\w*
/\b(?:killed|murdered|stabbed|attacked|assaulted|raped)\s+by\s+(?:her|his|their|my)\s+(?:\w+\s+)?(?:ex-?)?(?:partner|husband|boyfriend|wife|girlfriend|father|mother|stepfather|son)\b/ ?if=killed|murdered|stabbed|attacked|assaulted|raped
/\b(?:punched|kicked|slapped|hit|beaten|strangled|choked|pushed|assaulted)\s+by\s+(?:her|his|their)\s+ex-(?:partner|husband|boyfriend|wife|girlfriend)\b/ ?if=punched|kicked|slapped|hit|beaten|strangled|choked|pushed|assaulted
homicide
murdered
/\b(?:husband|wife|partner|father|mother|brother|sister|son|daughter|children|child|parents|family|relatives?|uncle|cousin|mari|epoux|epouse|femme|pere|mere|frere|soeur|fils|fille|enfants?|parents|famille|oncle|cousine?)\s+(?:was|were|had been|has been|have been|a ete|ont ete|avait ete|avaient ete)\s+(?:\w+\s+)?(?:killed|executed|shot dead|tuee?s?|executee?s?|abattue?s?)\b(?!(?:\s+[\w']+){0,4}?\s+(?:accident\w*|crash\w*|collision|rtc|rta|road|traffic|route|avalanche|earthquake|seisme|tremblement|flood\w*|inondation\w*|lightning|foudre|fire|incendie|bombing|bombardement|(?:a|an|the|une?)\s+(?:falling\s+)?(?:car|truck|lorry|bus|train|vehicle|voiture|camion|tree|arbre))\b)/ ?if=killed|executed|shot|tue|tuee|tues|tuees|execute*|abattu*
massacred
assassinat
assassine
assassinee
assassines
assassinees
/\b(?:detenue?s?|emprisonnee?s?|incarceree?s?|arretee?s?|interpellee?s?|enlevee?s?|kidnappee?s?|sequestree?s?|detained|arrested|imprisoned|jailed|abducted|kidnapped)(?:\s+[\w']+){0,3}?(?:\s*,\s*|\s+(?:et|and|puis|then)\s+)(?:(?:a ete|avoir ete|ete|was|been|repeatedly|regulierement|plusieurs fois|violemment|severely|badly)\s+)?(?:frappee?s?|battue?s?|tabassee?s?|maltraitee?s?|torturee?s?|beaten|assaulted|tortured|ill-treated|mistreated|whipped)\b/ ?if=frapp*|battu*|tabass*|maltraite*|tortur*|beaten|assaulted|ill-treated|mistreated|whipped !before=\b(?:manif\w*|protest\w*|demonstration\w*|rassemblement\w*)\b !after=\b(?:manif\w*|protest\w*|demonstration\w*|rassemblement\w*)\b
/\b(?:killed|murdered|executed|shot dead|massacred|tuee?s?|abattue?s?|executee?s?)(?:\s+[\w']+){0,3}?\s+(?:(?:during|in|lors d'|lors de|pendant|au cours d'|au cours de|dans)\s+(?:an?\s+|the\s+|une?\s+|l'|la\s+|le\s+)?(?:armed\s+|militia\s+|rebel\s+|terrorist\s+|armee\s+)?(?:attacks?|raids?|massacres?|ambush\w*|attaques?|attentats?|embuscades?|pogroms?)|by\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:soldiers?|militia\w*|rebels?|armed men|gunm[ae]n|police|army|troops|gangs?|jihadists?|terrorists?)|par\s+(?:des|les|un|une|deux|trois|plusieurs)\s+(?:soldats?|militaires?|miliciens?|rebelles?|hommes armes|jihadistes?|djihadistes?|terroristes?|policiers?|bandits?))\b/ ?if=killed|murdered|executed|shot|massacred|tue|tuee|tues|tuees|abattu*|execute*
feminicide
femicide
safeguarding concern ?unless=sexual_violence
safeguarding concerns ?unless=sexual_violence
safeguarding alert ?unless=sexual_violence
adult safeguarding ?unless=sexual_violence
children's social care ?unless=sexual_violence
child protection plan ?unless=sexual_violence
child protection conference ?unless=sexual_violence
child protection medical ?unless=sexual_violence
=CP medical ?unless=sexual_violence
=CP plan ?unless=sexual_violence
section 47 ?unless=sexual_violence
=S47 ?unless=sexual_violence
strategy meeting !after=^\s*(?:booked|planned|to be (?:held|arranged|booked)|requested|pending|arranged|scheduled)\b ?unless=sexual_violence
strategy discussion !after=^\s*(?:booked|planned|to be (?:held|arranged|booked)|requested|pending|arranged|scheduled)\b ?unless=sexual_violence
=MASH ?unless=sexual_violence
referral to csc ?unless=sexual_violence
csc referral ?unless=sexual_violence
referred to csc ?unless=sexual_violence
mash referral ?unless=sexual_violence
referral to mash ?unless=sexual_violence
referred to mash ?unless=sexual_violence
=CAIT ?unless=sexual_violence
child abuse investigation ?unless=sexual_violence
=LADO ?unless=sexual_violence
restraining order
protective order
protection order !before=\b(?:fgm|mgf)\s*$
non-molestation order
no-contact order
/\b(?:(?:restraining|protective|protection|non[- ]?molestation|no[- ]?contact)\s+order|ordonnance\s+de\s+protection)\s+(?:pending|requested|awaited|en attente|demandee)\b/ ?if=order|ordonnance !before=\b(?:fgm|mgf)\s*$
domestic battery
domestic assault
/\b(?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|father|mother|stepfather|stepmother|brother|aide|carer|caregiver)\s+(?:\w+\s+){0,2}?(?:struck|hit|punched|kicked|slapped|beat|choked|strangled|grabbed|shoved|mauled)\s+(?:her|him|me|them)\b/ ?if=struck|hit|punched|kicked|slapped|beat|choked|strangled|grabbed|shoved|mauled
/\b(?:mauled|beaten|struck|hit|punched|kicked|slapped|choked|strangled|assaulted|battered|attacked)\s+(?:up\s+)?by\s+(?:her|his|their|my|a|the)\s+(?:live-in\s+|ex-|former\s+|common-law\s+)?(?:partner|husband|wife|boyfriend|girlfriend|spouse|son|daughter|father|mother|stepfather|brother|carer|caregiver|aide)\b/ ?if=mauled|beaten|struck|hit|punched|kicked|slapped|choked|strangled|assaulted|battered|attacked
/\bstrangled\s+(?:his|her|their)\s+(?:ex-?)?(?:girlfriend|wife|partner|boyfriend|husband)\b/ ?if=strangled
/\b(?:kicked|punched|slapped|beaten|struck|hit|headbutted|strangled|choked|stamped on|kneed)\b(?:\s+[\w']+){1,5}?\s+by\s+(?:her|his|their|my)\s+(?:ex-|former\s+|new\s+)?(?:partner|husband|wife|boyfriend|girlfriend|father|stepfather|mother|brother|son)\b/ ?if=kicked|punched|slapped|beaten|struck|hit|headbutted|strangled|choked|stamped|kneed
/\b(?:kicked|punched|slapped|beaten|attacked|headbutted|stamped on|kneed)\b(?:\s+[\w']+){0,4}?\s+by\s+another\s+(?:\w+\s+)?(?:lad|man|prisoner|inmate|patient|boy|girl|pupil|resident|detainee)\b/ ?if=kicked|punched|slapped|beaten|attacked|headbutted|stamped|kneed
/\b(?:compagne|compagnon|conjointe?|mari|femme|epouse|epoux|copine|copain|partenaire|ex)\s+(?:qui\s+)?(?:l'|la|le|me|m')\s*(?:a|avait)?\s*(?:mordue?|griffee?|brulee?)\b/ ?if=mordu|mordue|griffe|griffee|brule|brulee
/\b(?:pere|mere|beau-pere|belle-mere|mari|conjoint|compagnon|compagne|ex|frere|oncle|fils)\s+(?:lui|l'|m'|leur)\s*(?:a|avait|aurait)\s+["'«“»”\s]*casse\s+(?:le nez|la machoire|le bras|la jambe|le poignet|une cote|des cotes|les cotes|des dents|les dents|une dent|la main|les doigts)\b/ ?if=casse
/\b(?:locks?|locked|locking)\s+(?:her|him|me|them)\s+(?:in|up)\b/ ?if=lock|locks|locked|locking
/\bwithholds?\s+(?:her|his|their|my)\s+(?:meals|food|medication|medicines)\b/ ?if=withhold|withholds
beating with
beaten with
hematomes en forme de doigts
ecchymoses en forme de doigts
/\b(?:ecchymoses?|hematomes?|bleus)\s+(?:\w+\s+){1,3}en forme de doigts\b/ ?if=doigts
ecchymoses digitiformes
fingertip bruising
fingertip bruises
grip marks
adult protective service
adult protective services
vulnerable adults act
=VAW
/\b(?:imposee?s?|forcee?s?)\s+par\s+(?:son|sa|le|la)\s+(?:ex-?)?(?:conjoint|mari|compagnon|partenaire|epoux|concubin)\b/ ?if=impose*|force* +near=rapports?|relations?|sexe|sexuel\w*
coups recus
/\bcoups?\s+de\s+(?:batons?|crosses?|fusil|fouets|cravache|ceintures?|cables?|chicottes?|tuyaux?|barres? de fer|gourdins?|massue|machettes?|cutter|tessons?|bouteilles?|marteaux?|marteau|pelles?|pieds? de biche|chaises?|casques?|poing americain|rangers|bottes|chaussures?|nerf de boeuf|fils? electriques?|planches?|baguettes?)\b/ ?if=coup|coups
/\bcoups\s+(?:\w+\s+)?(?:avec|a l'aide d'?)\s*(?:des|un|une|la|le|les|sa|son|ses)?\s*(?:\w+\s+)?(?:tuyaux?|batons?|barres?|cables?|ceintures?|chaises?|bouteilles?|planches?|fouets?|fils?|chaines?|crosses?|machettes?|marteaux?)/ ?if=coups
chicotte
chicote
/\b(?:they|dem|guards?|soldiers?|men)\s+(?:\w+\s+)?(?:beat|beaten|hit|kicked|punched|slapped|tortured|whipped|burned|burnt|stabbed|shot|electrocuted|attacked|assaulted)\s+(?:me|us|him|her|them)\b(?!\s+(?:at|on penalties|in the (?:final|match|game|race)|\d))/ ?if=beat|beaten|hit|kicked|punched|slapped|tortured|whipped|burned|burnt|stabbed|shot|electrocuted|attacked|assaulted
/\b(?:he|she)\s+(?:\w+\s+)?beat\s+(?:me|us|him|her|them)\b(?!\s+(?:at|on penalties|in the (?:final|match|game|race)|\d))/ ?if=beat
/\b(?:ils|elles|on)\s+(?:m'|l'|nous|les|la|le)\s*(?:ont|a|avaient|avait)\s+(?:\w+\s+)?(?:frappee?s?|battue?s?|tabassee?s?|torturee?s?|fouettee?s?|poignardee?s?|giflee?s?)\b/ ?if=frapp*|battu*|tabass*|tortur*|fouett*|poignard*|gifl*
/\b(?:kicked|punched|slapped|beaten|attacked|stabbed|hit|struck|shoved|pushed|strangled|choked|headbutted|bitten|spat at|robbed|mugged)\b(?:\s+[\w']+){0,5}?\s+by\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:group\s+of\s+|gang\s+of\s+)?(?:\w+\s+)?['\"]?(?:youths?|men|man|woman|women|strangers?|gang|mob|group|teenagers?|boys?|girls?|guards?|soldiers?|bouncers?|prisoners?|inmates?|cellmates?|patients?|customers?|clients?|neighbou?rs?|someone|somebody|assailants?|attackers?|intruders?|burglars?|robbers?|muggers?|militia|militiamen|rebels?|boss|bosses|employers?|traffickers?|smugglers?|pimps?|gangmasters?|captors?|kidnappers?|jailers?)\b/ ?if=kicked|punched|slapped|beaten|attacked|stabbed|hit|struck|shoved|pushed|strangled|choked|headbutted|bitten|spat|robbed|mugged
/\b(?:attaquee?s?|agressee?s?|frappee?s?|battue?s?|lynchee?s?)\s+(?!sexuel|verbalement)(?:\w+\s+){0,3}?par\s+(?:des|un|une|deux|trois|quatre|plusieurs|\d+|la|les)\s+(?:\w+\s+)?(?:hommes|homme|individus|inconnus|inconnu|jeunes|bande|groupe|foule|soldats|militaires|miliciens|rebelles|gardiens|surveillants|codetenus?|voisins?|passeurs?)\b/ ?if=attaque*|agresse*|frapp*|battu*|lynch*
/\b(?:frappee?s?|battue?s?|tabassee?s?|torturee?s?|maltraitee?s?|beaten|tortured|assaulted|hit)\s+(?:\w+\s+)?(?:au commissariat|en garde a vue|en detention|en prison|en cellule|pendant (?:la|sa|son) (?:detention|garde a vue|incarceration)|lors de (?:son|sa) (?:arrestation|detention|garde a vue|interpellation)|in custody|in detention|in (?:the )?cells?|in prison|during (?:his|her|the) (?:arrest|detention|interrogation))/ ?if=frapp*|battu*|tabass*|tortur*|maltraite*|beaten|assaulted|hit
spat at
/\bspat\s+(?:on|in)\s+(?:her|him|me|them|staff|nurses?|officers?|a nurse|the nurse|his face|her face)\b/ ?if=spat
spitting at
/\b(?:a|m'a|lui a|leur a|l'a|ont)\s+crache\s+(?:dessus|au visage|a la figure|sur\s+(?:elle|lui|moi|eux|l'infirmiere|le soignant|les soignants))\b/ ?if=crache
crachat au visage
/\b(?:said|says|told\s+\w+|threaten\w*)\s+(?:that\s+)?(?:he|she|they|he'd|she'd|they'd|he'll|she'll|they'll)\s*(?:would|will|'d|'ll)?\s*(?:break|kill|hurt|beat|stab|smash|burn|shoot|strangle|finish)\s+(?:my|your|her|his|their|me|him|them|you|the job)\b/ ?if=break|kill|hurt|beat|stab|smash|burn|shoot|strangle|finish
/\b(?:told|threatened)\s+(?:me|her|him|us|them)\s+(?:that\s+)?(?:i|she|he|we|they)\s+(?:would|will|'d)\s+be\s+(?:killed|executed|shot|murdered|hanged)\b/ ?if=killed|executed|shot|murdered|hanged
je te creve
je vais te crever
je vais te tuer
je te tue
je vais te buter
i'll kill you
i will kill you
gonna kill you
going to kill you
/\bmenac\w*\s+de\s+(?:la|le|les|l'|lui|me|m')\s*(?:tuer|frapper|bruler|defigurer|egorger|etrangler|poignarder|crever|buter)\b/ ?if=menac*
/\bthreaten\w*\s+(?:her|him|me|them)\s+with\s+(?:a|an|his|her)\s+(?:knife|gun|machete|weapon|bat|hammer|axe)\b/ ?if=threaten*
/\bmenacee?s?\s+(?:avec|au|a l'aide d')\s*(?:un|une)?\s*(?:couteau|arme|pistolet|fusil|machette|marteau|hache)\b/ ?if=menace|menacee|menaces|menacees
/\b(?:serre|serrait|serree|serraient|serrer)\s+(?:le|son|mon|sa)\s+cou\b/ ?if=cou
/\b(?:il|ils|elle|mari|conjoint|compagnon|compagne|copain|ex|pere|mere|beau-pere|frere|agresseur)\s+(?:me|lui|la|l')\s*(?:serre|serrait|a serre|avait serre|serrent)\s+(?:la gorge|le cou)\b/ ?if=gorge|cou
/\b(?:hands?)\s+round\s+(?:her|his|my|their)\s+(?:neck|throat)\b/ ?if=neck|throat
/\bstrangling\s+(?:(?:his|her|their|my|the)\s+)?(?:mother|mum|mom|wife|partner|girlfriend|boyfriend|husband|sister|daughter|son)\b/ ?if=strangling
/\b(?:mains?|hands?)\s+(?:autour\s+(?:du|de son|de mon)\s+cou|around\s+(?:her|his|my|their)\s+(?:neck|throat))\b/ ?if=cou|neck|throat
/\b(?:grabbed|grabs|held|seized|pulled|dragged)\s+(?:her|him|me|them)\s+by\s+the\s+(?:throat|neck|hair)\b/ ?if=throat|neck|hair
/\b(?:pulled|pulls|pulling|yanked)\s+(?:her|his|my)\s+hair\b/ ?if=hair
/\b(?:saisi|saisie|attrape|attrapee|empoigne|empoignee|agrippe|agrippee)\s+(?:\w+\s+)?(?:a la gorge|au cou|par le cou|par la gorge|par les cheveux)\b|\b(?:pris|prise)\s+(?:\w+\s+)?(?:par le cou|par les cheveux)\b/ ?if=gorge|cou|cheveux
/\btrainee?s?\s+par\s+les\s+cheveux\b/ ?if=cheveux
/\bl'(?:a|avait|aurait)\s+["'\s]*(?:secouee?|tiree? par les cheveux|trainee? par les cheveux|etranglee?|etouffee?|cognee?|bousculee?|jetee? (?:a terre|au sol|contre)|plaquee? (?:contre|au sol|a terre|par terre|au mur))\b/ ?if=plaque*|secoue*|tire*|traine*|etrangl*|etouff*|cogne*|bouscul*|jete*
/\bl'avoir\s+["'\u00ab\u201c\s]*(?:secouee?|frappee?|giflee?|battue?|cognee?|etranglee?|tabassee?)\b/ ?if=secoue*|frappe*|gifle*|battu*|cogne*|etrangle*|tabasse*
/\b(?:admit\w*|admission of|confessed)\s+(?:to\s+)?(?:shaking\s+(?:her|him|them)\b(?!\s+(?:own\s+)?(?:head|fist|hand|leg|arm|knee|foot)s?\b)|(?:shaking|hitting|slapping|punching|kicking|beating|smacking|throttling)\s+(?:the baby|the child|the boy|the girl|the kids|the children|(?:his|her|their)\s+(?:baby|son|daughter|child|children|kids|partner|wife|husband|girlfriend|boyfriend)))\b/ ?if=admit*|admission|confessed
/\b(?:mari|conjoint|compagnon|copain|concubin|epoux|ex|ex-mari|ex-conjoint|ex-compagnon|pere|beau-pere|fils|frere)\s+["'«“]?\s*(?:la|le|l'|les|me|m')\s*(?:a\s+|avait\s+)?(?:secoue|secouait|secouent|secouee?)\b/ ?if=secoue*|secouait|secouent
/\b(?:il|ils|et)\s+["'«\u201c]?\s*(?:la|l'|me|m')\s*["'«\u201c]?\s*(?:secoue|secouait|secouent)\b/ ?if=secoue|secouait|secouent
/\b(?:pinned|pins|pinning)\s+(?:her|him|me|them)\s+(?:down|against|to the (?:wall|floor|ground|bed))/ ?if=pinned|pins|pinning ?unless=sexual_violence
/\b(?:he|husband|partner|boyfriend|father|dad|stepfather|mother|mum|mom|son|ex)\s+(?:\w+\s+)?(?:shook|shakes|grabbed and shook)\s+(?:her|him|me|them|the baby|the child)\b(?!\s+(?:hand|hands))/ ?if=shook|shakes
/\b(?:lui|leur|me|m'|te|t')\s*(?:a\s+|avait\s+|aurait\s+|ont\s+)?(?:deja\s+)?(?:tordu|tord|tordait)\s+(?:le|les|un|la|sa|son|ses)\s+(?:poignets?|bras|doigts?|mains?|pouce|cou|oreille)\b/ ?if=tordu|tord|tordait
/\b(?:he|husband|partner|boyfriend|son|father|dad|stepfather|brother|ex|carer)\s+(?:\w+\s+)?twist(?:ed|s|ing)\s+(?:her|my)\s+(?:arm|wrist|fingers?|hand)\b|\btwisted\s+(?:her|his|my)\s+arm\s+(?:up\s+)?behind\b/ ?if=twisted|twists|twisting
gifle
/\bbousculee?s?\s+(?:\w+\s+){0,2}?(?:par|dans les vestiaires|dans la cour|dans l'escalier|dans les escaliers|dans le couloir|a terre|au sol|contre)\b/ ?if=bouscul*
/\binsultee?s?\s+(?:\w+\s+){0,3}?et\s+(?:bousculee?s?|frappee?s?|poussee?s?|menacee?s?|agressee?s?|tapee?s?)\b/ ?if=insulte*
=GSW
gsw
gunshot
gunshot wounds
shots fired
drive-by
/\bshot\s+(?:in|through)\s+the\s+(?:leg|legs|chest|head|back|arm|arms|abdomen|stomach|thigh|neck|face|foot|buttock|shoulder)\b/ ?if=shot
blessure par arme a feu
blessures par arme a feu
plaie par arme a feu
plaies par arme a feu
blesse par balle !after=\b(?:lors|pendant|au cours|en marge)\s+(?:d'une|de la|des|du|d'|de|une|la|les)?\s*(?:manif\w*|rassemblements?|emeutes?|marche de protestation)\b
blessee par balle !after=\b(?:lors|pendant|au cours|en marge)\s+(?:d'une|de la|des|du|d'|de|une|la|les)?\s*(?:manif\w*|rassemblements?|emeutes?|marche de protestation)\b
=HVIP
violence intervention program
plaies de defense
lesions de defense
defensive wounds
defence wounds
defense wounds
defensive injuries
/\ben se defendant\s+(?:contre|d'|de)\b/ ?if=defendant
/\bdefending\s+(?:herself|himself|themselves|myself)\s+(?:from|against)\b/ ?if=defending
/\b(?:deliberately|intentionally|purposely|on purpose)\s+(?:drove|driven|accelerated|reversed|rammed|ran|swerved|aimed)\s+(?:\w+\s+){0,2}?(?:into|over|at|towards)\b/ ?if=deliberately|intentionally|purposely|purpose
/\b(?:volontairement|deliberement|intentionnellement)\s+(?:percutee?|renversee?|fonce\s+sur|ecrasee?)\b/ ?if=volontairement|deliberement|intentionnellement
/\b(?:lui|leur|me|m')\s*(?:prend|prenait|a pris|avait pris|vole|volait|a vole|confisque|confisquait|a confisque)\s+(?:tout\s+|toute\s+|tous\s+|toutes\s+)?(?:sa|son|ses|leur|leurs|ma|mon|mes)\s+(?:retraite|pension|argent|carte bancaire|carte bleue|cb|economies|allocations?|salaire|papiers|passeport|rsa|aah)\b/ ?if=retraite|pension|argent|carte|cb|economies|allocation*|salaire|papiers|passeport|rsa|aah
/\b(?:retire|retirait|a retire|avait retire|preleve|prelevait|a preleve|vide|vidait|a vide|utilise|utilisait|a utilise|garde|gardait|prend|prenait|a pris|depense|depensait|a depense|withdraws|withdrew|withdrawing|has withdrawn|takes|took|taking|has taken|uses|used|using|keeps|kept|keeping|spends|spent|spending|empties|emptied|emptying)\b[^.\n;]{0,60}?\b(?:argent|comptes?|cartes?\s+(?:bancaires?|bleues?)|cb|cheques?|chequier|retraite|pension|economies|livret|money|(?:bank\s+)?accounts?|(?:bank\s+)?cards?|savings|benefits|chequebook|pension)\b[^.\n;]{0,60}?\b(?:sans\s+(?:son|leur)\s+(?:accord|consentement|autorisation)|a\s+son\s+insu|without\s+(?:her|his|their)\s+(?:consent|permission|knowledge|agreement))/ ?if=accord|consentement|autorisation|insu|consent|permission|knowledge
/\b(?:took|takes|taking|taken|withheld|withholds|withholding|confiscated|confiscates|stole|steals|stealing|controls|controlled|controlling)\s+(?:all\s+)?(?:her|his|their|my)\s+(?:bank\s+cards?|pension|money|benefits|wages|salary|earnings|passport|papers|documents|finances)\b/ ?if=card|cards|pension|money|benefits|wages|salary|earnings|passport|papers|documents|finances
/\b(?:l'enferme|l'enfermait|l'enfermaient|l'enferment|l'a enfermee?|l'avait enfermee?)\b/ ?if=enferme|enfermait|enfermaient|enferment|enfermee
/\bsequestree?s?\s+(?:\w+\s+){0,3}?par\s+(?:son|sa|ses|le|la|les|un|une|des)\b/ ?if=sequestre*
/\b(?:a|avoir|ai)?\s*peur\s+de\s+(?:son|sa|mon|ma)\s+(?:ex-?)?(?:conjoint|mari|compagnon|compagne|partenaire|copain|ex|epoux|concubin)\b/ ?if=peur
/\b(?:afraid|scared|frightened|terrified)\s+(?:of|to go home to)\s+(?:her|his|my|their)\s+(?:ex-?)?(?:partner|husband|boyfriend|wife|girlfriend|ex|spouse)\b(?!'s)/ ?if=afraid|scared|frightened|terrified
/\b(?:il|elle|qui)\s+(?:\w+\s+)?(?:lui|m'|t'|leur)\s*(?:a|avait|aurait)\s+(?:deja\s+)?(?:casse|fracture|brise|ouvert|explose|pete)\s+(?:le|la|les|un|une|l')\s*(?:poignet|bras|nez|machoire|cotes?|jambe|doigts?|dents?|arcade|levre|pommette|crane|epaule|main|tympan)\b/ ?if=casse|fracture|brise|ouvert|explose|pete
/\b(?:he|husband|boyfriend|partner|father|dad|stepfather|ex)\s+(?:\w+\s+)?(?:broke|fractured|cracked|dislocated|split)\s+(?:her|my)\s+(?:wrist|arm|nose|jaw|ribs?|leg|fingers?|teeth|tooth|cheekbone|lip|eye socket|collarbone|shoulder)\b/ ?if=broke|fractured|cracked|dislocated|split
/\b(?:she|wife|girlfriend|mother|mum|mom)\s+(?:\w+\s+)?(?:broke|fractured|cracked|dislocated|split)\s+(?:his|my)\s+(?:wrist|arm|nose|jaw|ribs?|leg|fingers?|teeth|tooth|cheekbone|lip|eye socket|collarbone|shoulder)\b/ ?if=broke|fractured|cracked|dislocated|split
chatiments corporels
punitions corporelles
corporal punishment
forced labour
forced labor
travail force
modern slavery ?unless=sexual_violence
esclavage moderne
domestic servitude
servitude domestique
debt bondage
reduite en esclavage
reduit en esclavage
s47 ?unless=sexual_violence
/\b(?:par|by)\s+(?:son|sa|her|his|their|my|l')\s*(?:ex-?|former\s+|ancien\s+)?(?:conjoint|mari|compagnon|compagne|epoux|concubin|partenaire|copain|petit ami|partner|husband|boyfriend|spouse|ex|ex-partner|ex-husband|ex-boyfriend|ex-mari|ex-conjoint|ex-compagnon)\b/ ?if=viol|viols|violee|violees|rape|raped|rapes|raping|sexuellement|sexual|sexually|sexuelle|sexuelles|penetration*|forced|forces|imposes +near=viol\b|viols\b|violee?s?\b|rape\w*|raped|forced sex|forced intercourse|sexuellement|sexual(?:ly)? assault\w*|agressions? sexuelles?|penetration\w*|rapports? (?:sexuels? )?(?:forces|non consentis|imposes)
/\b(?:il|elle|ils|elles|on|qui)\s+(?:me|m'|nous|la|le|l'|les)\s*(?:a\s+|avait\s+|ont\s+|avaient\s+)?(?:deja\s+|souvent\s+|encore\s+)?(?:frappee?s?|frappe|frappait|frappaient|bat|battait|battaient|battue?s?|tape|tapait|tapee?s?|giflee?s?|gifle|giflait|cogne|cognait|cognee?s?|etranglee?s?|etrangle|etranglait|tabassee?s?|bousculee?s?)\b(?!\s+(?:sur\s+(?:les nerfs|le systeme)|aux echecs|aux cartes|au tennis|a plate couture))/ ?if=frapp*|bat|battait|battaient|battu*|tape|tapait|tapee*|gifl*|cogn*|etrangl*|tabass*|bouscul*
/\b(?:il|elle|ils|on|qui)\s+(?:me|m'|nous|la|l')\s*(?:a\s+|avait\s+|ont\s+)?(?:deja\s+)?(?:poussee?s?|pousse|poussait)\b(?!\s+(?:a|au|aux|vers)\b)/ ?if=pousse*|poussait
menace de mort
menacee de mort
menacees de mort
/\b(?:il|elle|ils|on|qui)\s+(?:me|m'|nous|lui|leur)\s*(?:prend|prenait|a pris|avait pris|vole|volait|a vole|confisque|a confisque)\s+(?:tout\s+|toute\s+|tous\s+|toutes\s+)?(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos)\s+(?:argent|retraite|pension|carte bancaire|carte bleue|cb|economies|allocations?|salaire|papiers|passeport|rsa|aah)\b/ ?if=argent|retraite|pension|carte|cb|economies|allocation*|salaire|papiers|passeport|rsa|aah
/\b(?:client|customer|punter|stranger|neighbou?r|colleague|someone|somebody|passenger|dad|father|stepfather|mum|mom|mother|brother|son|grandson)\s+(?:\w+\s+)?(?:got|gets|getting|became|becomes|turned)\s+(?:\w+\s+)?(?:violent|physical)\b/ ?if=violent|physical
/\b(?:slapped|punched|headbutted|head-butted|shoved)\s+(?:her|him|me|them)\b(?!\s+on\s+the\s+back)/ ?if=slapped|punched|headbutted|head|shoved
/\b(?:threw|throws|throwing|thrown|hurled|hurls|flung)\s+(?!up\b|a\s+tantrum|a\s+fit|a\s+party|a\s+wobbly|(?:a\s+|the\s+)?balls?\b)(?:[\w']+\s+){1,3}?(?:at|towards)\s+(?:her|him|me|them|the\s+(?:patient|child|pt))\b/ ?if=threw|throws|throwing|thrown|hurled|hurls|flung
/\b(?:lui|m'|leur)\s*(?:a|avait|ont|avaient)\s+(?:lance|jete|balance)\s+(?:une?|des|la|le|les|son|sa|ses|l')\s*(?!regards?\b|sorts?\b|defis?\b|ballons?\b|balles?\b|coups? d'oeil|coups? d'œil)\w+/ ?if=lance|jete|balance
/\b(?:pousse|poussee|plaque|plaquee|projete|projetee|bouscule|bousculee)\s+(?:violemment\s+)?contre\s+(?:un|une|le|la|les|l')\s*(?:mur|murs|porte|radiateur|meuble|table|frigo|placard|voiture)\b/ ?if=pouss*|plaqu*|projet*|bouscul*
/\b(?:pushed|shoved|thrown|slammed|pinned)\s+(?:her|him|me|them)\s+(?:hard\s+)?(?:against|into)\s+(?:a|the)\s+(?:wall|door|doorframe|door frame|radiator|cupboard|table|fridge|car)\b|\b(?:was|were|been|got|being)\s+(?:pushed|shoved|thrown|slammed|pinned)\s+(?:hard\s+)?(?:against|into)\s+(?:a|the)\s+(?:wall|door|doorframe|door frame|radiator|cupboard|table|fridge)\b/ ?if=pushed|shoved|thrown|slammed|pinned
"""
