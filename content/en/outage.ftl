## Outage: a short answer while the database cannot be reached

# While the bot cannot reach its data: nothing of the message was kept, the parent sends it again.
outage-try-again = Sorry, I cannot answer right now. Please try again in a moment.
