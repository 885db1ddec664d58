### Romani draft: awaiting review by a native speaker
## Privatnost: o objašnjenje (/privacy), so ćerav (/mydata), khosipe (/delete). bot/core/privacy.py
## privacy-notice trebul te phenel sa sar docs/privacy.md.

privacy-notice =
    🔒 Tle podaci thaj tle prava
    So ćerav: o anava thaj o đesa kana bijandile tle čhave, dal i bebi bijandili angleder, o vakcine so tu vaj i medijatorka ramosardan, save saveti bičhaldem, tli čhib thaj tle podsetnici. Te i medijatorka ramosarda tut, vi so oj ramosarda: o anav sar akharel tut, tlo naselje, o telefoni te si ramosardo thaj lake beleške.
    Sose: samo te bičhalav tuće saveti thaj podsetnici vaš e berš tle čhavesko. Ništa na bikinav thaj na dav kaske, thaj naj reklame.
    Ko dikhel: tu, tli medijatorka (samo pe pire familije) thaj o manuša so ićeren e botos, kana sastaren les.
    Kobor vakti: dži kaj tu na khoses. O podaci pa e čhave khosona kana o čhavo pherel 7 berša, thaj sa khosola pala 2 berša bi nijekh poruka tutar vaj katar i medijatorka.
    Tle prava: /mydata sikavel sa so ćerav, vi sar fajl. /delete khosel sa jekhvar; adžahar vi palpale les tlo saglasnost. O purane kopije našaven dži 30 đesa.
    Pučipe: pučh tle medijatorka ando Dom zdravlja Zemun.
privacy-menu-entry = 🔒 Privatnost thaj mle podaci
privacy-button-data = 📋 So ćeres mandar?
privacy-button-file = 📎 Bičhal sar fajl
privacy-button-delete = 🗑 Khos sa

## /mydata
privacy-data-chat-only =
    Ništa na ćerav tutar thaj tle čhavendar. Samo gndiv kava razgovor thaj lesko čhib ({ $language }), te šaj te dav tuće anglal.
    /delete khosel vi kava.
privacy-language-none = inćar naj alosardi
privacy-data-family =
    📋 So ćerav pa tli familija:
    ✅ { $consent }
    🌐 Čhib: { $language }
    🔔 { $reminders }
    💬 Razgovori: { $chats }
    ⏳ { $pending ->
        [one] { $pending } podsetnik si planirime thaj inćar naj bičhaldo.
       *[other] { $pending } podsetnici si planirime thaj inćar naj bičhalde.
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
privacy-consent-none = Naj ramosardo saglasnost.
privacy-consent-parent = Tlo saglasnost: { $date } (objašnjenje pa privatnost { $version }).
privacy-consent-mediator = I medijatorka ramosarda tlo saglasnost { $date } (objašnjenje pa privatnost { $version }, { $method }).
privacy-consent-method-in-person = objasnisarda tuće uživo
privacy-consent-method-imported = pe hartija
privacy-consent-method-other = avere drumesa
privacy-reminders-on = Savet svako kurko { $day } ko { $hour }:00; o podsetnici si uključime.
privacy-reminders-paused = Savet svako kurko { $day } ko { $hour }:00; o podsetnici si ačhade dži { $until }.
privacy-reminders-stopped = O podsetnici si ačhade (/stop).
privacy-data-child =
    👶 { $name }: bijandilo { $born }. { $early }
    💉 { $vaccines }
    💡 { $tips ->
        [0] Inćar nijekh savet naj bičhaldo.
        [one] { $tips } savet si bičhaldo.
       *[other] { $tips } saveti si bičhalde.
    }
privacy-child-early = Bijandilo ando { $weeks }. kurko.
privacy-child-on-time = Naj ramosardo kaj bijandilo angleder.
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
    ✅ Saglasnost: { $method }
    📅 Ramosardo: { $enrolled }
    📝 Beleške:
    { $notes }
    🙋 Pritisnisardan „Trebul man i medijatorka“:
    { $help }
privacy-mediator-no-phone = naj dino
privacy-mediator-no-date = naj ramosardo
privacy-mediator-no-notes = naj beleške
privacy-mediator-note = • { $date }: { $text }
privacy-mediator-no-help = nikad
privacy-mediator-help = • { $date }
privacy-data-rights = Kava si sa. Šaj te bičhalav sa sar fajl, vaj te khosav sa.
privacy-file-caption = 📎 Sa so ćerav pa tli familija, sar fajl. Rak les: ande leste si o podaci tle čhavengere.

## /delete
privacy-delete-confirm =
    🗑 Te khosav sa?
    Ka khosav tli familija, tle čhaven, o ramosarde vakcine, o podsetnici, so ramosarda i medijatorka thaj kava razgovor. Kava našti te irisavel palpale.
privacy-delete-yes = 🗑 Va, khos sa
privacy-delete-no = Na, mućh
privacy-delete-cancelled = Mišto, ništa na khosdem.
privacy-deleted =
    ✅ Gata. Khosdem sa pa tli familija thaj kava razgovor.
    Te kames jekh đes te aćhares palem, pritisni o dugme tele vaj ramosar /start.
