## Zdravstvene medijatorke: meni, upis porodice, pozivnice, moje porodice, lista za rad

# Dugme u meniju roditelja
menu-mediator = 🙋 Treba mi medijatorka
mediator-help-sent = ✅ Javio sam tvojoj medijatorki. Ona će te pozvati ili ti pisati čim može.
mediator-help-none = Još nemaš svoju medijatorku u Čavororu. Pomoć možeš da nađeš u „📍 Gde da potražim pomoć“.

## Pozivnice (pre izbora jezika poruka je na sva tri jezika)
invitation-unknown-any =
    { "Kava akharipe naj čačo. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica ne važi. Zatraži novu od medijatorke." }
    { "This invitation is not valid. Ask your mediator for a new one." }
invitation-used-any =
    { "Kava akharipe si iskoristime. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica je već iskorišćena. Zatraži novu od medijatorke." }
    { "This invitation was already used. Ask your mediator for a new one." }
invitation-expired-any =
    { "Kava akharipe maj na važi. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica je istekla ili je zamenjena novom. Zatraži novu od medijatorke." }
    { "This invitation has expired or was replaced. Ask your mediator for a new one." }
invitation-unknown = Ova pozivnica ne važi. Zatraži novu od medijatorke.
invitation-used = Ova pozivnica je već iskorišćena. Zatraži novu od medijatorke.
invitation-expired = Ova pozivnica je istekla ili je zamenjena novom. Zatraži novu od medijatorke.
invitation-family-welcome =
    👋 Dobro došli u Čavororo! Medijatorka je već upisala tvoju decu, ne moraš ništa da kucaš.
    Šaljem ti savete i podsetnike za vakcine. Izaberi dole šta ti treba.
invitation-family-in-mediator-chat =
    Ovo je pozivnica za porodicu: neka je roditelj otvori na svom telefonu. Pozivnica i dalje važi.
mediator-welcome-any = { "Lačho avilan! · Dobro došla! · Welcome!" } 🩺
mediator-welcome = 🩺 Dobro došla! Ovaj čet je sada tvoj čet medijatorke.

## Meni medijatorke
mediator-menu-title = 🩺 { $name }, šta radimo?
mediator-menu-enrol = ➕ Upiši porodicu
mediator-menu-worklist = 📋 Lista za rad
mediator-menu-families = 👪 Moje porodice
mediator-menu-find = 🔎 Traži
mediator-notices = { $count ->
    [one] 🔔 { $count } nova poruka: pogledaj listu za rad.
    [few] 🔔 { $count } nove poruke: pogledaj listu za rad.
   *[other] 🔔 { $count } novih poruka: pogledaj listu za rad.
}
mediator-help-text =
    ➕ Upiši porodicu: nadimak, jezik, telefon, naselje, deca, saglasnost. Na kraju dobijaš pozivnicu za roditelja.
    📋 Lista za rad: porodice koje kasne sa vakcinom, ne odgovaraju ili traže pomoć.
    👪 Moje porodice: sva deca i njihov uzrast.
    Vidiš i menjaš samo svoje porodice. Sve što uradiš se beleži.
mediator-not-your-family = To nije tvoja porodica, ili ovo dugme više ne radi.
mediator-name = { $name }
mediator-settlement = { $name }
mediator-settlement-other = Drugo mesto

## Upis porodice
mediator-enrol-ask-caregiver = Kako da zovemo roditelja? Napiši nadimak (ne mora puno ime).
mediator-enrol-caregiver-invalid = Napiši kratak nadimak, najviše { $max } slova.
mediator-enrol-ask-language = Na kom jeziku i pismu da pišem za: { $caregiver }?
mediator-enrol-ask-phone = Broj telefona roditelja? Napiši ga ili pritisni „Preskoči“.
mediator-enrol-phone-invalid = To ne liči na broj telefona. Na primer: 064 123 4567. Ili pritisni „Preskoči“.
mediator-enrol-ask-settlement = U kom naselju živi porodica?
mediator-enrol-ask-child = Prvo dete: napiši nadimak ili pritisni „Preskoči“.
mediator-enrol-ask-next-child = Sledeće dete: napiši nadimak ili pritisni „Preskoči“.
mediator-enrol-ask-more = { $count ->
    [one] Upisano je { $count } dete. Ima li još dece do 7 godina?
   *[other] Upisano je dece: { $count }. Ima li još dece do 7 godina?
}
mediator-enrol-another-child = ➕ Još jedno dete
mediator-enrol-no-more-children = ✅ To je sve
mediator-child-line = 👶 { $name }: { $age } ({ $gender ->
        [girl] rođena
        [boy] rođen
       *[other] rođeno
    } { $born })
mediator-enrol-summary =
    Proveri:
    👤 { $caregiver }
    🌐 { $language }
    📞 { $phone }
    🏘 { $settlement }
    { $children }
mediator-enrol-ask-consent =
    🔒 Pročitaj roditelju obaveštenje o privatnosti. Čuvamo: ime kojim zoveš roditelja, naselje, broj telefona ako ga da i tvoje beleške; za svako dete nadimak, da li je devojčica ili dečak (ako kaže), datum rođenja, da li je beba rođena pre vremena i upisane vakcine.
    Samo za savete i podsetnike. Vide ih samo roditelj, ti i ljudi koji održavaju bota. Roditelj može sve da obriše kad hoće, komandom { "/delete" }. Ovo obaveštenje dobija i napisano kad otvori pozivnicu.
    Da li je roditelj razumeo i pristao?
mediator-enrol-consent-yes = ✅ Objašnjeno, slaže se
mediator-enrol-done = 🎉 Porodica je upisana.

## Pozivnica za porodicu
mediator-invitation-family = Pozivnica za roditelja važi do { $until } i može da se iskoristi jednom.
mediator-invitation-viber = Viber: { $link }
mediator-invitation-telegram = Telegram: { $link }
mediator-invitation-code = Kod za terminal: { "/start" } { $code }
mediator-invitation-qr = Neka roditelj kamerom telefona skenira kod na slici, onaj ispod imena svoje aplikacije.
mediator-invitation-replaced = 🔁 Nova pozivnica. Stara više ne važi.
# `cavororo chat` (terminal) ovim redom pokazuje fajl koji je bot napravio za čet (sliku sa QR kodom, izvoz podataka).
mediator-terminal-file = 📎 [fajl: { $name }, { $size ->
    [one] { $size } bajt
    [few] { $size } bajta
   *[other] { $size } bajtova
}]
mediator-family-open = 👪 Porodica

## Moje porodice i pretraga
mediator-child-short = { $name } ({ $age })
mediator-family-line = • { $caregiver }: { $children }: { $status }
mediator-family-button = { $caregiver }
mediator-families = { $count ->
    [one] Imaš { $count } porodicu:
    [few] Imaš { $count } porodice:
   *[other] Imaš { $count } porodica:
}
    { $items }
mediator-families-none = Još nemaš upisanih porodica. Počni sa „➕ Upiši porodicu“.
mediator-families-more = ➡️ Još
mediator-search-ask = Napiši nadimak roditelja ili deteta (ili deo nadimka).
mediator-search-none = Nisam našao nijednu tvoju porodicu sa tim nadimkom.
mediator-search-found = { $count ->
    [one] Našao sam { $count } porodicu:
    [few] Našao sam { $count } porodice:
   *[other] Našao sam { $count } porodica:
}
    { $items }
mediator-status-ok = ✅ u redu
mediator-status-help = 🙋 traži pomoć
mediator-status-overdue = ⚠️ kasni vakcina
mediator-status-not-yet = ⏳ dva puta „još ne“
mediator-status-unreachable = 📵 ne prima poruke
mediator-status-not-opened = ✉️ pozivnica nije otvorena

## Lista za rad
mediator-worklist-empty = 🎉 Lista za rad je prazna: nijedna porodica sada ne čeka na tebe.
mediator-worklist = { $count ->
    [one] 📋 { $count } porodica treba tvoju pomoć, najhitnija prva:
    [few] 📋 { $count } porodice trebaju tvoju pomoć, najhitnije prve:
   *[other] 📋 { $count } porodica treba tvoju pomoć, najhitnije prve:
}
    { $items }
mediator-worklist-line = • { $caregiver }: { $reasons }
mediator-reason-help = 🙋 traži pomoć
mediator-reason-overdue = { $doses ->
    [one] ⚠️ { $doses } vakcina kasni ({ $days } { $days ->
        [one] dan
       *[other] dana
    })
    [few] ⚠️ { $doses } vakcine kasne (najduže { $days } { $days ->
        [one] dan
       *[other] dana
    })
   *[other] ⚠️ { $doses } vakcina kasni (najduže { $days } { $days ->
        [one] dan
       *[other] dana
    })
}
mediator-reason-not-yet = ⏳ dva puta „još ne“ na podsetnik
mediator-reason-unreachable = 📵 bot je blokiran ili odjavljen
mediator-reason-not-opened = ✉️ pozivnica nije otvorena posle jednog dana

## Jedna porodica
mediator-family-card =
    👤 { $caregiver } · 🏘 { $settlement }
    📞 { $phone } · 🌐 { $language }
    { $children }
    Stanje: { $status }
mediator-notes =
    📝 Beleške:
    { $items }
mediator-note-line = • { $date }: { $text }
mediator-record-vaccination = 💉 Upiši vakcinu
mediator-add-note = 📝 Beleška
mediator-parent-view = 👁 Kako vidi roditelj
mediator-parent-view-header = 👁 Ovo vidi roditelj ({ $caregiver }):
mediator-new-invitation = 🔁 Nova pozivnica
mediator-hand-over = 🤝 Predaj drugoj medijatorki
mediator-help-handled = ✅ Pomoć je pružena
mediator-help-marked-handled = ✅ Zabeleženo: pomoć je pružena.
mediator-note-ask = Napiši belešku za: { $caregiver }. Ne piši dijagnoze.
mediator-note-invalid = Beleška može da ima najviše { $max } znakova.
mediator-note-saved = 📝 Beleška je sačuvana.

## Upis vakcine
mediator-vaccination-which-child = Za koje dete upisuješ vakcinu?
mediator-vaccination-which-dose = { $gender ->
        [girl] Koju vakcinu je primila { $name }?
        [boy] Koju vakcinu je primio { $name }?
       *[other] Koju vakcinu je primilo: { $name }?
    }
mediator-vaccination-nothing-open = Za { $name } sada nema vakcine koju treba upisati.
mediator-vaccination-ask-date = Kog dana je dete vakcinisano? Napiši datum (dan.mesec.godina) ili pritisni „Danas“.
mediator-vaccination-today = 📅 Danas
mediator-vaccination-before-birth = Taj dan je pre rođenja deteta ({ $born }). Proveri datum.
mediator-vaccination-saved = ✅ Upisano: { $name }, { $vaccine }, { $date }.

## Predaja porodice
mediator-hand-over-to-whom = Kojoj medijatorki predaješ porodicu: { $caregiver }?
mediator-hand-over-nobody = Nema druge aktivne medijatorke kojoj možeš da predaš porodicu.
mediator-handed-over = 🤝 Porodica { $caregiver } je sada kod medijatorke { $name }.

## Obaveštenja medijatorki (šalju se sama)
mediator-notice-help = 🙋 Porodica { $caregiver } traži tvoju pomoć.
mediator-notice-handed-over = 🤝 Dobila si novu porodicu: { $caregiver }.
