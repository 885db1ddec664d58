## 👶 Moja deca: promena imena i „rođeno pre vremena“ (bot/core/children_menu.py)

children-rename = ✏️ Ime
children-early = ⏱ Pre vremena?
choose-child-rename = Kom detetu menjaš ime?
choose-child-early = Za koje dete menjaš „pre vremena“?
children-ask-new-name = Napiši novi nadimak za: { $name }.
children-name-invalid = Napiši kratak nadimak (najviše { $max } slova) ili pritisni „Odustani“.
children-renamed = ✅ Sačuvano: { $name }.
children-early-now-on-time = { $name }: { $gender ->
        [girl] rođena je
        [boy] rođen je
       *[other] dete je rođeno
    } na vreme (ili se ne zna).
children-early-now-weeks = { $name }: { $gender ->
        [girl] rođena je
        [boy] rođen je
       *[other] dete je rođeno
    } u { $weeks }. nedelji trudnoće.
children-ask-weeks = U kojoj nedelji trudnoće je beba rođena? Napiši broj, na primer 34. Ili pritisni „Na vreme“.
children-born-on-time = ✅ Na vreme
children-weeks-invalid = Napiši nedelju kao broj od 22 do 36 ili pritisni „Na vreme“.
children-early-saved-on-time = ✅ Sačuvano: { $name }, { $gender ->
        [girl] rođena je
        [boy] rođen je
       *[other] dete je rođeno
    } na vreme.
children-early-saved-weeks = ✅ Sačuvano: { $name }, { $gender ->
        [girl] rođena je
        [boy] rođen je
       *[other] dete je rođeno
    } u { $weeks }. nedelji trudnoće.
