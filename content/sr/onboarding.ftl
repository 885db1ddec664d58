## Prvi koraci: jezik, privatnost, prvo dete

onboarding-choose-language =
    Čavororo 👶
    { "Alosar čhib · Izaberi jezik · Choose a language" }
onboarding-privacy-notice =
    🔒 Pre nego što počnemo:
    Čuvam samo ono što mi kažeš o detetu: nadimak, da li je devojčica ili dečak, datum rođenja i da li je beba rođena pre vremena.
    Koristim to samo da ti šaljem savete i podsetnike za vakcine.
    To vidiš samo ti, i zdravstvena medijatorka ako ti je pomogla. Sve možeš da obrišeš kad god želiš.
    Da li se slažeš?
onboarding-consent-yes = ✅ Da, slažem se
onboarding-consent-no = ❌ Ne, hvala
onboarding-declined =
    U redu. Ne čuvam ništa o tvom detetu.
    Ako se predomisliš, pritisni dugme ispod ili napiši { "/start" }.
onboarding-start-again = Počni ponovo
onboarding-consent-thanks = Hvala! Sada mi reci nešto o detetu.
onboarding-done = 🎉 Spremno! Počni sa „💡 Savet za moje dete sada“.

## Unos deteta
child-ask-nickname = Kako zoveš dete? Napiši nadimak ili pritisni „Preskoči“.
child-nickname-invalid = Napiši kratak nadimak (najviše { $max } slova) ili pritisni „Preskoči“.
child-ask-birth-date =
    Kada je dete rođeno? Napiši datum: dan, mesec, godina.
    Na primer: { $example }
child-ask-birth-date-named =
    { $gender ->
        [girl] Kada je rođena { $name }?
        [boy] Kada je rođen { $name }?
       *[other] Datum rođenja za: { $name }.
    } Napiši dan, mesec, godinu.
    Na primer: { $example }
birth-date-error-date-unreadable =
    Ne mogu da pročitam taj datum. Napiši dan, mesec i godinu sa tačkama.
    Na primer: { $example }
birth-date-error-date-impossible =
    Taj dan ne postoji u kalendaru. Proveri dan i mesec.
    Na primer: { $example }
birth-date-error-date-future =
    Taj datum je u budućnosti. Napiši dan kada je dete rođeno.
    Na primer: { $example }
birth-date-error-date-too-old =
    To je pre više od 7 godina. Pomažem za decu do 7 godina. Proveri godinu.
    Na primer: { $example }
child-ask-early = Datum rođenja: { $born }. Da li je beba rođena pre vremena, pre 37. nedelje trudnoće?
child-early-no = Ne, na vreme
child-early-yes = Da, pre vremena
child-early-unknown = Ne znam
child-ask-weeks = U kojoj nedelji trudnoće je beba rođena? Napiši broj, na primer 34. Ili pritisni „Preskoči“.
child-weeks-invalid = Napiši nedelju kao broj od 22 do 36 ili pritisni „Preskoči“.
child-added = ✅ Sačuvano: { $name }, uzrast { $age }.
