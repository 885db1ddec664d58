## Age-specific tips for parents. One message per tip in content/data/tips.yaml; plain text, no placeholders.
## Facts: shared/domain/nurturing_care.md (WHO feeding, CDC 2022 milestones), immunization_rs.yaml, checkups_rs.yaml.

## 1st month (0-31 days)

tip-newborn-skin-to-skin =
    Hold your baby on your bare chest, skin to skin, with a blanket over you both. Your warmth and your heartbeat calm the baby.

    Being close also makes it easy to breastfeed whenever the baby wants. Fathers can hold the baby like this too. Babies feel safe when someone holds them and answers them.

tip-newborn-breast-milk-only =
    Give your baby only breast milk, whenever the baby wants, day and night. No water, tea or other food until 6 months: breast milk has everything your baby needs, even on hot days.

    Medicine drops that the doctor gives are fine.

tip-newborn-patronage-nurse =
    After you come home from the maternity ward, a patronage nurse from the health centre visits you at home, usually 5 times in the first month. Ask her anything about breastfeeding, sleep or the belly button.

    If no nurse has come, call Dom zdravlja “Zemun” or ask the Roma health mediator.

tip-newborn-first-checkup =
    When your baby is one month old, go to the first check-up with the pediatrician at the health centre. There the baby gets the second dose of the hepatitis B vaccine.

    Bring your baby's health card.

tip-newborn-birth-registration =
    Make sure your baby's birth is registered within 30 days. In most maternity wards this is done for you through “Bebo, dobro došla na svet”: it is free and the papers come by post.

    If not, go to the registry office (matična služba) or ask the health mediator for help. Without these papers it is hard to get a health card and other help.

## 2nd month (32-60 days)

tip-month2-talk-and-smile =
    Talk and sing to your baby while you feed, bathe and change them. Look into their eyes and smile.

    By 2 months most babies smile back and make little sounds. Your voice is your baby's first school.

tip-month2-first-vaccines =
    When your baby is 2 months old, it is time for a check-up and the first vaccines at the health centre: the 5-in-1 vaccine (diphtheria, tetanus, whooping cough, polio, Hib) and the pneumococcal vaccine.

    Bring the health card. Ask the health centre which day to come.

tip-month2-mother-wellbeing =
    Caring for a baby is hard work. Sleep when the baby sleeps, and let your family help with the house.

    If you feel sad, worried or very tired for many days, it happens to many mothers and it is not your fault. Tell the patronage nurse or your doctor: they can help.

## 3-4 months (61-121 days)

tip-months3-4-answer-coos =
    When your baby says “ooo” or “aah”, answer and wait. Let your baby “answer” you back. This is your first conversation.

    When your baby cries, pick them up and comfort them. Love is never too much.

tip-months3-4-second-vaccines =
    At about 3 and a half months, at the check-up in the health centre, your baby gets the second dose of the 5-in-1 vaccine and the pneumococcal vaccine. Ask the nurse for the exact day.

    Bring the health card. If a dose was missed, it is not too late: go anyway, the doctor will make a plan.

tip-months3-4-no-falls =
    Your baby moves more every week and can fall off a bed or a table in a second. Never leave your baby alone up high, not even for a moment.

    If you need your hands free, lay your baby on a blanket on the floor.

## 5-6 months (122-182 days)

tip-months5-6-first-food =
    At 6 months, not before, your baby can start other food too: a few spoons of soft, mashed food, such as cooked vegetables. Keep breastfeeding as before.

    Until 6 months, only breast milk: no water, no tea, no food.

tip-months5-6-third-vaccines =
    At 5 months your baby gets the third dose of the 5-in-1 vaccine. At 6 months there is a check-up and the third dose of hepatitis B. The doctor will tell you if other vaccines are due.

    Bring the health card every time.

tip-months5-6-sound-games =
    Make a sound, wait, and let your baby make one back. Take turns, like a little talk, and laugh together.

    By 6 months most babies laugh, know the faces of their family and take turns making sounds with you. Games like this teach your baby to talk.

## 7-9 months (183-274 days)

tip-months7-9-family-food =
    Give your baby soft food from the family pot, mashed or cut small. Cook with little salt and little sugar. Sweets, chips and sweet drinks fill the tummy but do not help a child grow.

    Keep breastfeeding too.

tip-months7-9-small-things =
    Babies put everything in their mouth. Look at the floor from your baby's height and pick up coins, buttons, batteries, pills and small toy parts.

    Keep medicines and cleaning products up high or locked away.

tip-months7-9-hide-and-find =
    Hide a toy under a cloth while your baby watches, ask “Where is it?” and find it together. Call your baby by name and play peekaboo.

    By 9 months most babies look for things that fall and turn when you call their name.

## 10-12 months (275-365 days)

tip-months10-12-wave-and-clap =
    Clap hands together, wave “bye-bye”, and say “mama” and “tata” often. By 12 months most babies play clapping games, wave bye-bye and call a parent “mama” or “tata”.

    Smile and praise every try.

tip-months10-12-hot-things =
    Your baby is starting to pull up and stand holding on to furniture. Turn pot handles to the back of the stove, and keep hot tea, coffee, the iron and the stove away from little hands.

    Hot liquids can badly burn a small child.

tip-months10-12-measles-vaccine =
    At 12 months your child has a big check-up at the health centre and gets the vaccine against measles, mumps and rubella (MMR). The doctor will also tell you about other vaccines that are due.

    Bring the health card. If your child missed an earlier vaccine, this is a good day to catch up.

## 13-18 months (366-547 days)

tip-months13-18-name-things =
    Name everything you see together: “cup”, “dog”, “shoe”. Look at pictures and point. When your child points at something, say what it is called.

    By 18 months most children say at least 3 words besides “mama” and “tata”, and walk on their own.

tip-months13-18-milk-and-meals =
    Keep breastfeeding until 2 years or longer, if you and your child want to. Your child now eats family food at the table with you and can eat with their fingers.

    Offer fruit and vegetables. Give sweets and salty snacks only rarely.

tip-months13-18-water =
    Never leave a small child alone near water: a bathtub, a bucket, a pond or a ditch. A child can drown in a little water, quickly and without a sound.

    Empty buckets and the bathtub after use.

## 19-24 months (548-730 days)

tip-months19-24-booster-checkup =
    Between 18 and 24 months your child has a big check-up and gets the first booster of the 5-in-1 vaccine. Bring the health card.

    Ask the doctor to check all vaccines so far. If one was missed, it is not too late to catch up.

tip-months19-24-two-words =
    When your child says one word, add another: “Milk” – “More milk”. “Ball” – “Big ball”. Look at a picture book together every day.

    By 2 years most children put two words together, point to parts of the body and kick a ball.

tip-months19-24-big-feelings =
    Small children get angry and cry when things do not go their way. Breathe, get down to their height and name the feeling: “You are angry.” Hug them when they are ready.

    Never hit or shake a child: it hurts and scares, and it teaches nothing.

## 25-36 months (731-1095 days)

tip-year3-pretend-play =
    Play pretend with your child: cook a pretend meal, feed a doll, “phone” someone with a spoon. Let your child lead the game and join in.

    By 30 months most children play pretend and say about 50 words. Playing together helps your child learn and feel loved.

tip-year3-kindergarten =
    Kindergarten (vrtić) helps children learn, play with other children and get ready for school. In Zemun, kindergartens are run by the preschool institution “Dr Sima Milošević”.

    Ask there about enrolment, or ask the health mediator to help you.

tip-year3-act-early =
    At 3 years most children can have a short talk with you and say their first name. If your child says very few words, stops doing things they could do, or you are worried, do not wait.

    Talk to your pediatrician. Dom zdravlja “Zemun” has a development counselling unit for children up to 6.

tip-year3-sweet-drinks =
    Give water and milk to drink, not sweet juices or fizzy drinks. Instead of sweets and chips, offer fruit.

    Sweet and salty snacks fill the tummy and leave less room for the food that makes your child strong.

## 37-48 months (1096-1460 days)

tip-year4-checkup =
    In the 4th year your child has a big check-up: the doctor measures blood pressure for the first time, checks the blood and sends you to the dentist.

    Bring the health card. It is a good time to ask anything about growth, talking or behaviour.

tip-year4-colours-and-words =
    Talk about colours and shapes everywhere: “the red car”, “the round plate”. Ask your child questions that need more than “yes” or “no”.

    By 4 years most children say sentences of 4 or more words, name a few colours and catch a big ball.

tip-year4-medicines-high =
    Children now climb and open everything. Keep medicines, cleaning products, matches and sharp knives up high and closed, and never pour them into drink bottles.

    If your child swallows something dangerous, call 194 at once.

## 49-60 months (1461-1825 days)

tip-year5-turns-and-rules =
    Play simple games with rules: waiting for your turn, rolling a ball, hide and seek. Praise your child for waiting and for trying, not only for winning.

    By 5 years most children follow rules, take turns and can tell a short story.

tip-year5-family-meals =
    Eat together as a family when you can, with the TV off. Children learn to eat well by watching you.

    Serve the same home-cooked food to everyone, with few sweets, chips and sweet drinks.

tip-year5-preschool-programme =
    Before school, every child goes to the preschool programme in a kindergarten. It helps your child start school more easily.

    Ask the kindergarten “Dr Sima Milošević” about enrolment in good time. The health mediator or the CIM drop-in centre can help you with the papers.

## 61-72 months (1826-2190 days)

tip-year6-school-checkup =
    Before your child starts school, there is a big check-up and two vaccines: the second MMR (measles, mumps, rubella) and a booster against diphtheria, tetanus, whooping cough and polio.

    Bring the health card, and do it before you enrol your child in school.

tip-year6-name-and-address =
    Teach your child their full name, your name and where you live. If you can, teach them your phone number too.

    Practise crossing the street together: stop, look both ways, hold hands. Do not let a child of this age cross the street alone.

tip-year6-listen-about-day =
    Every day, ask your child about their day and really listen: “What made you happy today?” Show that their words matter.

    Praise their effort, and tell them you love them.
