## Privatnost: obaveštenje (/privacy), šta čuvam (/mydata), brisanje (/delete). bot/core/privacy.py
## privacy-notice mora da se slaže sa docs/privacy.md.

privacy-notice =
    🔒 Tvoji podaci i tvoja prava
    Šta čuvam: nadimke i datume rođenja tvoje dece, da li je dete devojčica ili dečak (ako to znam), da li je beba rođena pre vremena, upisane vakcine (upisuješ ih ti ili zdravstvena medijatorka), koje savete sam poslao, tvoj jezik i podešavanja podsetnika. Ako te je upisala zdravstvena medijatorka, i ono što je ona zapisala: ime kojim te zove, tvoje naselje, broj telefona ako je upisan i njene beleške.
    Zašto: samo da ti šaljem savete i podsetnike koji odgovaraju uzrastu deteta. Nikome ih ne prodajem i ne dajem, i nema reklama.
    Ko ih vidi: ti, tvoja zdravstvena medijatorka (samo za svoje porodice) i ljudi koji održavaju bota, kad ga popravljaju.
    Koliko dugo: dok ih ne obrišeš. Podaci o detetu se brišu kad dete napuni 7 godina, a sve se briše posle 2 godine bez ijedne poruke od tebe ili medijatorke.
    Tvoja prava: { "/mydata" } pokazuje sve što čuvam, i kao fajl. { "/delete" } briše sve odjednom; tako i povlačiš svoj pristanak. Stare sigurnosne kopije nestaju u roku od 30 dana.
    Pitanja: pitaj svoju zdravstvenu medijatorku u Domu zdravlja Zemun.
privacy-menu-entry = 🔒 Privatnost i moji podaci
privacy-button-data = 📋 Šta čuvaš o meni?
privacy-button-file = 📎 Pošalji kao fajl
privacy-button-delete = 🗑 Obriši sve

## /mydata
privacy-data-chat-only =
    Ne čuvam ništa o tebi ni o tvojoj deci. Pamtim samo ovaj razgovor i njegov jezik ({ $language }), da bih mogao da ti odgovorim.
    { "/delete" } briše i to.
privacy-language-none = još nije izabran
privacy-data-family =
    📋 Šta čuvam o tvojoj porodici:
    ✅ { $consent }
    🌐 Jezik: { $language }
    🔔 { $reminders }
    💬 Razgovori: { $chats }
    ⏳ { $pending ->
        [one] { $pending } podsetnik je zakazan, a još nije poslat.
        [few] { $pending } podsetnika su zakazana, a još nisu poslata.
       *[other] { $pending } podsetnika je zakazano, a još nije poslato.
    }
    👶 { $children ->
        [0] Nijedno dete nije upisano.
        [one] Upisano je { $children } dete (ispod).
        [few] Upisana su { $children } deteta (ispod).
       *[other] Upisano je { $children } dece (ispod).
    }
privacy-data-no-chats = nijedan
privacy-channel-telegram = Telegram
privacy-channel-viber = Viber
privacy-channel-terminal = terminal na računaru
privacy-channel-other = { $name }
privacy-consent-none = Pristanak nije zapisan.
privacy-consent-parent = Tvoj pristanak: { $date } (obaveštenje o privatnosti { $version }).
privacy-consent-mediator = Zdravstvena medijatorka je zapisala tvoj pristanak { $date } (obaveštenje o privatnosti { $version }, { $method }).
privacy-consent-method-in-person = objasnila ti je uživo
privacy-consent-method-imported = na papiru
privacy-consent-method-other = na drugi način
privacy-reminders-on = Nedeljni savet { $day } u { $hour }:00; podsetnici su uključeni.
privacy-reminders-paused = Nedeljni savet { $day } u { $hour }:00; podsetnici su pauzirani do { $until }.
privacy-reminders-stopped = Podsetnici su isključeni ({ "/stop" }).
privacy-data-child =
    👶 { $name }: { $gender ->
        [girl] rođena
        [boy] rođen
       *[other] rođeno
    } { $born }. { $early }
    💉 { $vaccines }
    💡 { $tips ->
        [0] Još nijedan savet nije poslat.
        [one] Poslat je { $tips } savet.
        [few] Poslata su { $tips } saveta.
       *[other] Poslato je { $tips } saveta.
    }
privacy-child-early = Rođeno u { $weeks }. nedelji trudnoće.
privacy-child-on-time = Nije upisano rođenje pre vremena.
privacy-child-no-vaccines = Nijedna vakcina nije upisana.
privacy-child-vaccine = { $vaccine }: { $date } ({ $by })
privacy-recorded-by-parent = upisano ovde u razgovoru
privacy-recorded-by-mediator = upisala je zdravstvena medijatorka
privacy-recorded-by-other = upisano sa spiska
privacy-data-mediator =
    🤝 Šta je zapisala tvoja zdravstvena medijatorka:
    👤 Ime kojim te zove: { $caregiver }
    🏘 Naselje: { $settlement }
    📞 Telefon: { $phone }
    🌐 Jezik: { $language }
    ✅ Pristanak: { $method }
    📅 Datum upisa: { $enrolled }
    📝 Beleške:
    { $notes }
    🙋 Pritisnuto „Treba mi medijatorka“:
    { $help }
privacy-mediator-no-phone = nije dat
privacy-mediator-no-date = nije zapisano
privacy-mediator-no-notes = nema beležaka
privacy-mediator-note = • { $date }: { $text }
privacy-mediator-no-help = nikad
privacy-mediator-help = • { $date }
privacy-data-rights = To je sve. Mogu da ti pošaljem sve kao fajl ili da sve obrišem.
privacy-file-caption = 📎 Sve što čuvam o tvojoj porodici, kao fajl. Čuvaj ga: u njemu su podaci tvoje dece.

## /delete
privacy-delete-confirm =
    🗑 Da obrišem sve?
    Obrisaću tvoju porodicu, decu, upisane vakcine, podsetnike, ono što je zapisala zdravstvena medijatorka i ovaj razgovor. To ne može da se vrati.
privacy-delete-yes = 🗑 Da, obriši sve
privacy-delete-no = Ne, zadrži
privacy-delete-cancelled = U redu, ništa nisam obrisao.
privacy-deleted =
    ✅ Gotovo. Obrisao sam sve o tvojoj porodici i ovaj razgovor.
    Ako jednog dana želiš da počneš ponovo, pritisni dugme ispod ili napiši { "/start" }.
