## The planner's command line (cavororo reminders preview / due) for activity check-backs (issue 19). For
## operators; the parent never sees these lines.

planner-stage-checkback = check-back
planner-item-checkback = “Did you try it?” { $question }
planner-due-checkback-held = (Viber, check-back only: it goes out now only if the parent wrote in the last 24 hours; otherwise it waits for the family's next message, never a paid message of its own.)
