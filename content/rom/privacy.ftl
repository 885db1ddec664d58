### Romani draft: awaiting review by a native speaker
## Privatnost: o objašnjenje (/privacy), so ićarav (/mydata), khosipe (/delete). bot/core/privacy.py
## privacy-notice trebul te phenel sa sar docs/privacy.md.

privacy-notice =
    🔒 Tle podaci thaj tle prava
    So ićarav: o anava tle čhavengere, te si čhaj vaj čhavo, o đesa kana bijandile, dal o cikno čhavoro bijandilo angleder, o vakcine so ramosardan tu vaj i medijatorka, save saveti bičhaldem, tli čhib thaj tle podsetnici. Te i medijatorka ramosarda tut, vi so oj ramosarda: o anav sar akharel tut, tlo naselje, o telefoni te si ramosardo thaj lake beleške.
    Sose: numaj te bičhalav tuće saveti thaj podsetnici vaš e berš tle čhavesko. Khanči na bikinav thaj na dav kaske, thaj naj reklame.
    Ko dikhel: tu, tli medijatorka (numaj pe pire familije) thaj o manuša so ićaren e botos, kana sastaren les.
    Kobor vrjama: dži kaj tu na khoses. O podaci pa e čhave khosona kana o čhavoro pherel 7 berša, thaj sa khosola pala 2 berša bi nijekh poruka tutar vaj katar i medijatorka.
    Tle prava: /mydata sikavel sa so ićarav, vi sar fajl. /delete khosel sa jekhvar; adžahar vi maj na mukhes man te ićarav. O purane kopije našaven dži 30 đesa.
    Phučipe: phuč tle medijatorka ando Dom zdravlja Zemun.
privacy-menu-entry = 🔒 Privatnost thaj mle podaci
privacy-button-data = 📋 So ićares pa mande?
privacy-button-file = 📎 Bičhal sar fajl
privacy-button-delete = 🗑 Khos sa

## /mydata
privacy-data-chat-only =
    Khanči na ićarav pa tute thaj pa tle čhave. Numaj gndiv kava razgovor thaj lesko čhib ({ $language }), te šaj te dav tuće anglal.
    /delete khosel vi kava.
privacy-language-none = još naj alosardi
privacy-data-family =
    📋 So ićarav pa tli familija:
    ✅ { $consent }
    🌐 Čhib: { $language }
    🔔 { $reminders }
    💬 Razgovori: { $chats }
    ⏳ { $pending ->
        [one] { $pending } podsetnik si planirime thaj još naj bičhaldo.
       *[other] { $pending } podsetnici si planirime thaj još naj bičhalde.
    }
    👶 { $children ->
        [0] Nijekh čhavo naj ramosardo.
        [one] { $children } čhavo si ramosardo (tele).
       *[other] { $children } čhave si ramosarde (tele).
    }
privacy-data-no-chats = nijekh
privacy-channel-telegram = Telegram
privacy-channel-viber = Viber
privacy-channel-terminal = terminal pe kompjuteri
privacy-channel-other = { $name }
privacy-consent-none = Naj ramosardo so mukhljan.
privacy-consent-parent = Mukhljan man te ićarav: { $date } (objašnjenje pa privatnost { $version }).
privacy-consent-mediator = I medijatorka ramosarda kaj mukhljan { $date } (objašnjenje pa privatnost { $version }, { $method }).
privacy-consent-method-in-person = objasninda tuće uživo
privacy-consent-method-imported = pe hartija
privacy-consent-method-other = avere drumesa
privacy-reminders-on = Savet sako kurko { $day } ko { $hour }:00; o podsetnici si phravde.
privacy-reminders-paused = Savet sako kurko { $day } ko { $hour }:00; o podsetnici si ačhavde dži { $until }.
privacy-reminders-stopped = O podsetnici si ačhavde (/stop).
privacy-data-child =
    👶 { $name }: { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } { $born }. { $early }
    💉 { $vaccines }
    💡 { $tips ->
        [0] Još nijekh savet naj bičhaldo.
        [one] { $tips } savet si bičhaldo.
       *[other] { $tips } saveti si bičhalde.
    }
privacy-child-early = Bijanipe ando { $weeks }. kurko e khamnipasko.
privacy-child-on-time = Naj ramosardo bijanipe angleder.
privacy-child-no-vaccines = Nijekh vakcina naj ramosardi.
privacy-child-vaccine = { $vaccine }: { $date } ({ $by })
privacy-recorded-by-parent = ramosardo akate ando razgovor
privacy-recorded-by-mediator = ramosarda i medijatorka
privacy-recorded-by-other = ramosardo katar o spisko
privacy-data-mediator =
    🤝 So ramosarda tli medijatorka:
    👤 O anav sar akharel tut: { $caregiver }
    🏘 Naselje: { $settlement }
    📞 Telefoni: { $phone }
    🌐 Čhib: { $language }
    ✅ Mukhljan: { $method }
    📅 Ramosardo: { $enrolled }
    📝 Beleške:
    { $notes }
    🙋 Kana phendan „Trebul man i medijatorka“:
    { $help }
privacy-mediator-no-phone = naj dino
privacy-mediator-no-date = naj ramosardo
privacy-mediator-no-notes = naj beleške
privacy-mediator-note = • { $date }: { $text }
privacy-mediator-no-help = khanikana
privacy-mediator-help = • { $date }
privacy-data-rights = Kava si sa. Šaj te bičhalav sa sar fajl, vaj te khosav sa.
privacy-file-caption = 📎 Sa so ićarav pa tli familija, sar fajl. Rak les: ande leste si o podaci tle čhavengere.

## /delete
privacy-delete-confirm =
    🗑 Te khosav sa?
    Ka khosav tli familija, tle čhaven, o ramosarde vakcine, o podsetnici, so ramosarda i medijatorka thaj kava razgovor. Kava na šaj te irisavel palpale.
privacy-delete-yes = 🗑 Va, khos sa
privacy-delete-no = Na, mućh
privacy-delete-cancelled = Mišto, khanči na khosdem.
privacy-deleted =
    ✅ Gata. Khosdem sa pa tli familija thaj kava razgovor.
    Te kames jekh đes te astares palem, pritisni o dugme tele vaj ramosar /start.
