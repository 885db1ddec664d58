### Romani draft: awaiting review by a native speaker
## Saveti thaj vakcine

tip-header = 💡 { $name }, { $age }:
tip-none-left = Vaš { $name } naj maj but neve saveti akana. Neve aven kana o čhavoro barol.

plan-header = 💉 Vakcine: { $name } ({ $age })
plan-overdue =
    ⚠️ Kasninel, još naj ramosardo:
    { $items }
    Naj kasno! Phuč e pedijatre vaj e medijatorka vaš e vakcine.
plan-item-overdue = • { $name } (trebaljas dži { $since })
plan-due =
    🔔 Akana si i vrjama:
    { $items }
plan-item-due = • { $name } (dži { $until })
plan-next =
    🗓 Palo kava:
    { $items }
plan-item-next = • { $name }: katar { $date }
plan-done =
    ✅ Ćerdo:
    { $items }
plan-item-done = • { $name } ({ $date })
plan-item-at-birth = • { $name }
plan-at-birth =
    🏥 Dela pe ando porodilište (dikh o vakcinalno kartoni):
    { $items }
plan-nothing = Sa e vakcine dži i škola si ćerde. Bravo!
plan-checkups =
    🩺 Pregledi:
    { $items }
plan-item-visit-due = • { $name } (dži { $until })
plan-item-visit-next = • { $name }: katar { $date }
plan-unverified-mark = { $name } *
plan-unverified-note = * Još naj potvrdime: phuč e pedijatre.
plan-footer = Le i zdravstvena knjižica thaj o vakcinalno kartoni. O pedijatro odlučinel; kava plan si palo kalendari e Srbijako.
