### Romani draft: awaiting review by a native speaker
## I komandno linija e planerosko (cavororo reminders preview / due) vaš e phučipa pala e saveta vaš o khelipe
## (issue 19). Vaš e operateri; o dad vaj i daj na dikhen kala redovi.

planner-stage-checkback = phučipe pala o saveto
planner-item-checkback = „Zumavdan?“ { $question }
planner-due-checkback-held = (Viber, numaj phučipe pala o saveto: akana džal numaj te o dad vaj i daj pisisarde ande palune 24 satura; averčhande ažukerel i aver poruka e familijaći, khanikana korkori sar poruka so poćinel pe.)
