## 👶 My children: change a name, change "born early" (bot/core/children_menu.py)

children-rename = ✏️ Name
children-early = ⏱ Born early?
choose-child-rename = Whose name do you want to change?
choose-child-early = For which child do you want to change “born early”?
children-ask-new-name = Type the new nickname for: { $name }.
children-name-invalid = Type a short nickname (at most { $max } letters), or press “Cancel”.
children-renamed = ✅ Saved: { $name }.
children-early-now-on-time = { $name }: born on time (or not known).
children-early-now-weeks = { $name }: born in week { $weeks } of pregnancy.
children-ask-weeks = In which week of pregnancy was the baby born? Type a number, for example 34. Or press “On time”.
children-born-on-time = ✅ On time
children-weeks-invalid = Type the week as a number from 22 to 36, or press “On time”.
children-early-saved-on-time = ✅ Saved: { $name } was born on time.
children-early-saved-weeks = ✅ Saved: { $name } was born in week { $weeks } of pregnancy.
