## A mediator now looks after the family (outbox kind "handover", scheduler/compose.py): the parent is told once.
## The mediator is not named: the name an operator gave her is not one she agreed to show to parents.

handover-taken = 🤝 Zdravstvena medijatorka sada brine o tvojoj porodici. Može da ti piše ovde, a „🙋 Treba mi medijatorka“ sada stiže do nje.
handover-moved = 🤝 Tvoju porodicu sada prati druga zdravstvena medijatorka. Može da ti piše ovde, a „🙋 Treba mi medijatorka“ sada stiže do nje.
