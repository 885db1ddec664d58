### Romani draft: awaiting review by a native speaker
## Mle čhave

children-none-yet = Inćar naj čhave.
children-list = Tle čhave:
    { $items }
children-item = 👶 { $name }: { $age } (bijandilo { $born })
children-add = ➕ De čhave
children-change-date = 📅 Paruv o đes kana bijandilo
children-remove = 🗑 Ikal čhave
child-ask-new-birth-date =
    { $name } bijandilo { $born }.
    Ramosar o čačo datum: đes, čhon, berš.
child-birth-date-changed = ✅ Paruvdem: { $name } bijandilo { $born }.
child-remove-no = Na, mućh
child-removed = Ikaldem. Ništa maj na ćerav pa { $name }.
