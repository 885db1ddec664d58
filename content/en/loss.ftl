## Removing a child, and the loss of a child
# Tone: awaiting review for tone by people who support bereaved families (not reviewed). Keep it short, warm
# and plain; no emoji in the loss messages.

removal-ask-reason = Why do you want to remove { $name }?
removal-reason-mistake = ✏️ Entered by mistake
removal-reason-moved = 🏠 The child moved away
removal-reason-died = The child died
removal-reason-other = Another reason

loss-condolence =
    I am so sorry for your loss.
    I have stopped every message about { $name }. I will not ask you about this child again.
loss-support-mediator = Your mediator is there for you, whenever you want to talk.
loss-support-service = People who help families can also listen and help:
loss-ask-tell-mediator = Shall I tell your mediator, so she knows? I tell her only if you agree.
loss-tell-yes = Yes, tell her
loss-tell-no = No, not now
loss-mediator-told = I have told your mediator. She will get in touch.
loss-mediator-not-told = I have not told anyone.
loss-ask-pause = When should I write to you again about your other children?
loss-pause-14 = In 2 weeks
loss-pause-30 = In 1 month
loss-pause-90 = In 3 months
loss-pause-0 = Carry on now
loss-paused =
    I will write to you again from { $date }
    Take care of yourself.
loss-carry-on = I will go on writing about your other children. Take care of yourself.
loss-goodbye = I am here if you need me. Take care of yourself.

mediator-notice-child-loss = { $caregiver }'s family has lost a child. They agreed that you should know.
