### Romani draft: awaiting review by a native speaker
## Baro meni, dumaripe, čhib

menu-title = So trebul tuće? Alosar tele.
menu-welcome-back = Lačho avilan palpale! So trebul tuće?
menu-tip = 💡 Savet vaš mlo čhavo akana
menu-plan = 💉 Vakcine thaj pregledi
menu-services = 📍 Kaj te rodav žutipe
menu-children = 👶 Mle čhave
menu-language = 🌐 Čhib
menu-help = ❓ Sar ćerav buti

language-rom = { "Romani čhib" }
language-sr-latn = { "Srpski latinica" }
language-sr-cyrl = { "Српски ћирилица" }
language-en = { "English" }
language-changed = Mišto: akana ramosarav ande romani čhib.

button-skip = Nakh
button-back-to-menu = ⬅️ Meni
button-cancel = Na
button-stale = Kava dugme akate na ćerel buti. Džas maj dur.

fallback-not-understood = Ma holi, na hatjardem. Alosar jekh dugme.

help-text =
    Me sem Čavororo. Žutiv tut te les sama tle cikne čhavorestar.
    💡 Saveti: jekh ideja vaš o berš tle čhavoresko.
    💉 Vakcine: save vakcine thaj pregledi si akana.
    📍 Žutipe: kaj te dža, adresa thaj telefoni.
    Ramosar /menu te dikhes o meni, /language te paruves i čhib.
    ⚙️ Podešavanja: podsetnici (pauza, ačhav, đes thaj sato), čhib, privatnost. Vaj ramosar /pause vaj /stop.
    🔒 Privatnost: so ićarav pa tute thaj sose, thaj sar te dikhes les vaj te khoses les: o dugme tele.
    Me na sem doktori. Kana o čhavoro si nasvalo, pritisni 🤒: kana te džas akana ko doktori, so te ćeres, kas te akhares.

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
child-name-unnamed = { $gender ->
        [girl] i čhaj bijandi { $born }
       *[other] o čhavoro bijando { $born }
    }
choose-child-tip = Vaš savo čhavo si o savet?
choose-child-plan = Savo čhavesko vakcine kames te dikhes?
choose-child-date = Kaske čhavoresko paruves o đes e bijanipasko?
choose-child-remove = Savo čhavoro kames te ikales?
