### Romani draft: awaiting review by a native speaker
## A mediator now looks after the family (outbox kind "handover", scheduler/compose.py): the parent is told once.
## The mediator is not named: the name an operator gave her is not one she agreed to show to parents.

handover-taken = 🤝 I zdravstvena medijatorka akana žutil tli familija. Šaj te ramol tuće kate, thaj „🙋 Trebul man i medijatorka“ akana resel late.
handover-moved = 🤝 Akana aver zdravstveno medijatorka žutil tli familija. Šaj te ramol tuće kate, thaj „🙋 Trebul man i medijatorka“ akana resel late.
