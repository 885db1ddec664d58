### Romani draft: awaiting review by a native speaker
## Telegram: o komande ando meni thaj o razgovori kaj o bot na vakerel

telegram-command-start = Astar vaj astar palem
telegram-command-menu = Baro meni
telegram-command-help = So šaj te ćerav
telegram-command-language = Paruv i čhib
telegram-command-pause = Ačhav e podsetnikon vaš varekobor
telegram-command-stop = Ačhav e podsetnikon
telegram-command-mydata = So ćeres mandar?
telegram-command-delete = Khos sa mle podaci
telegram-command-privacy = Privatnost: so, sose, kobor vrjama
telegram-private-only =
    Lačho đes! Me vakerav numaj ande privatne poruke, akate ka ačhav čhido.
    Pute privatno razgovor manca te les saveti vaš tlo čhavo.
