## Girl or boy: asked only so that the words about the child agree with it (Serbian "rođena"/"rođen", Romani
## "bijandili"/"bijandilo"). Skipped: neutral words. bot/core/onboarding.py, bot/core/gender.py

child-ask-gender = Is your child a girl or a boy? I ask only so that I write about your child correctly. You can skip this.
child-ask-gender-named = Is { $name } a girl or a boy? I ask only so that I write correctly. You can skip this.
child-gender-girl = 👧 Girl
child-gender-boy = 👦 Boy
children-set-gender = 👧👦 Girl or boy
choose-child-gender = Which child: girl or boy?
child-ask-gender-of = { $name }: a girl or a boy?
child-gender-saved = { $gender ->
        [girl] ✅ Saved: { $name } is a girl.
        [boy] ✅ Saved: { $name } is a boy.
       *[other] ✅ Saved.
    }
