### Romani draft: awaiting review by a native speaker
## Angluno: čhib, privatnost, angluno čhavo

onboarding-choose-language =
    Čavororo 👶
    { "Alosar čhib · Izaberi jezik · Choose a language" }
onboarding-privacy-notice =
    🔒 Angla so te astaras:
    Ićarav numaj so phenes man pa tlo čhavoro: o anav, te si čhaj vaj čhavo, o đes kana bijandilo thaj dal bijandilo angleder.
    Kava ićarav numaj te bičhalav tuće saveti thaj podsetnici vaš vakcine.
    Kava dikhes numaj tu, thaj i medijatorka te voj žutil tut. Sa šaj te khoses kana kames.
    Mukhes man te ićarav kava?
onboarding-consent-yes = ✅ Va, mukhav
onboarding-consent-no = ❌ Na, najis
onboarding-declined =
    Mišto. Khanči na ićarav pa tlo čhavoro.
    Te paruves tli godži, pritisni o dugme tele vaj ramosar /start.
onboarding-start-again = Astar palem
onboarding-consent-thanks = Najis! Akana phen man pa tlo čhavoro.
onboarding-done = 🎉 Gata! Astar katar „💡 Savet vaš mlo čhavo akana“.

## O čhavo
child-ask-nickname = Sar akhares tle čhavore? Ramosar o anav vaj pritisni „Nakh“.
child-nickname-invalid = Ramosar cikno anav (maj but { $max } slova) vaj pritisni „Nakh“.
child-ask-birth-date =
    { $gender ->
        [girl] Kana bijandili i čhaj?
        [boy] Kana bijandilo o čhavo?
       *[other] Kana bijandilo o čhavoro?
    } Ramosar: đes, čhon, berš.
    Sar kava: { $example }
child-ask-birth-date-named =
    { $gender ->
        [girl] Kana bijandili { $name }?
       *[other] Kana bijandilo { $name }?
    } Ramosar: đes, čhon, berš.
    Sar kava: { $example }
birth-date-error-date-unreadable =
    Na šaj te drabarav kava datum. Ramosar đes, čhon thaj berš tačkasa.
    Sar kava: { $example }
birth-date-error-date-impossible =
    Kava đes naj ando kalendari. Dikh o đes thaj o čhon.
    Sar kava: { $example }
birth-date-error-date-future =
    Kava datum si ande avutni vrjama. Ramosar o đes kana bijandilo o čhavoro.
    Sar kava: { $example }
birth-date-error-date-too-old =
    Kava si maj but sar 7 berša. Žutiv vaš čhave dži 7 berša. Dikh o berš.
    Sar kava: { $example }
child-ask-early = { $gender ->
        [girl] Bijandili { $born }. Dal bijandili angleder, angla o 37. kurko?
       *[other] Bijandilo { $born }. Dal bijandilo angleder, angla o 37. kurko?
    }
child-early-no = Na, ko vrjama
child-early-yes = Va, angleder
child-early-unknown = Na džanav
child-ask-weeks = { $gender ->
        [girl] Ande savo kurko bijandili?
       *[other] Ande savo kurko bijandilo?
    } Ramosar o numero, sar 34. Vaj pritisni „Nakh“.
child-weeks-invalid = Ramosar o kurko sar numero katar 22 dži 36, vaj pritisni „Nakh“.
child-added = ✅ Ićardem: { $name }, { $age }.
