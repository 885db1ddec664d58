### Romani draft: awaiting review by a native speaker
## Sakođesutno vorba: datum thaj anav, đesutne datumura, lačho avilan palem, dur, glasovna poruke

conversation-name-looks-like-date = „{ $typed }“ sar datum dikhjol. Dal si kava o datum kana bijandilo ({ $born })?
conversation-it-is-the-birth-date = 📅 Va, bijandipe
conversation-it-is-the-name = ✏️ Na, kava si o anav
conversation-date-read = 📅 Bijandilo: { $born }
birth-date-error-date-year-missing =
    Savo berš? Ramosar o đes, o čhon thaj o berš.
    Sar kava: { $example }
reminders-date-error-year-missing =
    Savo berš? Ramosar o đes, o čhon thaj o berš.
    Sar kava: { $example }
invitation-welcome-back = 👋 Lačho avilan palem! Kava akharipe si tlo. Alosar tele so trebul tuće.
services-only-zemun =
    Džanav numaj thana ando Zemun, a tu san dur olendar.
    Te si hitno, akhar 194. Alosar tele te dikhe e thana ando Zemun.
service-card-call-now = 📞 Akhar { $phone }
message-unsupported = Šaj te drabarav numaj tekst, dugmad thaj bičhaldi lokacija. Alosar jekh dugme vaj ramosar o odgovori.
invitation-join-question =
    Akate si tut familija: { $children }. Kava akharipe si vaš i familija kaj ramosarda i medijatorka.
    Te ćerav jekh familija tle čhavenca, vaj te ačhol tli familija sar si?
invitation-join-merge = 🔗 Jekh familija
invitation-join-keep = 🏠 Ačhav mlji
invitation-join-merged = ✅ Ćerdem: jekh familija. I familija katar i medijatorka thaj tle čhave si khetane. Alosar tele so trebul tuće.
invitation-join-kept = Mišto, khanči na paruvdem. Tli familija ačhol sar sasa.
