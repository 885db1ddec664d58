### Romani draft: awaiting review by a native speaker
## Angluno: čhib, privatnost, angluno čhavo

onboarding-choose-language =
    Čavororo 👶
    { "Alosar čhib · Izaberi jezik · Choose a language" }
onboarding-privacy-notice =
    🔒 Angla sode te aćharas:
    Me ćerav samo so phenes man pa tlo čhavo: o anav, o đes kana bijandilo thaj dal bijandilo angleder.
    Kava ćerav samo te bičhalav tuće saveti thaj podsetnici vaš vakcine.
    Kava dikhes samo tu, thaj i medijatorka te pomožisarda tuće. Sa šaj te khosesa kana kames.
    Dal san saglasno?
onboarding-consent-yes = ✅ Va, saglasno sem
onboarding-consent-no = ❌ Na, najis
onboarding-declined =
    Mišto. Me ništa na ćerav pa tlo čhavo.
    Te paruves ti godi, pritisni o dugme tele vaj ramosar /start.
onboarding-start-again = Aćhar palem
onboarding-consent-thanks = Najis! Akana phen man pa tlo čhavo.
onboarding-done = 🎉 Gata! Aćhar katar „💡 Savet vaš mlo čhavo akana“.

## O čhavo
child-ask-nickname = Sar akhares tle čhave? Ramosar o anav vaj pritisni „Nakh“.
child-nickname-invalid = Ramosar cikno anav (maj but { $max } slova) vaj pritisni „Nakh“.
child-ask-birth-date =
    Kana bijandilo o čhavo? Ramosar: đes, čhon, berš.
    Sar kava: { $example }
child-ask-birth-date-named =
    Kana bijandilo { $name }? Ramosar: đes, čhon, berš.
    Sar kava: { $example }
birth-date-error-date-unreadable =
    Našti te čitinav kava datum. Ramosar đes, čhon thaj berš tačkasa.
    Sar kava: { $example }
birth-date-error-date-impossible =
    Kava đes naj ando kalendari. Dikh o đes thaj o čhon.
    Sar kava: { $example }
birth-date-error-date-future =
    Kava datum si ando budućnost. Ramosar o đes kana bijandilo o čhavo.
    Sar kava: { $example }
birth-date-error-date-too-old =
    Kava si maj but sar 7 berša. Me pomožinav vaš čhave dži 7 berša. Dikh o berš.
    Sar kava: { $example }
child-ask-early = Bijandilo: { $born }. Dal i bebi bijandili angleder, angla 37. kurko?
child-early-no = Na, ko vakti
child-early-yes = Va, angleder
child-early-unknown = Na džanav
child-ask-weeks = Ande savo kurko bijandili i bebi? Ramosar numero, sar 34. Vaj pritisni „Nakh“.
child-weeks-invalid = Ramosar o kurko sar numero katar 22 dži 36, vaj pritisni „Nakh“.
child-added = ✅ Ćerdem: { $name }, { $age }.
