"""The cue words that qualify a finding, in French and English, folded (lower case, no
accents), as NegEx/ConText and EDS-NLP list them.

A cue is read before a finding (``BEFORE``), right after it (``AFTER``), or ends a clause
(``CLAUSE_ENDS``). ``word*`` is a word beginning ("suspect*": suspecté, suspicion). Cues are
matched as words: punctuation inside one stands for any non-word character ("pas d'" is
"pas d" then a word, "r/o" is "r o"); signs ("+", "?", "-", "(-)") are found apart.
"""

from __future__ import annotations


def _cues(text: str) -> tuple[str, ...]:
    """One cue a line."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


# Pseudo-cues read on both sides of a finding: a probable route of infection is a doubt about
# how, not about what ("contamination probable lors de rapports avec un partenaire
# occasionnel"); a proposal carried out is no proposal ("buprénorphine proposée et débutée");
# a drug's source is no order ("dépendance aux opioïdes sur prescription", "alprazolam hors
# prescription"); a report sent is
# no test sent ("safeguarding referral sent").
_PSEUDO_BOTH = _cues("""
    contamination probable
    probable contamination
    contamination probablement
    probablement contamine
    probablement contaminee
    probablement contracte
    probablement contractee
    transmission probable
    probable transmission
    probably acquired
    probably contracted
    probably transmitted
    propose et debute
    proposee et debutee
    proposes et debutes
    propose et commence
    proposee et commencee
    propose et initie
    proposee et initiee
    offered and started
    offered and commenced
    offered and given
    proposed and started
    sur prescription
    on prescription
    hors prescription
    sans prescription
    hors ordonnance
    sans ordonnance
    non prescrit
    non prescrite
    non prescrits
    non prescrites
    without prescription
    without a prescription
    off prescription
    not prescribed
    referral sent
    referrals sent
    signalement envoye
    information preoccupante envoyee
    for investigation of
    for investigation into
    for further investigation of
    for further investigation into
""")

BEFORE: dict[str, tuple[str, ...]] = {
    # Not negations or hypotheses though they start like one; they mask the cue inside them.
    "pseudo": _PSEUDO_BOTH
    + _cues("""
        testosterone
        testicul*
        testament*
        testimon*
        pas de changement
        pas de modification
        pas d'amelioration
        pas de souci
        sans doute
        sans changement
        non seulement
        pas seulement
        pas que
        not only
        no change
        no improvement
        no further
        without doubt
        query re
        query from
        query about
        perte de controle
        loss of control
        sous controle
        under control
        bien controle
        bien controlee
        well controlled
        requesting repeat
        requests repeat
        requested repeat
        request repeat
        requesting a repeat
        requests a repeat
        repeat prescription
        demande de renouvellement
        demande le renouvellement
        demande son renouvellement
        doute sur une ordo
        doute sur l'ordo
        doute sur une ordonnance
        doute sur l'ordonnance
        doute sur la prescription
        doubt about the prescription
        doubts about the prescription
        auth denied
        authorization denied
        authorisation denied
        prior authorization denied
        claim denied
        claims denied
        coverage denied
        denied coverage
        insurance denied
        denied by insurance
        denied by the insurer
        refus de prise en charge
        prise en charge refusee
        si tu
        oui/non
        oui ou non
        yes/no
        yes or no
        police informed
        police informee
        police informe
        police were informed
        police was informed
        police has been informed
        police have been informed
        informed police
        informed the police
        gendarmerie informee
        parquet informe
        procureur informe
        social services informed
        social care informed
        social worker informed
        csc informed
        gp informed
        school informed
        parents informed
        parents informes
        famille informee
        medecin traitant informe
        non confirme*
        not confirmed
        non accompagne*
        non francophone*
        non anglophone*
        rapport a risque
        rapports a risque
        relation a risque
        relations a risque
        pratique a risque
        pratiques a risque
        conduite a risque
        conduites a risque
        comportement a risque
        comportements a risque
    """),
    "neg": _cues("""
        pas de
        pas d'
        rien d'evocateur
        rien d'evocatrice
        rien en faveur
        rien de suspect
        rien qui evoque
        rien qui suggere
        rien ne suggere
        rien ne laisse penser
        rien n'evoque
        rien n'oriente vers
        rien ne fait penser
        rien ne fait evoquer
        rien ne permet d'evoquer
        nothing to suggest
        nothing suggests
        nothing suggestive of
        tout negatif
        tout neg
        tous neg
        toutes neg
        tout est negatif
        tout est neg
        tous negatifs
        toutes negatives
        all negative
        all neg
        normal incl
        normal including
        normaux dont
        normaux y compris
        normal y compris
        negative incl
        negative including
        negative all
        negative on all
        negatifs sur tous
        negatif sur tous
        negatifs dont
        negatifs y compris
        pas
        aucun
        aucune
        aucuns
        aucunes
        ni
        nie
        niant
        nier
        absence de
        absence d'
        jamais
        exclu*
        n'a plus
        negatif pour
        negative pour
        negatifs pour
        elimine*
        no
        not
        denies
        denied
        deny*
        without
        never
        doesn't
        don't
        didn't
        hasn't
        haven't
        isn't
        wasn't
        negative for
        neg for
        dement toute
        dement tout
        dement toutes
        dement tous
        dement avoir
        nil
        none
        free of
        absence of
        rules out
        ruled out
        excluded
    """),
    "without": _cues("sans"),  # reaches a few words: "sans antécédent de TS"
    "non": _cues("non"),  # the next word only: "non protégé avec un partenaire"
    # Doubt: a question, a suspicion, a risk, a condition ("?dépression", "r/o STI").
    "hyp": _cues("""
        a eliminer
        options incl
        options including
        options include
        options included
        reproductive options
        options reproductives
        si
        s'il
        s'ils
        en cas de
        en cas d'
        au cas ou
        eliminer
        suspicion de
        suspicion d'
        soupcon de
        soupcon d'
        soupcons de
        soupconne*
        suspect*
        possible*
        probable*
        eventuel*
        risque de
        risque d'
        risques de
        risque combine de
        risque eleve de
        risque accru de
        risque important de
        a risque
        peur de
        peur d'
        crainte de
        crainte d'
        crain*
        inquiet*
        a evoquer
        evoquant
        question de
        question d'
        se pose la question
        hypothese
        doute
        if
        in case
        should
        r/o
        rule out
        ruling out
        query
        consider*
        possibl*
        probabl*
        suspicion of
        risk of
        at risk
        concern for
        concerned for
        concerns for
        concern about
        concerned about
        concerns about
        concerned that
        concerned she
        concerned he
        concerned they
        concern that
        concerns that
        worried
        fear*
        afraid
        would
        whether
        might
        may be
        pourrait
        peut-etre
        s'interroge*
        s'inform*
        with a view to
        wondered
        wondering
        wonders
        se demande
        se demandent
        se demandait
        se demandaient
        on evoque
        nous evoquons
        fait evoquer
        faisant evoquer
        font evoquer
        pediatre evoque
        medecin evoque
        neurologue evoque
        geneticien evoque
        generaliste evoque
        psychiatre evoque
        tableau evoque
        conseil
        conseils
        conseille de
        conseillee de
        conseille d'
        conseillee d'
        prevention
        propose*
        proposi*
        proposons
        proposez
        envisag*
        projet de
        projet d'
        advice
        advised
        counsel*
        empiric
        empirical
        empirically
        presumptive
        presumptively
        probabiliste
        presomptif
        presomptive
        alternative to
        alternative a
        rather than
        plutot que
        plutot qu'
        instead of
        offered
        will
        want to know
        wants to know
        reading about
        read about
        heard about
        article about
        articles about
        entendu parler
        lu un article
        questionnement*
        questionne
        questionnee
        questionnes
        questionnees
        questionner
    """),
    # A test, a plan, a discussion, advice: hypothetical too, but not for who a person is
    # ("plans to fast for Ramadan", "family origin questionnaire: ..."); see IDENTITY.
    # Tests ordered, listed after a colon ("Prescrit : VIH, syphilis, VHB"): a plan for an
    # infection only, a drug or a referral after them being given (see _qualifiers).
    "ordered": _cues("""
        prescrit
        prescrits
        prescrite
        prescrites
        prescribed
        ordered
        requested
    """),
    "plan": _cues("""
        plan to
        plans to
        planned to
        planning to
        resultat attendu
        resultats attendus
        resultat en attente
        a rechercher
        depistage*
        depister
        recherche de
        recherche d'
        rechercher
        info*
        asks about
        ask about
        asks for
        ask for
        asking about
        asking for
        question sur
        questions sur
        question about
        questions about
        demande sur
        renseignement*
        discuter
        test*
        trod
        serologi*
        bilan
        prelevement*
        pcr
        controle
        enquir*
        asked about
        asked her about
        asked him about
        asked them about
        asked directly about
        interroge*
        bloods
        naat
        swab*
        pap
        frottis
        fcu
        fcv
        smear
        cervical screening
        discuss*
        screen*
        check for
        checked for
        checking for
        order*
        request*
        serology
        asked re
        asked regarding
        enquired re
        enquiry re
        enquiry regarding
        reperage*
        repere*
        questionnaire*
        baseline
        autotest*
        auto-test*
        self-test*
        self-sampling
        auto-prelevement*
        kit
        kits
        home test*
        keen to start
        keen to try
        keen to begin
        keen on starting
        keen for
        interested in
        wants to start
        want to start
        would like to start
        wishes to start
        due to start
        about to start
        souhaite debuter
        souhaite commencer
        souhaite demarrer
        souhaite initier
        interesse par
        interessee par
        indication analyse
        indication a l'analyse
        indication a une analyse
        indication d'analyse
        indication d'une analyse
        indication de l'analyse
        indication a un test
        indication au test
        indication d'un test
        indication a la recherche
        indication d'une recherche
        indication au sequencage
        indication a un sequencage
        eligible for testing
        eligible for genetic testing
        meets criteria for testing
        meets testing criteria
    """),
    # A hypothesis for the next word only: post-exposure prophylaxis ("TPE VIH" is a risk,
    # not an infection), an opinion asked ("avis psychiatrique").
    "nearhyp": _cues("""
        avis
        prophylaxie
        prophylaxis
        antibioprophylaxie
        antibioprophylaxis
        prophylaxie antibiotique
        antibiotic prophylaxis
        prophylactic antibiotics
    """),
    # Post-exposure prophylaxis: the next word ("TPE VIH" is a risk, not an infection), and
    # for HIV and STI findings the drugs of its regimen (see _qualifiers).
    "pep": _cues("""
        tpe
        ppe
        pep
        npep
        pepse
        post-exposition
        post-exposure
    """),
    # A test or a treatment refused, a few words on ("Declined HIV/STI testing", "refuse
    # la PrEP"); not a treatment of the finding ("refused his ARV") (see _qualifiers).
    "declined": _cues("""
        declined
        declines
        refused
        refuses
        refuse
        refusee
    """),
    "pos": _cues("""
        rx
        found to be
        found to have
        disclosed
        discloses
        has disclosed
        a revele
        revele avoir
        a devoile
        avoue
        a avoue
        avouee
        confessed
        admitted to
        admits to
        carrier of
        porteur de
        porteuse de
        heterozygous for
        homozygous for
        heterozygote pour
        homozygote pour
        positif pour
        positive pour
        positifs pour
        positives pour
        positif a
        positive a
        positif au
        positive au
        positif aux
        positive aux
        positive for
        diagnostique*
        diagnosed with
        connu pour
        connue pour
        suivi pour
        suivie pour
        traite pour
        traitee pour
        treated for
        atteint de
        atteinte de
        atteint d'
        atteinte d'
        infection a
        infection au
        infection aux
        infection par
        infected with
        living with
        confirm*
        resultat
        resultats
        result
        results
        retrouvant
        montrant
        showed
        shows
        revealed
    """),
    # Someone else: the finding is about them ("mère suivie pour schizophrénie").
    "other": _cues("""
        mere
        pere
        frere
        freres
        soeur
        soeurs
        sœur
        sœurs
        fils
        fille
        filles
        enfant
        enfants
        conjoint
        conjointe
        mari
        epouse
        sa femme
        compagnon
        compagne
        partenaire
        ami
        amie
        oncle
        tante
        cousin
        cousine
        grand-mere
        grand-pere
        grands-parents
        parents
        beau-pere
        belle-mere
        beau-frere
        belle-soeur
        neveu
        niece
        famille
        familia*
        chez sa
        chez son
        voisin
        voisine
        collegue
        mother
        father
        mum
        mom
        dad
        brother
        sister
        his son
        her son
        their son
        a son
        son's
        daughter
        husband
        wife
        partner
        boyfriend
        girlfriend
        uncle
        aunt
        cousin
        grandmother
        grandfather
        grandparent
        grandparents
        family
        fhx
        fh
        sibling
        siblings
        friend
        nephew
    """),
    "history": _cues("""
        atcd
        atcds
        antecedent
        antecedents
        dans le passe
        par le passe
        ancien
        anciens
        ancienne
        anciennes
        il y a
        history of
        hx of
        h/o
        pmh
        past
        previous*
        prior
        former*
        sevre
        sevree
        abstinent
        abstinente
        dans l'enfance
        in childhood
        as a child
        a l'age de
        aged
        age
    """),
}

AFTER: dict[str, tuple[str, ...]] = {
    "pseudo": _PSEUDO_BOTH,
    "neg": _cues("""
        no pathogenic
        no likely pathogenic
        no variant
        no variants
        no mutation
        no mutations
        no deleterious
        no clinically significant
        no actionable
        no reportable
        pas de variant
        pas de mutation
        aucun variant
        aucune mutation
        absence de variant
        absence de mutation
        non retrouv*
        non realise*
        non fait
        non faite
        non faits
        non faites
        non detecte*
        non reacti*
        not detected
        not done
        negati*
        neg
        absent
        absente
        absents
        absentes
        exclu
        exclue
        exclus
        exclues
        ecarte*
        elimine*
        ruled out
        excluded
        normal
        normale
        normaux
        normales
        sans anomalie
        rassurant*
        nonreactive
        non-reactive
        not recorded
        non renseigne*
        not stated
        prefers not to say
        declined to state
        declined to say
        non communique*
        denies
        denied
        nie
        niee
        nies
        niees
        not indicated
        non indique*
        pas indique*
        not required
        not needed
        non necessaire
        nulle part
        nowhere
        n'est pas
        ne sont pas
        n'a pas ete
        is not
        was not
        were not
        pas recueilli*
        non recueilli*
        not collected
        stood down
        repond non
        repond negativement
        reponse negative
        answers no
        answered no
        not progressed
        not proceeded
        not pursued
        not taken forward
        not accepted
        non retenu
        non retenue
        classe sans suite
        non confirme*
        not confirmed
        unconfirmed
        not substantiated
        unsubstantiated
        non substantiated
        non avere*
        non etaye*
        none stated
        none reported
        none expressed
        none declared
        none raised
        nil stated
    """),
    # "Unknown" negates a finding ("statut VIH inconnu"), not when it names someone ("agressé
    # par deux inconnus", "by an unknown man").
    "unknown": _cues("""
        unknown
        inconnu*
    """),
    # A refusal of a test or a treatment, a few words after it ("karyotype by amnio declined").
    "refusal": _cues("""
        refuse*
        declined
        refused
    """),
    # A bare answer negates only when it follows at once ("FGM: no"), or closes the question
    # the finding is in ("Asked re DV when seen alone: nil").
    "refused": _cues("""
        none
        nil
        no
        non
        neant
        aucun
        aucune
        ras
        jamais
        never
    """),
    # Doubt or a proposal after a finding ("NAI suspected", "TS non exclue", "PrEP offered").
    "hyp": _cues("""
        a eliminer
        a confirmer
        a evaluer
        considered
        evoque*
        non exclu
        non exclue
        pas exclu
        pas exclue
        possible
        probable
        suspect*
        to rule out
        not excluded
        suspected
        query
        unlikely
        peu probable
        a prevoir
        a envisager
        propose*
        proposi*
        presentee
        presentees
        presented
        envisage
        envisagee
        offered
        should she wish
        should he wish
        should they wish
        s'il en existe
        s'il y en a
        si existant
        le cas echeant
        if any
        presumptive
        empiric
        empirical
        empirique
        probabiliste
        for investigation
        for further investigation
    """),
    # A condition right after a finding: a referral or a treatment kept for later ("orienté
    # vers le CSAPA si besoin"); not of the items before ("venlafaxine + hydroxyzine si
    # besoin") (see _qualifiers).
    "ifneeded": _cues("""
        si besoin
        si necessaire
        au besoin
        en cas de besoin
        if needed
        if required
        if necessary
    """),
    # Information about an infection or its prevention, right after it ("PrEP info given",
    # "HIV information leaflet"): for HIV and STIs only (see _qualifiers).
    "info": _cues("""
        info
        infos
        information
        informations
        leaflet
        leaflets
    """),
    # A test or a discussion after a finding ("HIV test sent", "PrEP discussed"); see IDENTITY.
    "plan": _cues("""
        work-up
        workup
        routine enquiry
        routine question
        routine inquiry
        question posee
        questions posees
        asked routinely
        routinely asked
        enquiry
        question asked
        questions asked
        depistage systematique
        question systematique
        a rechercher
        a discuter
        a faire
        a controler
        a explorer
        a verifier
        envoye*
        prescri*
        recherch*
        discuss*
        discute*
        bloods
        naat
        en attente
        pending
        sent
        drawn
        requested
        demandee
        demandees
        demandes
        ordered
        to be done
        awaited
        screen*
        serolog*
        pep
        npep
        pepse
        tpe
        post-exposure
        post-exposition
        kit
        kits
        postal kit
        autotest*
        self-test*
        home test*
        information request
        info request
        request
        requests
    """),
    # A result still awaited, right after an infection named as a test ("TROD VIH nég,
    # syphilis en cours"); for infections only, and not their treatment ("ARV en cours"):
    # elsewhere "en cours" is ongoing ("suivi psychiatrique en cours"). See _qualifiers.
    "pending": _cues("en cours"),
    # A test named right after ("HIV test", "VIH testé"): a screening, not a result.
    "testing": _cues("""
        test
        tests
        tested
        teste
        testee
        testes
        testees
    """),
    # A test named right after, with no list between ("STI check", "GC/CT testing", "low
    # STI risk"): a test or a risk, not a result.
    "testnear": _cues("""
        testing
        check
        checks
        risk
    """),
    "pos": _cues("""
        en cours de traitement
        en cours de ttt
        traitement en cours
        ttt en cours
        heterozygous
        homozygous
        heterozygote
        homozygote
        on screening
        on routine screening
        on newborn screening
        guthrie
        neonatal screen*
        newborn screen*
        depistage neonatal
        heel prick
        au depistage
        lors du depistage
        lors d'un depistage
        positi*
        pos
        confirm*
        detecte
        detectee
        detectes
        detectees
        detected
        reacti*
        chronique
        connu
        connue
        known
        anormal*
        abnormal
        pathologique
        identified
        identifie*
        retrouve*
        sous
        traite
        traitee
        on treatment
        on art
        on arv
        diagnosed
        diagnostique*
        indetectable
        undetectable
        latent*
        secondaire
        primaire
        tertiaire
        aigu
        aigue
        actif
        active
        evolutif
        evolutive
        documente*
        eleve*
        important*
        majeur*
        high
        significant
        pathogenic
        pathogene
        deleterious
        deletere
        poor metabolizer
        poor metaboliser
        intermediate metabolizer
        intermediate metaboliser
        ultrarapid metabolizer
        ultrarapid metaboliser
        ultra-rapid metabolizer
        ultra-rapid metaboliser
        rapid metabolizer
        rapid metaboliser
        metaboliseur lent
        metaboliseur rapide
        metaboliseur ultrarapide
        metaboliseur intermediaire
        on booking bloods
        on routine bloods
        on antenatal bloods
        on antenatal screening
        on carrier screen
        on carrier screening
        on expanded carrier screen
        on expanded carrier screening
        on preconception screening
        on preconception carrier screening
    """),
    "history": _cues("""
        ago
        ancien*
        en remission
        in remission
        sevre depuis
        sevree depuis
        resolved
        passe
        passee
        dans l'enfance
        in childhood
        a l'age de
        at age
        aged
        il y a
    """),
}

CLAUSE_ENDS = _cues("""
    mais
    but
    however
    cependant
    toutefois
    neanmoins
    par contre
    en revanche
    although
    though
    whereas
    alors que
    tandis que
    sauf
    except
    hormis
    apart from
    en dehors de
    hence
    donc
    car
    because
    parce que
    puisque
""")
