## Glavni meni, pomoć, izbor jezika i zajednički delovi

menu-title = Šta ti treba? Izaberi dole.
menu-welcome-back = Zdravo opet! Šta ti treba?
menu-tip = 💡 Savet za moje dete sada
menu-plan = 💉 Vakcine i pregledi
menu-services = 📍 Gde da potražim pomoć
menu-children = 👶 Moja deca
menu-language = 🌐 Jezik
menu-help = ❓ Pomoć

# Nazivi jezika ostaju na svom jeziku i pismu.
language-rom = { "Romani čhib" }
language-sr-latn = { "Srpski latinica" }
language-sr-cyrl = { "Српски ћирилица" }
language-en = { "English" }
language-changed = Važi: sada pišem na srpskom.

button-skip = Preskoči
button-back-to-menu = ⬅️ Meni
button-cancel = Odustani
button-stale = Ovo dugme ovde više ne radi. Nastavljamo.

fallback-not-understood = Izvini, nisam razumeo. Izaberi neko dugme.

help-text =
    Ja sam Čavororo. Pomažem ti da brineš o malom detetu.
    💡 Saveti: jedna ideja za uzrast tvog deteta.
    💉 Vakcine: koje vakcine i pregledi su na redu.
    📍 Pomoć: gde da odeš, adresa i broj telefona.
    Napiši { "/menu" } da vidiš meni, { "/language" } da promeniš jezik.
    ⚙️ Podešavanja: podsetnici (pauza, isključi, dan i sat), jezik, privatnost. Ili napiši { "/pause" } ili { "/stop" }.
    🔒 Privatnost: šta čuvam o tebi i zašto, i kako da to vidiš ili obrišeš: dugme ispod.
    Nisam lekar. Kad je dete bolesno, pritisni 🤒 Dete mi je bolesno: kada odmah kod lekara, šta kod kuće, koga da zoveš.

## Uzrast deteta
age-days = { $days ->
    [one] { $days } dan
    [few] { $days } dana
   *[other] { $days } dana
}
age-months = { $months ->
    [one] { $months } mesec
    [few] { $months } meseca
   *[other] { $months } meseci
}
age-years-months = { $years ->
    [one] { $years } godina
    [few] { $years } godine
   *[other] { $years } godina
}{ $months ->
    [0] {""}
    [one] {" "}i { $months } mesec
    [few] {" "}i { $months } meseca
   *[other] {" "}i { $months } meseci
}

## Kako zovemo dete
child-name = { $name }
child-name-unnamed = { $gender ->
        [girl] devojčica rođena { $born }
        [boy] dečak rođen { $born }
       *[other] dete rođeno { $born }
    }
choose-child-tip = Za koje dete je savet?
choose-child-plan = Za koje dete želiš da vidiš vakcine?
choose-child-date = Kom detetu menjaš datum rođenja?
choose-child-remove = Koje dete želiš da ukloniš?
