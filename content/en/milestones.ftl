## Milestone notes at the CDC checkpoints, one per entry of content/data/milestones.yaml; plain text, no placeholders.
## Source: shared/domain/nurturing_care.md (CDC "Learn the Signs. Act Early." 2022: what at least 3 of 4 children
## do by that age) and the "act early" advice.

milestone-2m =
    Your baby is 2 months old. By this age most babies:
    – calm down when you talk to them or pick them up,
    – smile when you talk to them or smile,
    – make sounds other than crying,
    – lift their head when lying on their tummy.

    If your baby does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-4m =
    Your baby is 4 months old. By this age most babies:
    – smile on their own to get your attention,
    – coo (“ooo”, “aah”),
    – hold their head steady when you hold them,
    – bring their hands to their mouth.

    If your baby does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-6m =
    Your baby is 6 months old. By this age most babies:
    – know the people they see often,
    – laugh,
    – take turns with you making sounds,
    – roll from tummy to back,
    – lean on their hands when sitting.

    If your baby does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-9m =
    Your baby is 9 months old. By this age most babies:
    – are shy with strangers or cling to you,
    – look when you call their name,
    – babble “mamama”, “bababa”,
    – sit without support,
    – look for things they drop.

    If your baby does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-12m =
    Your child is 12 months old. By this age most children:
    – play clapping games,
    – wave “bye-bye”,
    – call a parent “mama” or “dada”,
    – pull up to stand,
    – walk holding on to furniture.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-15m =
    Your child is 15 months old. By this age most children:
    – say 1-2 words besides “mama” and “dada”,
    – point to ask for something,
    – take a few steps alone,
    – eat with their fingers by themselves.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-18m =
    Your child is 18 months old. By this age most children:
    – say 3 or more words besides “mama” and “dada”,
    – do what you ask (“Give it to me”) even without you pointing,
    – walk alone,
    – scribble with a crayon,
    – copy housework.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-24m =
    Your child is 2 years old. By this age most children:
    – put two words together (“more milk”),
    – point to at least 2 body parts,
    – kick a ball,
    – run,
    – eat with a spoon.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-30m =
    Your child is 2 and a half years old. By this age most children:
    – say about 50 words,
    – say two words together, one of them an action (“doggy runs”),
    – play pretend,
    – jump with both feet.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-36m =
    Your child is 3 years old. By this age most children:
    – talk with you, at least two turns back and forth,
    – say their first name,
    – draw a circle when you show them how,
    – eat with a fork.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-48m =
    Your child is 4 years old. By this age most children:
    – speak in sentences of 4 or more words,
    – name a few colours,
    – catch a large ball,
    – pretend to be someone else in play.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

milestone-60m =
    Your child is 5 years old. By this age most children:
    – tell a story with at least two events,
    – count to 10,
    – hop on one foot,
    – follow rules and take turns.

    If your child does not do some of these, loses a skill they had, or anything worries you, do not wait: talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.
