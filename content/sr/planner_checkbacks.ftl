## Komandna linija planera (cavororo reminders preview / due) za pitanja posle saveta za igru (issue 19). Za
## operatere; roditelj ne vidi ove redove.

planner-stage-checkback = pitanje posle saveta
planner-item-checkback = „Da li ti je uspelo?“ { $question }
planner-due-checkback-held = (Viber, samo pitanje posle saveta: ide sada samo ako je roditelj pisao u poslednja 24 sata; inače čeka sledeću poruku porodice, nikad kao posebna plaćena poruka.)
