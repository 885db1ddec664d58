### Romani draft: awaiting review by a native speaker
## Phagipe: cikno odgovori dži kaj e podatkonengi baza naj dostupno

# Dži kaj o bot na šaj te resel dži pe podatkura: khanči andar e poruka na ačhilo, o dad vaj e daj bičhalel la palem.
outage-try-again = Ov ertimo, akana na šaj te odgovorinav. Zumav palem jekh cikni vrjama palo kova.
