## Devojčica ili dečak: pitam samo da bi reči o detetu bile u pravom rodu („rođena“, „rođen“).
## Ko preskoči, dobija neutralne reči („dete rođeno“). bot/core/onboarding.py, bot/core/gender.py
## Poruke koje imenuju dete mogu da biraju reči po promenljivoj $gender: [girl], [boy], *[other].

child-ask-gender = Da li je dete devojčica ili dečak? Pitam samo da bih pravilno pisao o detetu. Možeš i da preskočiš.
child-ask-gender-named = Da li je { $name } devojčica ili dečak? Pitam samo da bih pravilno pisao. Možeš i da preskočiš.
child-gender-girl = 👧 Devojčica
child-gender-boy = 👦 Dečak
children-set-gender = 👧👦 Devojčica ili dečak
choose-child-gender = Za koje dete biraš: devojčica ili dečak?
child-ask-gender-of = { $name }: devojčica ili dečak?
child-gender-saved = { $gender ->
        [girl] ✅ Sačuvano: { $name } je devojčica.
        [boy] ✅ Sačuvano: { $name } je dečak.
       *[other] ✅ Sačuvano.
    }
