## Telegram: spisak komandi u meniju razgovora i razgovori u kojima bot ne priča

telegram-command-start = Početak ili novi početak
telegram-command-menu = Glavni meni
telegram-command-help = Šta umem da radim
telegram-command-language = Promeni jezik
telegram-command-pause = Pauziraj podsetnike
telegram-command-stop = Isključi podsetnike
telegram-command-mydata = Šta čuvaš o meni?
telegram-command-delete = Obriši sve moje podatke
telegram-command-privacy = Privatnost: šta, zašto, koliko dugo
telegram-private-only =
    Zdravo! Pričam samo u privatnim porukama, pa ću ovde ćutati.
    Otvori privatni razgovor sa mnom da dobiješ savete za svoje dete.
