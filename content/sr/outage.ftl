## Kvar: kratak odgovor dok baza podataka nije dostupna

# Dok bot ne može da dođe do svojih podataka: ništa od poruke nije zapamćeno, roditelj je šalje ponovo.
outage-try-again = Izvini, trenutno ne mogu da odgovorim. Pokušaj ponovo za koji trenutak.
