### Romani draft: awaiting review by a native speaker
## Phagipe: cikno odgovori dži kaj e podatkonengi baza nane dostupno

# Dži kaj o bot našti te resel dži pe podatkura: khanči andar e poruka na ačhilo, o dad vaj e dej bičhalel la palem.
outage-try-again = Ov ertimo, akana našti te odgovorinav. Zumav palem jekh cikno vakti palo kova.
