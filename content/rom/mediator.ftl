### Romani draft: awaiting review by a native speaker
## Sastimaske medijatorke: meni, ramosaripe e familijako, akharipa, mle familije, lista vaš buti

# Dugme ando meni e dadesko thaj e dajako
menu-mediator = 🙋 Trebul man i medijatorka
mediator-help-sent = ✅ Phendem tle medijatorka. Voj ka akharel tut vaj ka ramosarel tuće sar šaj maj sigo.
mediator-help-none = Još naj tut medijatorka ando Čavororo. Žutipe šaj te arakhes ande „📍 Kaj te rodav žutipe“.

## Akharipa (angla so alosardan čhib, i poruka si ande trin čhiba)
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
invitation-unknown = Kava akharipe naj čačo. Phuč e medijatorka vaš nevo.
invitation-used = Kava akharipe si iskoristime. Phuč e medijatorka vaš nevo.
invitation-expired = Kava akharipe maj na važi. Phuč e medijatorka vaš nevo.
invitation-family-welcome =
    👋 Lačho avilan ando Čavororo! I medijatorka ramosarda tle čhaven, tu na trebul khanči te ramosares.
    Ka bičhalav tuće saveti thaj podsetnici vaš vakcine. Alosar tele so trebul tuće.
invitation-family-in-mediator-chat =
    Kava si akharipe vaš i familija: o dad vaj i daj te phravel les ando pesko telefoni. O akharipe još važi.
mediator-welcome-any = { "Lačho avilan! · Dobro došla! · Welcome!" } 🩺
mediator-welcome = 🩺 Lačho avilan! Kava čet akana si tlo čet sar medijatorka.

## O meni e medijatorkako
mediator-menu-title = 🩺 { $name }, so ćeras?
mediator-menu-enrol = ➕ Ramosar familija
mediator-menu-worklist = 📋 Lista vaš buti
mediator-menu-families = 👪 Mle familije
mediator-menu-find = 🔎 Rode
mediator-notices = { $count ->
    [one] 🔔 { $count } nevi poruka: dikh i lista vaš buti.
   *[other] 🔔 { $count } neve poruke: dikh i lista vaš buti.
}
mediator-help-text =
    ➕ Ramosar familija: anav, čhib, telefoni, naselje, čhave, so mukhel o dad vaj i daj. Ko agor ka les akharipe vaš o dad vaj i daj.
    📋 Lista vaš buti: familije kaj kasninen e vakcinasa, kaj na den palpale vaj kaj roden žutipe.
    👪 Mle familije: sa e čhave thaj kobor berša si len.
    Dikhes thaj paruves numaj tle familije. Sa so ćeres ramosardžol.
mediator-not-your-family = Kaja naj tli familija, vaj kava dugme maj na ćerel buti.
mediator-name = { $name }
mediator-settlement = { $name }
mediator-settlement-other = Aver than

## Ramosaripe e familijako
mediator-enrol-ask-caregiver = Sar te akharas e dade vaj e daja? Ramosar cikno anav (na trebul o sasto anav).
mediator-enrol-caregiver-invalid = Ramosar cikno anav, maj but { $max } slova.
mediator-enrol-ask-language = Ande savi čhib thaj savo pismo te ramosarav vaš { $caregiver }?
mediator-enrol-ask-phone = O telefoni e dadesko vaj e dajako? Ramosar les vaj pritisni „Nakh“.
mediator-enrol-phone-invalid = Kava na dikhol sar telefoni. Sar kava: 064 123 4567. Vaj pritisni „Nakh“.
mediator-enrol-ask-settlement = Ande savo naselje trail i familija?
mediator-enrol-ask-child = Angluno čhavo: ramosar o anav vaj pritisni „Nakh“.
mediator-enrol-ask-next-child = Aver čhavo: ramosar o anav vaj pritisni „Nakh“.
mediator-enrol-ask-more = { $count ->
    [one] Ramosardem { $count } čhave. Si vi aver čhave dži 7 berša?
   *[other] Ramosardem { $count } čhaven. Si vi aver čhave dži 7 berša?
}
mediator-enrol-another-child = ➕ Vi jekh čhavo
mediator-enrol-no-more-children = ✅ Kava si sa
mediator-child-line = 👶 { $name }: { $age } ({ $gender ->
        [girl] bijandili
       *[other] bijandilo
    } { $born })
mediator-enrol-summary =
    Dikh:
    👤 { $caregiver }
    🌐 { $language }
    📞 { $phone }
    🏘 { $settlement }
    { $children }
mediator-enrol-ask-consent =
    🔒 Drabar e dadeske vaj e dajake o obaveštenje pa privatnost. Ićaras: o anav sar akhares e dades vaj e daja, o naselje, o telefoni te del les thaj tle beleške; vaš svako čhavoro o anav, te si čhaj vaj čhavo (te phenel), o đes kana bijandilo, dal bijandilo angleder thaj o vakcine so si ramosarde.
    Numaj vaš saveti thaj podsetnici. Dikhen numaj o dad vaj i daj, tu thaj o manuša so ićaren e botos. Šaj te khosel sa kana mangel, e /delete. Kava obaveštenje lel vi ramosardo kana phravel o akharipe.
    Dal hatjarda thaj dal mukhel?
mediator-enrol-consent-yes = ✅ Phendem, mukhel
mediator-enrol-done = 🎉 I familija si ramosardi.

## Akharipe vaš i familija
mediator-invitation-family = O akharipe važi dži { $until } thaj šaj te iskoristil pe jekh drom.
mediator-invitation-viber = Viber: { $link }
mediator-invitation-telegram = Telegram: { $link }
mediator-invitation-code = Kodo vaš o terminal: { "/start" } { $code }
mediator-invitation-qr = Te skenirinel o dad vaj i daj o kodo ande slika e telefonesa: kodo tele pe anav pe aplikacijako.
mediator-invitation-replaced = 🔁 Nevo akharipe. O purano maj na važi.
# `cavororo chat` (o terminal) sikavel kale redosa o fajl savo o bot ćerda vaš o čet (i slika e QR kodosa, e podatke).
mediator-terminal-file = 📎 [fajl: { $name }, { $size ->
    [one] { $size } bajto
   *[other] { $size } bajtura
}]
mediator-family-open = 👪 Familija

## Mle familije thaj rodipe
mediator-child-short = { $name } ({ $age })
mediator-family-line = • { $caregiver }: { $children }: { $status }
mediator-family-button = { $caregiver }
mediator-families = { $count ->
    [one] Si tut { $count } familija:
   *[other] Si tut { $count } familije:
}
    { $items }
mediator-families-none = Još naj tut ramosarde familije. Astar katar „➕ Ramosar familija“.
mediator-families-more = ➡️ Maj but
mediator-search-ask = Ramosar o anav e dadesko, e dajako vaj e čhavesko (vaj kotor katar o anav).
mediator-search-none = Na arakhlem nijekh tli familija kale anavesa.
mediator-search-found = { $count ->
    [one] Arakhlem { $count } familija:
   *[other] Arakhlem { $count } familije:
}
    { $items }
mediator-status-ok = ✅ mišto
mediator-status-help = 🙋 rodel žutipe
mediator-status-overdue = ⚠️ vakcina kasninel
mediator-status-not-yet = ⏳ duj drom „još na“
mediator-status-unreachable = 📵 na lel poruke
mediator-status-not-opened = ✉️ o akharipe naj phravdo

## Lista vaš buti
mediator-worklist-empty = 🎉 I lista vaš buti si čuči: nijekh familija akana na adžikerel tut.
mediator-worklist = { $count ->
    [one] 📋 { $count } familija trebul tut, i maj hitno angle:
   *[other] 📋 { $count } familije trebun tut, e maj hitne angle:
}
    { $items }
mediator-worklist-line = • { $caregiver }: { $reasons }
mediator-reason-help = 🙋 rodel žutipe
mediator-reason-overdue = { $doses ->
    [one] ⚠️ { $doses } vakcina kasninel ({ $days } { $days ->
        [one] đes
       *[other] đesa
    })
   *[other] ⚠️ { $doses } vakcine kasninen (maj but { $days } { $days ->
        [one] đes
       *[other] đesa
    })
}
mediator-reason-not-yet = ⏳ duj drom phenda „još na“ pe podsetniko
mediator-reason-unreachable = 📵 o bot si blokirime vaj odjavime
mediator-reason-not-opened = ✉️ o akharipe naj phravdo palo jekh đes

## Jekh familija
mediator-family-card =
    👤 { $caregiver } · 🏘 { $settlement }
    📞 { $phone } · 🌐 { $language }
    { $children }
    Sar si: { $status }
mediator-notes =
    📝 Beleške:
    { $items }
mediator-note-line = • { $date }: { $text }
mediator-record-vaccination = 💉 Ramosar vakcina
mediator-add-note = 📝 Beleška
mediator-parent-view = 👁 So dikhel o dad vaj i daj
mediator-parent-view-header = 👁 Kava dikhel o dad vaj i daj ({ $caregiver }):
mediator-new-invitation = 🔁 Nevo akharipe
mediator-hand-over = 🤝 De avera medijatorka
mediator-help-handled = ✅ I žutipe si dindi
mediator-help-marked-handled = ✅ Ramosardem: i žutipe si dindi.
mediator-note-ask = Ramosar beleška vaš { $caregiver }. Na ramosar dijagnoze.
mediator-note-invalid = I beleška šaj te avel maj but { $max } znakura.
mediator-note-saved = 📝 I beleška si ićardi.

## Ramosaripe e vakcinako
mediator-vaccination-which-child = Vaš savo čhavo ramosares i vakcina?
mediator-vaccination-which-dose = Savi vakcina lija { $name }?
mediator-vaccination-nothing-open = Vaš { $name } akana naj vakcina te ramosare.
mediator-vaccination-ask-date = Ande savo đes o čhavoro lija i vakcina? Ramosar o datum (đes.čhon.berš) vaj pritisni „Ađes“.
mediator-vaccination-today = 📅 Ađes
mediator-vaccination-before-birth = Kava đes si angla o bijanipe e čhavoresko ({ $born }). Dikh o datum.
mediator-vaccination-saved = ✅ Ramosardem: { $name }, { $vaccine }, { $date }.

## Dipe e familijako avera medijatorka
mediator-hand-over-to-whom = Savi medijatorka te lel i familija { $caregiver }?
mediator-hand-over-nobody = Naj aver aktivno medijatorka kaske šaj te des i familija.
mediator-handed-over = 🤝 I familija { $caregiver } akana si kaj i medijatorka { $name }.

## Poruke vaš i medijatorka (džan korkore)
mediator-notice-help = 🙋 I familija { $caregiver } rodel tlo žutipe.
mediator-notice-handed-over = 🤝 Lijan nevi familija: { $caregiver }.
