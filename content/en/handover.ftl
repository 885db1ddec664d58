## A mediator now looks after the family (outbox kind "handover", scheduler/compose.py): the parent is told once.
## The mediator is not named: the name an operator gave her is not one she agreed to show to parents.

handover-taken = 🤝 A health mediator now looks after your family. She can write to you here, and “🙋 I need my mediator” now reaches her.
handover-moved = 🤝 Another health mediator now looks after your family. She can write to you here, and “🙋 I need my mediator” now reaches her.
