### Romani draft: awaiting review by a native speaker
## Medijatorke dikhen thaj vaken e romane poruke ando čet („🗣 Romane poruke“, docs/mediators.md)

mediator-menu-romani = 🗣 Romane poruke
review-item =
    🗣 Romanes (još { $left } te dikhes):
    { $romani }

    Srbikanes: { $serbian }

    ({ $id }) Si čačo o romanes?
review-button-correct = ✅ Čačo si
review-button-write = ✏️ Ramos maj šukar
review-button-record = 🎙 Phen la glasosa
review-button-skip = ⏭ Nakh
review-button-next = ▶️ Aver poruka
review-thanks-text = 🙏 Najis! Jekh urednik dikhela tlo teksto. Kames te phenes les vi glasosa?
review-button-cancel = ↩️ Palpale
review-thanks = 🙏 Najis! Jekh urednik dikhela. Akana aver poruka.
review-thanks-voice = 🙏 Najis! Ićardem tlo glaso vaš o urednik. Akana aver poruka.
review-ask-text =
    ✏️ Ramos kaja poruka maj šukar, sar phenen la e Roma ando Zemun. Muk e kotora ande kovrdže zagrade sar si.

    { $romani }
review-ask-voice =
    🎙 Ićar o mikrofoni thaj drabar kaja poruka glasosa (dži { $seconds } sekunde):

    { $romani }
review-text-refused = Ramos e poruka (dži { $max } slova) vaj pritisni „↩️ Palpale“.
review-voice-refused = O glaso si but lungo. Drabar la palem, dži { $seconds } sekunde.
review-voice-expected = 🎙 Bičhal jekh glasovno poruka (ićar o mikrofoni) vaj pritisni „↩️ Palpale“.
review-voice-unexpected = Lem tli glasovno poruka, ama ićarav e glasura numaj andar „🗣 Romane poruke“ → „🎙 Phen la glasosa“.
review-none-left = ✅ Akana naj romane poruke te dikhes. Najis!

# The mediator is thanked once an editor applied her proposal (`cavororo content reviews apply`, bot/mediator_notices.py).
mediator-notice-review-applied = 🙏 Najis! Jekh urednik thodja ando boti so tu phendan ando „🗣 Romane poruke“: e roditelja save drabaren romanes akana len les.
