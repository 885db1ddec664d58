### Romani draft: awaiting review by a native speaker
## Mle čhave

children-none-yet = Još naj čhave.
children-list = Tle čhave:
    { $items }
children-item = { $gender ->
        [girl] 👶 { $name }: { $age } (bijandili { $born })
       *[other] 👶 { $name }: { $age } (bijandilo { $born })
    }
children-add = ➕ De čhavo
children-change-date = 📅 Paruv o đes kana bijandilo
children-remove = 🗑 Ikal čhave
child-ask-new-birth-date =
    { $gender ->
        [girl] { $name } bijandili { $born }.
       *[other] { $name } bijandilo { $born }.
    }
    Ramosar o čačo datum: đes, čhon, berš.
child-birth-date-changed = { $gender ->
        [girl] ✅ Paruvdem: { $name } bijandili { $born }.
       *[other] ✅ Paruvdem: { $name } bijandilo { $born }.
    }
child-remove-no = Na, mućh
child-removed = Ikaldem. Khanči maj na ićarav pa { $name }.
