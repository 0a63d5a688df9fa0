"""The words of each sensitive category, in French and English, as doctors write them.

One section per category: ``[category LABEL]`` where LABEL is the HL7 v3 information
sensitivity code of the category (``-`` where HL7 has none). Then one term a line:

    term            the words, matched whole (case and accents ignored)
    term*           a word beginning: "schizophren*" matches schizophrénie, schizophrène
    =TERM           matched only in this case ("TS" the suicide attempt, not "ts" for "tous")
    ~term           a test or a work-up: screening (hypothetical) unless a result follows
    term @CODE      this term's own HL7 code (HIV within hiv_sti, whose code is STD)
    term !after=RE  not a finding when RE follows it in the clause ("sevrage tabagique")
    term !before=RE not a finding when RE precedes it in the clause ("vaccin hépatite B")
    term +near=RE   a finding only when RE is in its clause ("mutation" near a gene)
    /REGEX/         a regular expression over the folded text, for families of phrases
                    ("d'origine" and a people, "3 partenaires")
    /REGEX/ ?if=A|B* run the expression only near the word A or a word starting B (speed)

Terms are folded like the text (lower case, no accents); a term with a hyphen also matches
with a space or with nothing in its place ("extra-conjugal", "extra conjugal",
"extraconjugal"). Terms must say the thing itself: a word that only looks like one
("religieusement", "Pâques", "genre de douleur") is not a term.
"""

from __future__ import annotations

LEXICON = r"""
[sexual_orientation GENDER]
homosexuel*
homosexualite
homo
gay
gays
lesbienne*
bisexuel*
bisexualite
pansexuel*
=HSH
hsh
homme ayant des rapports sexuels avec des hommes
hommes ayant des rapports sexuels avec des hommes
rapports homosexuels
relations homosexuelles
rapports avec des hommes !before=\b(elle|patiente|femme|mme)\b
partenaires masculins !before=\b(elle|patiente|femme|mme)\b
partenaire masculin !before=\b(elle|patiente|femme|mme)\b
partenaires feminines !before=\b(il|patient|homme|m\.|mr)\b
orientation sexuelle
deux mamans
deux papas
ses deux meres
ses deux peres
two mums
two moms
two dads
homoparental*
couple de femmes
couple d'hommes
same-sex couple
marie avec un homme !before=\b(femme|patiente|mme|elle)\b
mariee avec une femme !before=\b(homme|patient|m\.|il)\b
coming-out
coming out
lgbt*
queer
homosexual*
lesbian*
bisexual*
=MSM
msm
men who have sex with men
man who has sex with men
same-sex
his husband
his boyfriend
his male partner
her wife
her girlfriend
her female partner
sexual orientation

[sex_life SEX]
infidelite*
infidele*
adultere
extra-conjugal*
liaison extra*
une maitresse
amant
amante
multipartenaire*
multipartenariat
multi-partenaires
partenaires multiples
plusieurs partenaires
partenaires occasionnel*
partenaire occasionnel*
partenaires sexuels
partenaires sexuelles
nombre de partenaires
prises de risque sexuel*
travailleur du sexe
travailleuse du sexe
travailleuses du sexe
travailleurs du sexe
=TDS
prostitution
prostitue
prostituee
escort !after=^\s*(home|to\b|back|required|needed|jusqu) !before=\b(needs?|with|requires?|required)( an)?\s*$
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
quelques plans
grindr
tinder
rencontres occasionnelles
rencontres d'un soir
polyamour*
polyamor*
vie sexuelle
affair
extramarital
extra-marital
unfaithful
infidelity
cheating on
cheated on
multiple partners
multiple sexual partners
casual partners
casual partner
casual sex
sexual partners
sex worker*
sex work
prostitute
one-night stand
swinger*
sexual practices
rapports anaux
rapport anal
sodomie
fisting
fist
anal sex
receptive anal
insertive anal
relations occasionnelles
rapports occasionnels
occasional partners
casual relationships
/\b(?:\d+|two|three|four|five|six|several|many|multiple|deux|trois|quatre|cinq|six|plusieurs|nombreux|nombreuses)\s+(?:sexual\s+|new\s+|different\s+|casual\s+|male\s+|female\s+)?(?:partners|partenaires)\b(?!\s+(?:de\s+)?(?:soin|travail|sante|sport))/ ?if=partner*|partenaire* !before=\b(?:les|both|the)\s*$

[sexual_violence SDV]
viol
viols
violee
viole !after=^\s*(la|le|les)\b
victime de viol
viol conjugal
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
soumission chimique
rape
/\bforc\w*\s+(?:her|him|them|me)\s+(?:to\s+have\s+sex|into\s+sex)\b/ ?if=forc*
/\b(?:forcee?s?|contraintee?s?)\s+a\s+(?:avoir\s+des\s+(?:rapports|relations)|des\s+(?:rapports|relations|actes))\b/ ?if=forc*|contraint*
/\b(?:rapports|relations)(?:\s+sexuel(?:le)?s)?\s+imposee?s\b/ ?if=impos*
forced sex
forced intercourse
rapports forces
rapport force
rapports sexuels forces
relations sexuelles forcees
rapports non consentis
rapport non consenti
rapports sexuels non consentis
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
=CSA

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
identite de genre
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
reassignation
chirurgie de reassignation
changement de sexe
changement d'etat civil
transgender
trans masc*
trans fem*
transmasc*
transfem*
trans masculin*
trans feminin*
torsoplastie
vaginoplastie
phalloplastie
metoidioplastie
top surgery
trans woman
trans man
transwoman
transman
gender dysphoria
gender-affirming
gender identity
non-binary
transitioning
gender reassignment
gender identity clinic
cross-sex hormones

[religion REL]
temoin de jehovah
temoins de jehovah
jehovah
jehovah's witness
jehovah's witnesses
ramadan
jeune religieux
jeune du ramadan
musulman*
catholique*
protestant*
evangelique*
evangeliste
chretien*
juif
juive
juifs
judaisme
israelite
bouddhiste
bouddhisme
hindou*
hindouisme
sikh
religion
religieux
religieuse
religieuses
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
imam
rabbin
pretre
aumonier
aumonerie
islam
islamique
christianisme
converti a l'islam
convertie a l'islam
converti au judaisme
convertie au judaisme
muslim*
catholic
christian
jewish
judaism
hindu
buddhist
kosher
=Lent
church
chaplain
anglican
methodist
baptist
evangelical
pray
prayer
prayers
mosque
religious
faith !before=\b(good|bad)\s*$
religious beliefs
refuses blood products
refuses blood

[political_opinion -]
militant
activism
climate protest
protest
protests
environmental group
direct-action
climate activist
extinction rebellion
tracter
tractage
/\badherente?s?\s+(?:du|de la|au|a la|de l|a l)\s+(?:rn|ps|lfi|pcf|fn|eelv|ump|lr|modem|npa|lo|parti|renaissance|reconquete|france insoumise|front national|rassemblement national|republicains)\b/ ?if=adherent*
manifestant*
manifestation contre
manifestation pour
manif contre
protest against
protesting against
campagne municipale
secretaire de section !after=^\s*syndical
=PCF
=NPA
protester*
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
membre du parti
adherent au parti
adherente au parti
encarte*
gilet jaune
gilets jaunes
candidat aux
candidate aux
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

[trade_union -]
syndicat !after=^\s*(de|des|d'|du|intercommunal)\b
syndique
syndiquee
syndical*
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
=SUD
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
/\b(?:adherente?|syndiquee?|membre|deleguee?|elue?|representante?|section|militante?)\s+(?:a la |au |de la |du |de l'|a l')?(?:fo|force ouvriere|cgt|cfdt|cftc|unsa|sud|solidaires|fsu|cfe-cgc)\b/ ?if=adherent*|syndique*|membre|delegue*|elu|representant*|section|militant*
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
union official
union representative
union member*

[ethnic_origin RACE]
/\b(?:d'|de\s+|d\s)?origines?\s+(?:ethnique\s+)?(?:ETHNO_FR)\w*/ ?if=origin*
/\b(?:ETHNO_EN)\s+(?:origin|descent|ancestry|heritage|background|ethnicity)\b/ ?if=origin*|descent*|ancestry*|heritage*|background*|ethnicity*
/\bof\s+(?:\w+\s+)?(?:ETHNO_EN)\s+(?:origin|descent|ancestry|heritage|background)\b/ ?if=origin*|descent*|ancestry*|heritage*|background*|ethnicity*
/\bascendance\s+(?:ETHNO_FR)\w*/ ?if=ascendance*
/\b(?:originaires?|native|natives|born)\s+(?:du|de la|des|d'|de|of|in|from)\s*(?:COUNTRIES)\b/ ?if=origin*|native*|born*
/\bd'origines?\s+(?!MEDICAL_ORIGIN)[a-z][a-z-]+/ ?if=origine*
/\b(?:ETHNO_EN)\s+(?:man|woman|men|women|boy|girl|male|female|patient|gentleman|lady|family|couple|mother|father)\b/ ?if=african|caribbean|asian|arab|berber|chinese|indian|pakistani|bangladeshi|turkish|kurdish|roma|romani|gypsy|traveller|hispanic|latino|latina|jewish|ashkenazi|sephardic|polish|portuguese|vietnamese|korean|japanese|filipino|somali|nigerian|ghanaian|congolese|ethiopian|eritrean|sudanese|middle|mediterranean|european|caucasian|white|black|mixed|maghrebi|haitian|jamaican|tamil|sri|moroccan|algerian|tunisian|senegalese|malian|ivorian|cameroonian|comorian|malagasy|syrian|lebanese|iranian|afghan|armenian|romanian|italian|spanish|irish|greek|russian|ukrainian|brazilian|mexican|cape|native*|aboriginal|pacific|maori
ethnie
ethnique
ethnicite
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
ethnicity
ethnic origin
ethnic background
black british
black african
black caribbean
white british

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
mutation +near=GENETIC_CONTEXT
mutations +near=GENETIC_CONTEXT
mutee +near=GENETIC_CONTEXT
mute +near=GENETIC_CONTEXT
variant pathogene
variant probablement pathogene
variante pathogene
pathogenic variant
likely pathogenic
variant of uncertain significance
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
~caryotype
karyotype
trisomie*
trisomy*
microdeletion
deletion 22q11
syndrome de l'x fragile
x fragile
fragile x
mucoviscidose !before=\b(porteu|depistage|test)
cystic fibrosis carrier
=CFTR
=MLH1
=MSH2
=MSH6
=PMS2
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
syndrome de turner
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
~genotyp*
genetic test positive
genetically confirmed
hereditary
down syndrome
down's syndrome

[hiv_sti STD]
vih @HIV !before=\b(vaccin\w*)
vih1 @HIV
vih-1 @HIV
hiv @HIV !before=\b(vaccin\w*)
sida @HIV
=SIDA @HIV
=AIDS @HIV
seropositif* @HIV
seropositiv* @HIV
seropositive @HIV
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
=PrEP @HIV
=PREP @HIV
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
cd4 @HIV
lymphocytes cd4 @HIV
charge virale
viral load
vhc !before=\b(vaccin\w*)
vhb !before=VACCINE_BEFORE !after=VACCINE_AFTER
hcv
hbv !before=VACCINE_BEFORE !after=VACCINE_AFTER
hepatite b !before=VACCINE_BEFORE !after=VACCINE_AFTER
hepatite c
hepatite virale b
hepatite virale c
hepatite chronique b
hepatite chronique c
hep b !before=VACCINE_BEFORE !after=VACCINE_AFTER
hep c
hepatitis b !before=VACCINE_BEFORE !after=VACCINE_AFTER
hepatitis c
ag hbs
aghbs
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
=NG !after=^\s*(tube|feed\w*|sonde)
gonocoque*
gono
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
genital warts
=HPV !before=VACCINE_BEFORE !after=VACCINE_AFTER
papillomavirus !before=VACCINE_BEFORE !after=VACCINE_AFTER
trichomona*
mycoplasma genitalium
lymphogranulomatose venerienne
=LGV
=IST
=ISTs
ist
=MST
mst
infection sexuellement transmissible
infections sexuellement transmissibles
maladie sexuellement transmissible
=STI
=STIs
sti
stis
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

[mental_health PSY]
depression* !after=^\s*(respiratoire|respiratory|du segment|de st|of st|st\b|de l'onde|myocardique|medullaire|immunitaire) !before=\b(st|segment)\s*$
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
bipolaire* !after=^\s*(prothese|pince|coagul\w*|electro\w*|cellules?|sonde)
schizophren*
schizo-affectif*
schizoaffecti*
psychose*
psychotique*
delire paranoiaque
=TS
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
sejour en psychiatrie
=HDT
=SDT
=SDRE
=SPDT
=SPI
=HO
soins sans consentement
soins psychiatriques
=CMP !after=^\s*(dilat|isch|hypertroph|obstruct|restrict|du post|de stress|rythmique|toxique|alcoolique|septique|du peripartum)
=CMPP
=CATTP
psychiatre*
psychiatrique*
psychiatrie
bouffee delirante
pedopsychiatrie
pedopsychiatre
pedopsy
=ARFID
trouble alimentaire
troubles alimentaires
suivi psy
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
olanzapine
zyprexa
risperidone
risperdal
aripiprazole
abilify
quetiapine
xeroquel
clozapine
leponex
haloperidol
haldol
loxapine
loxapac
cyamemazine
tercian
sismotherapie
electroconvulsivotherapie
anorexie mentale
boulimie
=TCA
troubles du comportement alimentaire
trouble du comportement alimentaire
trouble anxieux
troubles anxieux
trouble anxieux generalise
trouble panique
attaques de panique
attaque de panique
crises d'angoisse
=TAG
=TOC
trouble obsessionnel*
=ESPT
=TSPT
=PTSD
stress post-traumatique
trouble de la personnalite
troubles de la personnalite
personnalite borderline
trouble borderline
borderline personality
etat limite
depressed !after=^\s*(skull|fracture|fx|ejection|lvef|reflex|st\b|consciousness|level|conscious|gcs|bone)
major depressive disorder
=MDD
bipolar* !after=^\s*(diathermy|forceps|cautery|electro\w*|coag\w*|prosthes\w*|hemiarthro\w*|lead|pacing|recording|montage|sealer|cells?)
schizophrenia
schizophrenic
psychosis
psychotic
suicidal*
=SI
suicidal ideation
suicide attempt
attempted suicide
overdose !before=\b(accidental|accidentelle)
deliberate self-harm
self-harm
self harm
=DSH
sectioned
mental health act
psychiatric admission
psychiatric ward
psychiatric unit
psychiatric history
psychiatrist
psychiatric
=CMHT
crisis team
antidepressant*
=SSRI
=SSRIs
anorexia nervosa
bulimia
eating disorder
=GAD
generalised anxiety disorder
generalized anxiety disorder
anxiety disorder
panic disorder
panic attacks
=OCD
personality disorder
=EUPD
=ECT

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
alcoolisation* !after=^\s*(aigue|festive|ponctuelle)
mesusage
=TUAL
trouble de l'usage
troubles de l'usage
troubles lies a l'usage
sevrage* !after=^\s*((du |de |en )?(taba\w*|nicotin\w*|la cigarette|cigarette|benzo\w*|l'allaitement|allaitement|maternel|ventilat\w*|l'oxygene|oxygene|la vni|vni|la sonde|cortico\w*|progressif|du biberon|de la o2|o2))
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
addiction*
addictologie
addictologue
addictologique
=CSAPA
=CAARUD
heroine
heroinomane
cocaine
crack !after=^\s*(in|of|dans|du|de|cutane)
cannabis !after=^\s*(occasionnel\w*|festif|rare\w*|a l'adolescence|arrete|stoppe)
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
buprenorphine
subutex
suboxone
orobupre
dependance aux opiaces
dependance aux opioides
ecstasy
=MDMA
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
binge drinking
alcohol withdrawal
detox
=IVDU
=IVDA
=PWID
intravenous drug use*
heroin
cocaine
drug use
drug user
drug dependence
substance misuse
substance abuse
substance use disorder
opioid dependence
opiate dependence
opioid use disorder
=OST
opioid substitution
alcoholics anonymous
=AA meetings
=DTs
withdrawal seizures

[reproductive SEX]
=IVG
ivg
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
=PMA
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
autoconservation ovocytaire
congelation d'ovocytes
stimulation ovarienne
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
terminations of pregnancy
medical termination
abortion*
miscarriage*
miscarried
=IVF
=IUI
fertility treatment
egg freezing
emergency contraception
morning-after pill
morning after pill
=EHC
levonelle

[violence SDV]
violences conjugales
violence conjugale
violences intrafamiliales
violence intrafamiliale
=VIF
violences domestiques
violence domestique
violences physiques
violence physique
violences psychologiques
violences !after=^\s*(sexuelles|sexuelle)
victime de violence*
femme battue
battue
battu
bat sa femme
frappee
frappe par
frappee par
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
sevices
bebe secoue
syndrome du bebe secoue
negligence grave
carence de soins
signalement !after=^\s*((de |d'|a l')?(pharmacovigilance|effet|evenement|ansm|materiovigilance|ei\b|incident))
information preoccupante
ordonnance de protection
emprise
strangulation
tentative d'etranglement
plainte pour violence*
/\b(?:partner|husband|boyfriend|ex|wife|girlfriend|conjoint|mari|compagnon|ex-conjoint|ex-mari)\s+(?:\w+\s+)?(?:punched|kicked|slapped|hit|hits|beat|beats|hits|strangled|choked|pushed|threw|frappe|frappee|gifle|giflee|battait|bat|a frappe|l'a frappee|la frappe|etrangle|etranglee|pousse|poussee)\b/ ?if=punch*|kick*|slap*|hit|hits|beat*|strangl*|chok*|push*|threw|frapp*|gifl*|bat|etrangl*|pouss*
/\b(?:punched|kicked|slapped|hit|hits|beaten|strangled|choked|assaulted)\s+by\s+(?:her|his|their)\s+(?:\w+\s+)?(?:partner|husband|boyfriend|ex|wife|girlfriend|father|mother|stepfather)\b/ ?if=punch*|kick*|slap*|hit|hits|beat*|strangl*|chok*|push*|threw|frapp*|gifl*|bat|etrangl*|pouss*
/\b(?:frappee?|giflee?|battue?|etranglee?|poussee?|menacee?|bousculee?|coups(?: portes)?)\s+(?:[\w']+\s+){0,4}?par\s+(?:son|sa)\s+(?:ex-?)?(?:conjoint|mari|compagnon|compagne|epoux|epouse|concubin|pere|mere|beau-pere)\b/ ?if=par son|par sa|par son|coups*
coups de poing
/\b(?:has|had|have)\s+(?:\w+\s+)?(?:slapped|hit|hits|punched|kicked|beaten|strangled|choked|pushed|assaulted)\s+(?:her|him|them|me)\b/ ?if=slapped|hit|hits|punched|kicked|beaten|strangled|choked|pushed|assaulted
/\b(?:l'a|l'avait|la|le)\s+(?:frappee?|giflee?|battue?|etranglee?|poussee?|bousculee?|frappait|battait|giflait|tapait)\b/ ?if=frapp*|gifl*|batt*|etrangl*|pouss*|bouscul*|tapait
/\bqui\s+(?:la|le|les)\s+(?:frappait|frappe|battait|bat|tapait|giflait|menacait)\b/ ?if=frapp*|bat|tapait|gifl*|menac*
/\bwho\s+(?:hit|hits|beat|beats|slapped|punched|kicked)\s+(?:her|him|them)\b/ ?if=hit|hits|beat*|slap*|punch*|kick*
/\b(?:des|de)\s+coups\b(?!\s+de\s+(?:soleil|froid|chaleur|fatigue|blues|fil|pouce|pied\s+au))/ ?if=coups*
/\b(?:tape|tapait|frappe|frappait|bat|battait|hits?|beats?|hit|hits|beat)\s+(?:\w+\s+)?(?:avec|with)\s+(?:la|une|sa|son|a|the|his|her)\s+(?:ceinture|belt|baton|stick|cable|fil|spatule|martinet)\b/ ?if=tap*|frapp*|bat|hit|hits|beat*
/\b(?:he|she|il|elle)\s+(?:pushes|pushed|hits|hit|hits|grabs|grabbed|slaps|slapped|kicks|kicked|beats|bat|frappe|pousse|tape|gifle)\s+(?:me|her|him|la|le|me|moi)\b/ ?if=push*|hit|hits|grab*|slap*|kick*|beat*|bat|frapp*|pouss*|tap*|gifl*
coups de pied
coups de ceinture
roue de coups
recoit des coups
belt marks
grip marks
elder abuse
financial abuse
gifles
certificate of injuries
certificat de coups
domestic violence
domestic abuse
=DV
=IPV
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
~safeguarding
~child protection
safeguarding referral
child protection referral
child protection report
coercive control
=MARAC
=IDVA
"""
