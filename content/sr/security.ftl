## Zaštita: kratak odgovor kada neko šalje previše poruka odjednom

# Jednom, kada je čet poslao previše poruka za kratko vreme; sledeće poruke se ne čitaju dok ne prođe minut.
security-too-many-messages = Previše poruka odjednom. Sačekaj minut, pa piši ponovo.
