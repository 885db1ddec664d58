"""Planning and delivery of everything the bot sends on its own (reminders, weekly tips).

Built in issue 7: planner.py (child + schedule + history -> outbox rows), dispatcher.py (claim, send, record,
retry) and runner.py (the APScheduler tick). See DESIGN.md, "APScheduler 3.x as the ticker, an outbox table as
the truth".
"""
