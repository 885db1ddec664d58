## Datumi. Dan i godina su brojevi, mesec je reč u genitivu, jer datum sa danom uvek stoji u genitivu:
## „do 15. januara 2027.“, „rođena 7. septembra 2026.“. Iza godine je tačka; kad datum završava rečenicu, bot ne
## dodaje drugu tačku. Dates: day and year as numbers, the month's word in the genitive.

date-full = { $day }. { $month ->
    [1] januara
    [2] februara
    [3] marta
    [4] aprila
    [5] maja
    [6] juna
    [7] jula
    [8] avgusta
    [9] septembra
    [10] oktobra
    [11] novembra
   *[12] decembra
} { $year }.
