## Svakodnevni razgovor: datum umesto imena, svakodnevni datumi, dobrodošlica, daleko, glasovne poruke

conversation-name-looks-like-date = „{ $typed }“ liči na datum. Da li je to datum rođenja ({ $born })?
conversation-it-is-the-birth-date = 📅 Da, datum rođenja
conversation-it-is-the-name = ✏️ Ne, to je ime
conversation-date-read = 📅 Datum rođenja: { $born }
birth-date-error-date-year-missing =
    Koje godine? Napiši dan, mesec i godinu.
    Na primer: { $example }
reminders-date-error-year-missing =
    Koje godine? Napiši dan, mesec i godinu.
    Na primer: { $example }
invitation-welcome-back = 👋 Zdravo ponovo! Ova pozivnica je već tvoja. Izaberi ispod šta ti treba.
services-only-zemun =
    Znam samo mesta u Zemunu, a ti si daleko od njih.
    U hitnom slučaju zovi 194. Izaberi ispod da vidiš mesta u Zemunu.
service-card-call-now = 📞 Zovi { $phone }
message-unsupported = Mogu da pročitam samo tekst, dugmad i poslatu lokaciju. Izaberi dugme ili napiši odgovor.
invitation-join-question =
    Ovde već imaš porodicu: { $children }. Ova pozivnica je za porodicu koju je upisala medijatorka.
    Da spojim tvoju decu u jednu porodicu, ili da ostane tvoja kakva jeste?
invitation-join-merge = 🔗 Jedna porodica
invitation-join-keep = 🏠 Ostavi moju
invitation-join-merged = ✅ Gotovo: jedna porodica. Porodica od medijatorke i tvoja deca su zajedno. Izaberi dole šta ti treba.
invitation-join-kept = U redu, ništa se ne menja. Tvoja porodica ostaje kakva je bila.
