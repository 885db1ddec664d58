### Romani draft: awaiting review by a native speaker

## Names of vaccine doses (shared/domain/immunization_rs.yaml) and visits (checkups_rs.yaml), and the places.
## Message ids: vaccine-<dose id>, visit-<visit id>, place-<place>, with "_" written as "-".

## Vaccine doses

vaccine-bcg-1 = Vakcina vaš tuberkuloza (BCG)
vaccine-hepb-1 = Hepatitis B – 1. doza
vaccine-hepb-2 = Hepatitis B – 2. doza
vaccine-hepb-3 = Hepatitis B – 3. doza
vaccine-dtap-ipv-hib-1 = Vakcina „5 ande 1“ – 1. doza
vaccine-dtap-ipv-hib-2 = Vakcina „5 ande 1“ – 2. doza
vaccine-dtap-ipv-hib-3 = Vakcina „5 ande 1“ – 3. doza
vaccine-dtap-ipv-hib-booster = Vakcina „5 ande 1“ – 1. revakcinacija
vaccine-dtap-ipv-booster-2 = Vakcina „4 ande 1“ – 2. revakcinacija
vaccine-pcv-1 = Vakcina vaš pneumokok – 1. doza
vaccine-pcv-2 = Vakcina vaš pneumokok – 2. doza
vaccine-pcv-3 = Vakcina vaš pneumokok – 3. doza
vaccine-pcv-booster = Vakcina vaš pneumokok – revakcinacija
vaccine-mmr-1 = MMR (male boginje, zauške, rubela) – 1. doza
vaccine-mmr-2 = MMR (male boginje, zauške, rubela) – 2. doza

## Check-ups and home visits

visit-patronage-newborn = I patronažna sestra avel khere (angluno čhon)
visit-newborn-screening = Testo e ratesko e nevo čhavoresko (skrining)
visit-checkup-1m = Pregled – 1 čhon
visit-checkup-2m = Pregled – 2 čhona
visit-checkup-3-5m = Pregled – 3,5 čhona
visit-checkup-5m = Pregled – 5 čhona
visit-checkup-6m = Pregled – 6 čhona
visit-checkup-9m = Pregled – 9 čhona
visit-checkup-12-15m = Baro pregled (12–15 čhona)
visit-checkup-18-24m = Baro pregled (18–24 čhona)
visit-patronage-2nd-year = I patronažna sestra avel khere – 2. berš
visit-checkup-3rd-year = Pregled ando 3. berš (te trebul)
visit-checkup-4th-year = Baro pregled ando 4. berš
visit-patronage-4th-year = I patronažna sestra avel khere – 4. berš
visit-checkup-5th-year = Pregled ando 5. berš (te trebul)
visit-checkup-preschool = Baro pregled anglal i škola

## Places

place-porodiliste = Porodilište
place-dom-zdravlja = Dom zdravlja
