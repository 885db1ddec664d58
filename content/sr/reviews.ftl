## Medijatorke proveravaju i snimaju romske tekstove u četu („🗣 Romski tekstovi“, docs/mediators.md)

mediator-menu-romani = 🗣 Romski tekstovi
review-item =
    🗣 Romski (još { $left } za proveru):
    { $romani }

    Srpski: { $serbian }

    ({ $id }) Da li je romski tačan?
review-button-correct = ✅ Tačno
review-button-write = ✏️ Napiši bolje
review-button-record = 🎙 Snimi
review-button-skip = ⏭ Preskoči
review-button-next = ▶️ Sledeći tekst
review-thanks-text = 🙏 Hvala! Urednik će pogledati tvoj tekst. Hoćeš li da ga i snimiš?
review-button-cancel = ↩️ Nazad
review-thanks = 🙏 Hvala! Urednik će to pogledati. Evo sledeće.
review-thanks-voice = 🙏 Hvala! Sačuvala sam snimak za urednika. Evo sledeće.
review-ask-text =
    ✏️ Napiši ovu poruku bolje, kako je kažu Romi u Zemunu. Delove u vitičastim zagradama ostavi kako jesu.

    { $romani }
review-ask-voice =
    🎙 Drži mikrofon i pročitaj ovu poruku naglas (najviše { $seconds } sekundi):

    { $romani }
review-text-refused = Napiši poruku (najviše { $max } slova) ili pritisni „↩️ Nazad“.
review-voice-refused = Snimak je predug. Pročitaj ponovo, najviše { $seconds } sekundi.
review-voice-expected = 🎙 Pošalji glasovnu poruku (drži mikrofon) ili pritisni „↩️ Nazad“.
review-voice-unexpected = Dobila sam glasovnu poruku, ali snimke čuvam samo iz „🗣 Romski tekstovi“ → „🎙 Snimi“.
review-none-left = ✅ Sada nema romskih tekstova za tvoju proveru. Hvala!

# The mediator is thanked once an editor applied her proposal (`cavororo content reviews apply`, bot/mediator_notices.py).
mediator-notice-review-applied = 🙏 Hvala! Urednik je u bota stavio ono što si predložila u „🗣 Romski tekstovi“: roditelji koji čitaju romski to sada dobijaju.
