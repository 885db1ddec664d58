## Tips on care and safety added for the health review (issue 15): the extra tips outside the weekly chain
## (tip-x-...) and week 18. One message per tip in content/data/tips.yaml, plain text, no placeholders.

tip-w18-vitamin-d =
    In the first year your baby needs vitamin D drops every day, for strong bones. Breast milk is the best food, but it has little vitamin D.

    If your baby does not get the drops yet, ask the pediatrician or the patronage nurse which drops to give and how many.

tip-x-hot-weather =
    Even on hot days, a baby under 6 months needs no water or tea: breast milk has enough water. In the heat, just breastfeed more often.

    Drink as much water as you want yourself. Keep the baby in the shade and do not dress them too warmly. If your baby seems ill, call the pediatrician.

tip-x-breastfeeding-help =
    Breastfeeding can hurt at first, the nipples can crack, or it may seem the milk is not enough. This happens to many and it can be helped.

    Ask the patronage nurse when she comes, or the pediatrician at the health centre: they show you how to hold the baby at the breast. The more often the baby feeds, the more milk comes.

tip-x-formula =
    If your baby gets formula: wash your hands and the bottle first. Boil fresh water and let it cool for no more than 30 minutes, so it is still hot enough to kill germs.

    Put in exactly as many scoops as the box says, no more and no less. Cool the bottle, test a drop on your wrist. Throw away what the baby did not drink within 2 hours.

tip-x-born-early =
    If your baby was born early or small, hold them on your bare chest, skin to skin, as many hours a day as you can (kangaroo care). This keeps the baby warm and helps them feed and grow.

    Ask the pediatrician about the checks such babies need: hip ultrasound, an eye check for babies born before 37 weeks or under 2 kg, and a hearing test.

tip-x-walkers =
    Baby walkers do not help a baby learn to walk. With a walker a baby moves fast, reaches hot and dangerous things and can fall down the stairs.

    It is better to let your baby play on a blanket on the floor and stand up holding on to furniture, where you can see them.

tip-x-no-honey-milk-tea =
    Until 12 months, do not give your baby honey, cow's milk as a drink, or tea. Do not add salt or sugar to the baby's food.

    Honey can make a baby very ill. Cow's milk and tea do not give what a baby needs. Breast milk, and after 6 months food from the family pot without salt and sugar, are what a baby needs.

tip-x-winter-heating =
    In winter, dress your child in several layers and a hat, and keep the room warm but aired. Never burn rubbish, plastic, rubber or old clothes for heat: the smoke is poison for a child's lungs.

    A stove in a closed room can make carbon monoxide, which you cannot see or smell. If several people have a headache, feel sick or sleepy, go out into fresh air and call 194.

tip-x-lead =
    Burning cables to get the copper, or opening old car batteries, lets out lead. Lead harms a child's brain for life, even in small amounts.

    Do not do this work where children live and play. Wash your hands and change your clothes afterwards, and wash your child's hands before meals.

tip-x-safe-water =
    If your water does not come from a tap with city water, boil it before your child drinks it or before you make food or formula with it.

    Keep water in a clean, closed container and take it out with a clean cup. Clean water protects your child from diarrhoea.

tip-x-fathers-grandparents =
    Fathers, grandmothers and grandfathers can do everything a baby needs: hold, feed, bathe, change nappies, sing, play and take the child to the doctor.

    A child who is cared for by several close people feels safe. Share the care, and let the person who is tired rest.

## Once, in the first weekly message after a baby born early was added ($weeks: weeks born early).
tip-corrected-age-note =
    ℹ️ { $name } was born { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } early. Until 2 years, tips about play and development follow the “corrected age”: the age minus the weeks born early. Vaccines, check-ups and documents follow the real age, from the birth date.
