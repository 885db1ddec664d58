## My children

children-none-yet = You have not added a child yet.
children-list = Your children:
    { $items }
children-item = 👶 { $name }: { $age } (born { $born })
children-add = ➕ Add a child
children-change-date = 📅 Change a birth date
children-remove = 🗑 Remove a child
child-ask-new-birth-date =
    { $name } has the birth date { $born }.
    Type the correct date: day, month, year.
child-birth-date-changed = ✅ Changed: { $name } was born on { $born }.
child-remove-no = No, keep
child-removed = Removed. I no longer keep anything about { $name }.
