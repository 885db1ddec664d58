## Moja deca

children-none-yet = Još nema dodate dece.
children-list = Tvoja deca:
    { $items }
children-item = 👶 { $name }: { $age } ({ $gender ->
        [girl] rođena
        [boy] rođen
       *[other] rođeno
    } { $born })
children-add = ➕ Dodaj dete
children-change-date = 📅 Promeni datum rođenja
children-remove = 🗑 Ukloni dete
child-ask-new-birth-date =
    Datum rođenja za { $name } je { $born }.
    Napiši tačan datum: dan, mesec, godina.
child-birth-date-changed = ✅ Promenjeno: { $name }, datum rođenja { $born }.
child-remove-no = Ne, zadrži
child-removed = Uklonjeno. Više ništa ne čuvam o: { $name }.
