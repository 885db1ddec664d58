### Romani draft: awaiting review by a native speaker
## Baro meni, dumaripe, čhib

menu-title = So trebul tuće? Alosar tele.
menu-welcome-back = Lačho avilan palpale! So trebul tuće?
menu-tip = 💡 Savet vaš mlo čhavo akana
menu-plan = 💉 Vakcine thaj pregledi
menu-services = 📍 Kaj te rodav pomoć
menu-children = 👶 Mle čhave
menu-language = 🌐 Čhib
menu-help = ❓ Pomoć

language-rom = { "Romani čhib" }
language-sr-latn = { "Srpski latinica" }
language-sr-cyrl = { "Српски ћирилица" }
language-en = { "English" }
language-changed = Mišto: akana ramosarav ande romani čhib.

button-skip = Nakh
button-back-to-menu = ⬅️ Meni
button-cancel = Na
button-stale = Kava dugme akate na kerel buti. Džas maj dur.

fallback-not-understood = Ma holi, na haljardem. Alosar jekh dugme.

help-text =
    Me sem Čavororo. Pomožinav tuće te les sama tle cikne čhavestar.
    💡 Saveti: jekh ideja vaš e berš tle čhavesko.
    💉 Vakcine: save vakcine thaj pregledi si akana.
    📍 Pomoć: kaj te dža, adresa thaj telefoni.
    Ramosar /menu te dikhes o meni, /language te paruve i čhib.
    ⚙️ Podešavanja: podsetnici (pauza, ačhav, đes thaj sato), čhib, privatnost. Vaj ramosar /pause vaj /stop.
    🔒 Privatnost: so ćerav tutar thaj sose, thaj sar te dikhes les vaj te khoses les: o dugme tele.
    Me na sem doktori. Kana o čhavo si nasvalo, pritisni 🤒 Mlo čhavo si nasvalo: kana akana ko doktori, so ćhere, kas te akhares.

## Kobor berša si e čhaves
age-days = { $days ->
    [one] { $days } đes
   *[other] { $days } đesa
}
age-months = { $months ->
    [one] { $months } čhon
   *[other] { $months } čhona
}
age-years-months = { $years ->
    [one] { $years } berš
   *[other] { $years } berša
}{ $months ->
    [0] {""}
    [one] {" "}thaj { $months } čhon
   *[other] {" "}thaj { $months } čhona
}

## Sar akharas e čhave
child-name = { $name }
child-name-unnamed = o čhavo bijando { $born }
choose-child-tip = Vaš savo čhavo si o savet?
choose-child-plan = Savo čhavesko vakcine kames te dikhes?
choose-child-date = Kaske paruves o đes kana bijandilo?
choose-child-remove = Savo čhave kames te ikaljes?
