## Tabla laboratorije (/dashboard): stranica za koordinatore, na srpskom (latinica) ili engleskom. bot/dashboard/web.py
## Samo zbirni brojevi; broj manji od 5 se prikazuje kao „<5“ (docs/dashboard.md).

dashboard-title = Čavororo: pregled za laboratoriju
dashboard-sign-in-intro = Ovaj link za prijavu važi jednom. Prijavi se na ovom računaru.
dashboard-sign-in = Prijavi se
dashboard-sign-in-needed = Za ovu stranicu treba nalog. Zatraži link za prijavu od osobe koja održava bota.
dashboard-sign-in-failed = Ovaj link za prijavu je iskorišćen ili je istekao. Zatraži novi.
dashboard-sign-out = Odjavi se
dashboard-account = Nalog { $id }
dashboard-language-sr = Srpski
dashboard-language-en = English
dashboard-filter-from = Od
dashboard-filter-to = Do
dashboard-filter-settlement = Naselje
dashboard-filter-mediator = Medijatorka
dashboard-filter-all = Sve
dashboard-filter-apply = Primeni
dashboard-limited = Vidiš porodice svoje medijatorke, ne druge.
dashboard-small-cells = Svaki broj od 1 do 4 prikazan je kao „<5“: naselja su mala, pa i mali broj može da otkrije porodicu.
dashboard-empty = Za ove filtere nema podataka.
dashboard-download-csv = Preuzmi CSV
dashboard-error-dates = Datumi nisu dobri: „od“ mora biti pre „do“, u razmaku od najviše 10 godina.
dashboard-error-settlement = To naselje ne postoji.
dashboard-error-mediator = Ta medijatorka ne postoji.
dashboard-error-no-panel = Taj grafikon ne postoji.
dashboard-error-csrf = Formular je zastareo. Otvori stranicu ponovo i pokušaj još jednom.
