## Names of vaccine doses (shared/domain/immunization_rs.yaml) and visits (checkups_rs.yaml), and the places.
## Message ids: vaccine-<dose id>, visit-<visit id>, place-<place>, with "_" written as "-".

## Vaccine doses

vaccine-bcg-1 = BCG (tuberculosis)
vaccine-hepb-1 = Hepatitis B, dose 1
vaccine-hepb-2 = Hepatitis B, dose 2
vaccine-hepb-3 = Hepatitis B, dose 3
vaccine-dtap-ipv-hib-1 = DTaP-IPV-Hib (5-in-1), dose 1
vaccine-dtap-ipv-hib-2 = DTaP-IPV-Hib (5-in-1), dose 2
vaccine-dtap-ipv-hib-3 = DTaP-IPV-Hib (5-in-1), dose 3
vaccine-dtap-ipv-hib-booster = DTaP-IPV-Hib (5-in-1), first booster
vaccine-dtap-ipv-booster-2 = DTaP-IPV (4-in-1), second booster
vaccine-pcv-1 = Pneumococcal (PCV), dose 1
vaccine-pcv-2 = Pneumococcal (PCV), dose 2
vaccine-pcv-3 = Pneumococcal (PCV), dose 3
vaccine-pcv-booster = Pneumococcal (PCV), booster
vaccine-mmr-1 = MMR (measles, mumps, rubella), dose 1
vaccine-mmr-2 = MMR (measles, mumps, rubella), dose 2

## Check-ups and home visits

visit-patronage-newborn = Home visits by the patronage nurse (first month)
visit-newborn-screening = Newborn blood test (screening)
visit-checkup-1m = Check-up at 1 month
visit-checkup-2m = Check-up at 2 months
visit-checkup-3-5m = Check-up at 3½ months
visit-checkup-5m = Check-up at 5 months
visit-checkup-6m = Check-up at 6 months
visit-checkup-9m = Check-up at 9 months
visit-checkup-12-15m = Full check-up at 12–15 months
visit-checkup-18-24m = Full check-up at 18–24 months
visit-patronage-2nd-year = Patronage nurse visit in the 2nd year
visit-checkup-3rd-year = Check-up in the 3rd year (if needed)
visit-checkup-4th-year = Full check-up in the 4th year
visit-patronage-4th-year = Patronage nurse visit in the 4th year
visit-checkup-5th-year = Check-up in the 5th year (if needed)
visit-checkup-preschool = Full check-up before school

## Places

place-porodiliste = Maternity ward
place-dom-zdravlja = Health centre (Dom zdravlja)
