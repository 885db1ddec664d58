## Names of vaccine doses (shared/domain/immunization_rs.yaml) and visits (checkups_rs.yaml), and the places.
## Message ids: vaccine-<dose id>, visit-<visit id>, place-<place>, with "_" written as "-".
## Serbian Latin only: the Cyrillic text is generated from this file.

## Vaccine doses

vaccine-bcg-1 = Vakcina protiv tuberkuloze
vaccine-hepb-1 = Hepatitis B – 1. doza
vaccine-hepb-2 = Hepatitis B – 2. doza
vaccine-hepb-3 = Hepatitis B – 3. doza
vaccine-dtap-ipv-hib-1 = Petovalentna vakcina („5 u 1“) – 1. doza
vaccine-dtap-ipv-hib-2 = Petovalentna vakcina („5 u 1“) – 2. doza
vaccine-dtap-ipv-hib-3 = Petovalentna vakcina („5 u 1“) – 3. doza
vaccine-dtap-ipv-hib-booster = Petovalentna vakcina („5 u 1“) – 1. revakcinacija
vaccine-dtap-ipv-booster-2 = Četvorovalentna vakcina („4 u 1“) – 2. revakcinacija
vaccine-pcv-1 = Vakcina protiv pneumokoka – 1. doza
vaccine-pcv-2 = Vakcina protiv pneumokoka – 2. doza
vaccine-pcv-3 = Vakcina protiv pneumokoka – 3. doza
vaccine-pcv-booster = Vakcina protiv pneumokoka – revakcinacija
vaccine-mmr-1 = MMR (male boginje, zauške, rubela) – 1. doza
vaccine-mmr-2 = MMR (male boginje, zauške, rubela) – 2. doza

## Check-ups and home visits

visit-patronage-newborn = Kućne posete patronažne sestre (prvi mesec)
visit-newborn-screening = Test krvi novorođenčeta (skrining)
visit-checkup-1m = Pregled sa mesec dana
visit-checkup-2m = Pregled sa 2 meseca
visit-checkup-3-5m = Pregled sa 3,5 meseca
visit-checkup-5m = Pregled sa 5 meseci
visit-checkup-6m = Pregled sa 6 meseci
visit-checkup-9m = Pregled sa 9 meseci
visit-checkup-12-15m = Sistematski pregled (12–15 meseci)
visit-checkup-18-24m = Sistematski pregled (18–24 meseca)
visit-patronage-2nd-year = Poseta patronažne sestre u 2. godini
visit-checkup-3rd-year = Kontrolni pregled u 3. godini (ako je potrebno)
visit-checkup-4th-year = Sistematski pregled u 4. godini
visit-patronage-4th-year = Poseta patronažne sestre u 4. godini
visit-checkup-5th-year = Kontrolni pregled u 5. godini (ako je potrebno)
visit-checkup-preschool = Sistematski pregled pred školu

## Places

place-porodiliste = Porodilište
place-dom-zdravlja = Dom zdravlja
