### Romani draft: awaiting review by a native speaker
## Čhaj vaj čhavo: phučav numaj te ramosarav mišto pa o čhavoro (bijandili, bijandilo).

child-ask-gender = Tlo čhavoro si čhaj vaj čhavo? Phučav numaj te ramosarav mišto pa leste. Šaj vi te nakhes.
child-ask-gender-named = { $name } si čhaj vaj čhavo? Phučav numaj te ramosarav mišto. Šaj vi te nakhes.
child-gender-girl = 👧 Čhaj
child-gender-boy = 👦 Čhavo
children-set-gender = 👧👦 Čhaj vaj čhavo
choose-child-gender = Vaš savo čhavoro alosares: čhaj vaj čhavo?
child-ask-gender-of = { $name }: čhaj vaj čhavo?
child-gender-saved = { $gender ->
        [girl] ✅ Ićardem: { $name } si čhaj.
        [boy] ✅ Ićardem: { $name } si čhavo.
       *[other] ✅ Ićardem.
    }
