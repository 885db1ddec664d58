## Age-specific tips for parents. One message per tip in content/data/tips.yaml; plain text, no placeholders.
## Facts: shared/domain/nurturing_care.md (WHO feeding, CDC 2022 milestones), immunization_rs.yaml, checkups_rs.yaml.

## Weeks 0-52: one tip a week

tip-w00-breast-milk-only =
    Give your baby only breast milk, whenever the baby wants, day and night. No water, tea or other food until 6 months: breast milk has everything your baby needs, even on hot days.

    Medicine drops that the doctor gives are fine.

tip-w01-patronage-nurse =
    After you come home from the maternity ward, a patronage nurse from the health centre visits you at home, usually 5 times in the first month. Ask her anything about breastfeeding, sleep or the belly button.

    If no nurse has come, call Dom zdravlja “Zemun” or ask the Roma health mediator.

tip-w02-skin-to-skin =
    Hold your baby on your bare chest, skin to skin, with a blanket over you both. Your warmth and your heartbeat calm the baby.

    Being close also makes it easy to breastfeed whenever the baby wants. Fathers can hold the baby like this too. Babies feel safe when someone holds them and answers them.

tip-w03-birth-registration =
    Make sure your baby's birth is registered. The deadline is 15 days from the birth (Zakon o matičnim knjigama, the law on registers). In most maternity wards this is done for you through “Bebo, dobro došla na svet”: it is free and the papers come by post. If the papers have not come, ask the mediator or the registry office now.

    If not, go to the registry office (matična služba) or ask the health mediator for help. Without these papers it is hard to get a health card and other help.

tip-w04-first-checkup =
    When your baby is one month old, go to the first check-up with the pediatrician at the health centre. There the baby gets the second dose of the hepatitis B vaccine.

    Bring your baby's health card. If your baby has no chosen pediatrician yet, the health mediator can help you.

tip-w05-safe-sleep =
    Always put your baby to sleep on their back, on a flat, firm place of their own, in your room, close to you. Keep pillows, thick blankets and toys away from the face, and do not cover the head.

    If the baby sleeps in your bed: on their back, away from pillows and the gap at the wall, never on a sofa, and never next to someone who smokes, drank alcohol or took medicine that makes them sleepy.

tip-w06-talk-and-smile =
    Talk and sing to your baby while you feed, bathe and change them. Look into their eyes and smile.

    By 2 months most babies smile back and make little sounds. Your voice is your baby's first school.

tip-w07-mother-wellbeing =
    Caring for a baby is hard work. Sleep when the baby sleeps, and let your family help with the house.

    If you feel sad, worried or very tired for many days, it happens to many parents, mothers and fathers, and it is not your fault. Tell the patronage nurse or your doctor: they can help.

tip-w08-first-vaccines =
    When your baby is 2 months old, it is time for a check-up and the first vaccines at the health centre: the 5-in-1 vaccine (diphtheria, tetanus, whooping cough, polio, Hib) and the pneumococcal vaccine.

    Bring the health card. Ask the health centre which day to come.

tip-w09-comfort-crying =
    When your baby cries, they are telling you something: they are hungry, wet, tired or need you close. Pick them up, talk softly and rock them.

    You cannot spoil a baby by comforting them. When help comes quickly, the baby learns they are safe. If your baby cries for an unusually long time or seems ill, call the pediatrician.

tip-w10-tummy-time =
    When your baby is awake and you are right there, lay them on their tummy on a blanket on the floor a few times a day. Lie in front of them, talk and show them something colourful.

    This makes the neck, back and arms strong. By 2 months most babies lift their head while on their tummy. For sleep, always put the baby on their back.

tip-w11-answer-coos =
    When your baby says “ooo” or “aah”, answer and wait. Let your baby “answer” you back. This is your first conversation.

    When your baby cries, pick them up and comfort them. Love is never too much.

tip-w12-no-falls =
    Every week your baby moves more and can fall off a bed or table in a moment. Never leave your baby alone up high, not even for a second.

    If you need your hands free, put the baby on a blanket on the floor.

tip-w13-hunger-signs =
    Your baby shows hunger before crying: turning the head to look for the breast, opening the mouth, sucking on fingers. Breastfeed then, day and night, as often as the baby asks.

    The more often the baby feeds, the more milk you make. If you worry whether your baby gets enough milk, ask the patronage nurse or the pediatrician to weigh them.

tip-w14-second-vaccines =
    At about 3 and a half months, at the check-up in the health centre, your baby gets the second dose of the 5-in-1 vaccine and the pneumococcal vaccine. Ask the nurse for the exact day.

    Bring the health card. If a dose was missed, it is not too late: go anyway, the doctor will make a plan.

tip-w15-reach-and-grab =
    Hold a colourful rattle or a wooden spoon a little in front of your baby and let them reach out and grab it. Babies put everything in their mouth: that is how they explore. Give only clean things too big to swallow.

    By 4 months most babies bring their hands to their mouth and hold their head steady when you hold them.

tip-w16-never-shake =
    Never shake a baby, not in play and not in anger. A baby's neck is weak, and shaking can badly hurt the brain.

    If your baby cries for a long time and you feel you are losing your patience, lay the baby safely on their back in the cot, step out for a few minutes and breathe deeply. Call someone to help you. Every parent has hard moments.

tip-w17-read-signals =
    Watch what your baby shows you. Smiling and looking at you means “let's play”. Turning the head away, rubbing the eyes or frowning means tired, needing calm.

    When you answer these signs, your baby learns that you understand. Your love and your baby's learning grow from this.

tip-w19-health-card =
    Keep your baby's health card and all papers from the health centre in a dry, safe place, and bring them to every check-up. That way the doctor sees which vaccines the baby already had.

    If your baby has no health card or chosen pediatrician yet, the health mediator can help you sort it out.

tip-w20-look-at-pictures =
    Show your baby big, clear pictures: faces, animals, things from home. A box, a calendar or a picture book will do. Point and say what it is, slowly and cheerfully.

    Your baby does not understand words yet, but learns from your voice and face. The more words a baby hears, the easier it is to start talking.

tip-w21-five-month-vaccine =
    When your baby is 5 months old, go to the health centre for a check-up and the third dose of the 5-in-1 vaccine. The doctor will tell you if another vaccine is due.

    Bring the health card. If an earlier dose was missed, it is not too late: the doctor will make a plan.

tip-w22-ready-for-food =
    Soon your baby will be ready for other food, but only at 6 months. The signs: sitting with a little help, holding the head steady, and being curious about what you eat.

    Until then give only breast milk: it is all your baby needs now. If you have questions about first foods, ask the patronage nurse or the pediatrician.

tip-w23-sound-games =
    Make a sound, wait, and let your baby answer. Take turns, like a little conversation, and laugh together.

    By 6 months most babies laugh, know familiar faces and take turns making sounds with you. Games like this teach your baby to talk.

tip-w24-smoke-free =
    Do not smoke at home, and do not let others smoke near the baby, not in the room and not in the car. Smoke stays in the air, on clothes and on walls, and harms the baby's lungs.

    If you smoke, go outside and wash your hands before you pick up the baby. If you want to stop smoking, ask your doctor for help.

tip-w25-first-food =
    At 6 months, not earlier, your baby can start eating other food too: a few spoonfuls of soft, mashed food such as cooked vegetables. Keep breastfeeding as before.

    Until 6 months, only breast milk: no water, tea or food.

tip-w26-six-month-checkup =
    At 6 months your baby has a check-up at the health centre and gets the third dose of the hepatitis B vaccine. The pediatrician checks how the baby grows and asks about feeding.

    Bring the health card. It is a good time to ask everything about first foods.

tip-w27-foods-that-build =
    Every day, put one of these into your baby's food: egg, meat, fish without bones, beans or lentils, well cooked and mashed. Add vegetables and fruit.

    These foods give strength and help your baby grow and learn. Keep breastfeeding as often as your baby asks.

tip-w28-bang-and-shake =
    Give your baby a pot and a wooden spoon, a tightly closed plastic bottle with a little rice inside, or a box. Let them bang, shake and drop things.

    This is how babies learn what happens when they do something. Play along, name the sounds and laugh together. Expensive toys are not needed.

tip-w29-small-things =
    Babies put everything in their mouth. Look at the floor from your baby's height and pick up coins, buttons, batteries, pills and small toy parts.

    Keep medicines and cleaning products up high or locked away.

tip-w30-stranger-shyness =
    Your baby may now be afraid of strangers and cry when you leave. This is normal: your baby knows who their people are and is attached to you.

    Do not push your baby into strangers' arms. Hold them until they relax and let them watch from a safe place. Your closeness gives them courage.

tip-w31-family-food =
    Give your baby soft food from the family pot, mashed or finely chopped. Take the baby's part out before you add salt or sugar: until 12 months, no added salt or sugar. Sweets, snacks and sugary juices fill the stomach but do not help a child grow.

    Keep breastfeeding. Until 12 months, no honey, no cow's milk as a drink and no tea.

tip-w32-hide-and-find =
    Hide a toy under a cloth while your baby watches, ask “Where is it?” and find it together. Call your baby by name and play peekaboo.

    By 9 months most babies look for things that fall and turn when you call their name.

tip-w33-first-teeth =
    When the first tooth comes, brush it twice a day with a soft children's toothbrush, after breakfast and before sleep. Do not let your baby fall asleep with a bottle of a sweet drink.

    Healthy baby teeth help a child chew and speak. If anything about the teeth worries you, ask the pediatrician.

tip-w34-bedtime-routine =
    Before sleep, do the same things every evening in the same order: bath or wash, breastfeed, a song, then sleep. Dim the light and speak softly.

    The same order every evening helps your baby know what comes next and settle more easily.

tip-w35-crawl-safe-home =
    Your baby will soon crawl. Get down on the floor and look at the room with your baby's eyes: sockets, cables, stairs, an open window, sharp edges, small things.

    Cover the sockets, move cables and heavy things that could fall, and never leave your baby alone near stairs or a window.

tip-w36-finger-food =
    Give your baby soft pieces of food to pick up with their fingers: cooked potato, banana, soft bread. Do not give whole grapes, nuts or hard pieces: the baby can choke.

    Sit with your baby while they eat. Let them get messy and do not force them to finish: a baby knows when they are full.

tip-w37-babble-back =
    When your baby says “ba-ba” or “ma-ma”, repeat it and add a real word: “Mama! Here is mama!” Look at your baby as you talk, so they see your mouth.

    By 9 months most babies babble “mamama” and “bababa”. Your answers show your baby that their sounds matter.

tip-w38-nine-month-checkup =
    At 9 months your baby has a check-up at the health centre. There is usually no vaccine at this visit, but the pediatrician checks how your baby grows, eats and develops.

    Bring the health card and ask about anything that worries you. If a vaccine was missed, ask when it can be caught up.

tip-w39-follow-the-lead =
    Every day, take a little time just to play with your baby on the floor. Watch what interests them and follow: if they look at a ball, talk about the ball; if they bang, bang too.

    When you follow your baby, they learn they matter. It does not take long: what matters is that, for that time, you are all theirs.

tip-w40-hot-things =
    Your baby is starting to pull up and stand holding on to furniture. Turn pan handles towards the back of the stove, and keep hot tea, coffee, the iron and the stove away from small hands.

    Hot liquid can badly burn a small child.

tip-w41-wave-and-clap =
    Clap together, wave “bye-bye” and say “mama” and “dada” often. By 12 months most babies play clapping games, wave “bye-bye” and call a parent “mama” or “dada”.

    Smile and praise every try.

tip-w42-cup-of-water =
    After 6 months you can give your baby a little water in a small cup with meals. Hold the cup and let them take small sips.

    Do not give juice, sweetened tea or fizzy drinks: sugar harms the teeth and takes away the appetite for real food. Keep breastfeeding.

tip-w43-hand-washing =
    Wash your hands with soap and water before you make food and feed your baby, and after nappies and the toilet. Clean hands protect your baby from diarrhoea.

    If your baby has diarrhoea: keep breastfeeding, more often, and after every loose stool give ORS from the pharmacy in small sips. Ask the pediatrician about zinc. Sunken eyes, a dry mouth, few wet nappies or blood in the stool: go to the doctor today.

tip-w44-saying-goodbye =
    When you have to leave, do not sneak away. Hug your baby, say “I'm going, I'll be back after your nap” and wave. When you come back, greet them happily.

    Your baby may cry, but learns that you always come back. This builds trust, and over time goodbyes get easier.

tip-w45-action-songs =
    Sing little songs with movements: clap, wave, point to the nose and ears. Sing the same songs every day, in Romani, in Serbian or in both.

    Babies learn words through repetition and movement. Soon your baby will try to do the movement when they hear the song.

tip-w46-bath-water =
    Never leave a small child alone near water: a bath, a bucket, a pond or a canal. A child can drown in a little water, quickly and silently.

    Empty buckets and the bath after use.

tip-w47-keep-breastfeeding =
    Your baby now eats family food too, but breast milk is still important. Breastfeed for as long as you and your child want, to 2 years and beyond.

    Breast milk is food, drink and comfort when your child is ill or tired. If breastfeeding is hard for you, ask the patronage nurse or the pediatrician for advice.

tip-w48-redirect-not-punish =
    Your baby grabs everything and does not know what is allowed. Instead of shouting or slapping their hand, calmly say “no”, move the dangerous thing away and give something else to play with.

    This way your baby learns without fear. It is easier to put dangerous things out of reach than to keep saying “no”.

tip-w49-cruising =
    Your baby pulls up and walks holding on to furniture. Make room, move wobbly chairs away and let them practise barefoot.

    Hold both hands and walk together. By 12 months most babies stand and walk holding furniture. Some babies take their first steps alone only after their first birthday, and that is fine.

tip-w50-near-the-road =
    A child who crawls and walks is fast and does not understand the danger of cars. Outside near a street or car park, hold them in your arms, in the pram or by the hand.

    Do not let them play in a yard that is not fenced off from the street. Drivers cannot see a small child behind a car.

tip-w51-vaccine-card-check =
    Before the first birthday, check your baby's vaccines with the pediatrician or the health mediator. Did your baby get them all: BCG in the maternity ward, hepatitis B, the 5-in-1 and the pneumococcal vaccine?

    If anything is missing, it is not too late. BCG can be given until 12 months, and the doctor catches up other missed doses with a plan.

tip-w52-measles-vaccine =
    At 12 months your child has a big check-up at the health centre and gets the vaccine against measles, mumps and rubella (MMR). The doctor will also tell you about other vaccines that are due.

    Bring the health card. If your child missed an earlier vaccine, this is a good day to catch up.

## 12-24 months: one tip every half month

tip-m12a-family-table =
    Your child now eats family food at the table with you. Give them their own plate and spoon, and let them eat with their fingers too.

    Offer fruit and vegetables with every meal. Give sweets and salty snacks only rarely. Keep breastfeeding, to 2 years or longer, if you and your child want.

tip-m12b-name-things =
    Name everything you see together: “cup”, “doggy”, “shoe”. Look at pictures and point. When your child points at something, say what it is called.

    By 18 months most children say at least 3 words besides “mama” and “dada” and walk without help.

tip-m13a-windows-balcony =
    Your child now climbs on everything. Move chairs, boxes and furniture away from windows and the balcony, and keep windows closed or open only at the top.

    A fall from a window or balcony can badly hurt a child. A fly screen cannot hold a child who leans on it.

tip-m13b-copy-kindness =
    Your child now watches and copies everything you do. When you speak kindly, say “thank you” and “sorry” or help someone, your child learns to do the same.

    Be the example you want your child to follow. When you make a mistake, say sorry: that teaches too.

tip-m14a-catch-up-vaccines =
    Check the health card or ask at the health centre whether your child has had all vaccines. At 12 months a child gets the vaccine against measles, mumps and rubella (MMR).

    If a vaccine was missed, it is not too late to catch up. The pediatrician will make a plan, and the health mediator can help you get to the health centre.

tip-m14b-scribble =
    Give your child a thick crayon and a big sheet of paper, or let them draw with a stick in the dirt. Show how to scribble and praise every mark.

    Scribbling makes fingers strong for writing later. By 18 months most children scribble. Do not ask for a nice drawing: playing is what matters.

tip-m15a-spoon-practice =
    Give your child their own spoon and let them try to eat alone, even if they spill. Feed them with another spoon when they get tired.

    Your child is learning to eat alone, and it makes them proud. By 2 years most children eat with a spoon. Eat together, without hurry and without shouting.

tip-m15b-two-choices =
    Let your child choose between two things: “The red shirt or the blue one?” “Banana or apple?” Only offer choices that are fine with you.

    Children want to decide for themselves. When they can choose a little, they get angry less often and learn to think.

tip-m16a-medicines-high =
    Your child now walks, climbs and opens everything. Keep medicines, cleaning products, matches and sharp knives up high and closed, and never pour them into drink bottles.

    If your child swallows something dangerous, call 194 at once.

tip-m16b-help-with-chores =
    Let your child “help”: carry laundry, wipe the table with a cloth, put spoons on the table. Talk about what you do: “Now I wash the plate. Your turn!”

    By 18 months most children copy housework. This way they learn words, movements and that they are an important part of the family.

tip-m17a-healthy-snacks =
    Between meals offer fruit, a piece of bread, yoghurt or a boiled egg instead of biscuits, crisps and sweets.

    Children have small stomachs. Sweet and salty snacks fill them quickly but give no strength to grow. Keep a healthy snack at hand at home.

tip-m17b-play-outside =
    Take your child outside every day if you can: to the park, the yard, for a walk. Let them run, climb and collect pebbles and leaves while you watch.

    Moving makes the body strong, helps your child eat and sleep better and teaches them about the world. Wash their hands after play.

tip-m18a-booster-checkup =
    Between 18 and 24 months your child has a big check-up and gets the first booster of the 5-in-1 vaccine. Bring the health card.

    Ask the doctor to check all vaccines so far. If one was missed, it is not too late to catch up.

tip-m18b-specific-praise =
    When your child does something good, say exactly what: “You put your slippers on by yourself!”, “That was kind, giving the doll to your sister.” Smile and hug them.

    When you praise effort and kind acts, children do them more often. This works better than shouting and punishment.

tip-m19a-hold-hands-road =
    Outside near a street, always hold your child's hand, even on the pavement. Children this age suddenly run and do not know how dangerous cars are.

    Cross the street together, slowly, and say what you do: “We stop. We look left, right. Now we go.” This way your child learns the rules early.

tip-m19b-read-together =
    Look at a picture book together every day, even for a few minutes. You do not have to read the text: point at the pictures, ask “What's this?” and tell your own story.

    Children whose parents read and tell stories to them know more words and find school easier.

tip-m20a-big-feelings =
    Small children get angry and cry when things do not go their way. Take a deep breath, get down to your child's level and name the feeling: “You are angry.” Hug them when they are ready.

    Never hit or shake a child: it hurts and frightens, and teaches nothing.

tip-m20b-two-words =
    When your child says one word, add another: “Milk” – “More milk”. “Ball” – “Big ball”. Look at a picture book together every day.

    By 2 years most children put two words together, point to body parts and kick a ball.

tip-m21a-eat-together =
    Eat together at the table, your child with you, without phones and TV. Talk about the food: “This is a carrot. It is orange and crunchy.”

    Your child learns to eat many foods by watching you. If they refuse something, offer it again another time: it can take many tries.

tip-m21b-brush-teeth =
    Brush your child's teeth twice a day, in the morning and before sleep, with a soft children's toothbrush. Let them try alone, then you finish.

    After brushing in the evening, give nothing sweet and no juice. Ask the pediatrician when to visit the dentist for the first time.

tip-m22a-stove-and-fire =
    Your child does not know that a heater, a stove and fire burn. Put a guard around the heater, turn pan handles towards the wall and keep matches and lighters up high. Never leave a child alone with a lit heater, fire or candle.

    If your child gets burnt: cool the burn at once under cool running water for 20 minutes, no ice, butter or oil. A burn bigger than the child's palm, or on the face or hands: go to the doctor.

tip-m22b-body-parts =
    Play “Where is your nose?”: point to your nose, then your child's, then the doll's. Do the same for eyes, ears, mouth, hands and feet.

    By 2 years most children point to at least 2 body parts when asked. Every word your child understands helps them start saying words soon.

tip-m23a-talk-not-screens =
    Children learn to talk from people, not from phones and TV. When you are together, put the phone away and talk, sing and play with your child.

    If your child watches cartoons, keep it short, watch together and talk about it. Turn screens off before sleep.

tip-m23b-sweet-drinks =
    For drinks give water and milk, not sugary juices and fizzy drinks. Instead of sweets and crisps, offer fruit.

    Sweet and salty snacks fill the stomach, leaving less room for the food that makes a child grow strong.

## 24-72 months: one tip a month

tip-m24-kindergarten =
    Kindergarten helps children learn, play with other children and get ready for school. In Zemun, kindergartens are run by the preschool institution “Dr Sima Milošević”.

    Ask there about enrolment, or ask the health mediator to help you.

tip-m25-pretend-play =
    Play “let's pretend” with your child: cook lunch from toys, feed a doll, “phone” with a spoon. Let your child lead the game, and join in.

    By 30 months most children play pretend and say about 50 words. Playing together helps your child learn and feel loved.

tip-m26-fruit-and-vegetables =
    Put fruit and vegetables of different colours on the table every day: carrot, apple, pepper, cabbage, banana. Cut them into sticks and eat together.

    If your child does not like a vegetable, do not force it: offer it again another day, another way. Children often learn to like a new food only after many tries.

tip-m27-play-area-check =
    Before your child plays outside, look at the place: is there glass, needles, sharp metal, rubbish or open holes? Remove dangerous things or choose another place.

    Teach your child not to touch unknown things on the ground and to call you when they find something.

tip-m28-toilet-learning =
    When your child shows they know they are wet, is curious about the potty and stays dry for an hour or two, you can slowly start teaching them to use the potty.

    Be patient and praise every success. Never scold or punish accidents: every child learns in their own time.

tip-m29-count-things =
    Count everything around you together: stairs as you climb, spoons on the table, apples in the bag. “One, two, three!” Point at each thing.

    Your child does not need to know numbers yet. Through play they learn that numbers tell how many, and this helps at school later.

tip-m30-move-every-day =
    Children need lots of movement every day: running, jumping, climbing, playing ball. Go outside whenever you can and play together.

    By 30 months most children jump with both feet. Moving makes bones and muscles strong and helps your child sleep better.

tip-m31-breakfast =
    Let your child eat breakfast every morning before leaving the house: bread, egg, cheese, milk, cornmeal porridge or fruit. Breakfast does not have to cost much.

    After the night, your child needs strength for play and learning. A hungry child gets upset more easily and listens less.

tip-m32-body-safety =
    Teach your child the names of all body parts, also the ones underwear covers. Say: “Your body is yours. Nobody may touch you where your underwear is, except the doctor when I am there. If someone does, tell me.”

    Explain that there are no secrets they must keep from you, and that they will not be punished for telling you.

tip-m33-why-questions =
    Your child now keeps asking “What's that?” and “Why?”. Answer patiently and simply. When you do not know, say “Let's find out together.”

    Questions are how children learn. Ask your child too: “Why do you think it rains?” and listen to the answer.

tip-m34-feelings-words =
    When your child feels something strongly, give the feeling a name: “You are sad because the ball burst.” “You are happy because grandma came.” Talk about your own feelings too.

    A child who knows words for feelings can say what is wrong more easily, instead of hitting or screaming.

tip-m35-act-early =
    At 3 years most children can have a short conversation with you and say their name. If your child says very few words, stops doing things they could do, or anything worries you, do not wait.

    Talk to the pediatrician. Dom zdravlja “Zemun” has a development counselling unit (razvojno savetovalište) for children up to 6 years.

tip-m36-year4-checkup =
    In the 4th year your child has a big check-up: for the first time the doctor measures blood pressure, checks a blood count and sends you to the dentist.

    Bring the health card. It is a good chance to ask anything about growth, speech and behaviour.

tip-m37-colours-and-words =
    Talk about colours and shapes everywhere: “the red car”, “the round plate”. Ask your child questions that cannot be answered with just “yes” or “no”.

    By 4 years most children speak in sentences of 4 or more words, name a few colours and catch a large ball.

tip-m38-dentist =
    After the check-up in the 4th year, the pediatrician sends you to the dentist. Go, even if the teeth look healthy: the dentist checks the baby teeth and tells you how to look after them.

    Talk about the dentist kindly, without fear. Keep brushing your child's teeth twice a day and make sure they do not eat many sweets.

tip-m39-rivers-and-canals =
    When your child is outside near water, a river, canal, pond, well or pool, an adult must watch them all the time. Cover wells and barrels of water.

    A child can drown quickly and without a sound. Near the Danube, hold your child's hand.

tip-m40-cook-together =
    Invite your child to help in the kitchen: wash vegetables, mix a salad, break bread. Give easy jobs, away from the stove and knives.

    Children more gladly eat food they helped make. Along the way they learn words, numbers and what healthy food is.

tip-m41-draw-shapes =
    Draw together: draw a circle and say “Now you!” Draw lines, circles, a sun, a house. A finger in sand or flour works too.

    By 3 years most children draw a circle when shown how. Drawing trains fingers and eyes for writing later. Hang the drawing on the wall: your child will be proud.

tip-m42-time-together =
    Every day, take at least 10 minutes just for one child, without the phone or chores. Let your child choose the game, and play the way they say.

    When there are several children at home, each needs a little time alone with you. Then a child feels loved and seeks attention through mischief less often.

tip-m43-salty-snacks =
    Crisps, salty sticks, shop sausages and instant soups have a lot of salt and little of what a child needs. Buy them rarely and do not keep them at home all the time.

    For a snack offer fruit, bread with cheese, yoghurt or a boiled egg.

tip-m44-soap-and-water =
    Teach your child to wash their hands with soap and water: before eating, after the toilet and when coming in from outside. Rub palms, fingers and nails while you sing a short song.

    Handwashing protects the whole family from diarrhoea, coughs and other illnesses. Children learn best when they see you do it too.

tip-m45-home-language =
    Speak with your child in the language closest to you: Romani, Serbian or both. Tell them stories and sing the songs of your own childhood.

    A child who knows their first language well learns a second one more easily. Two languages are a treasure, not a problem. Your child will also learn Serbian in kindergarten and school.

tip-m46-dogs =
    Teach your child not to go near unknown dogs, not to touch a dog that is eating or sleeping, and not to run from a dog but to stand still.

    Never leave a small child alone with a dog, not even your own. If a dog bites your child, go to a doctor straight away, even if the wound is small.

tip-m47-calm-discipline =
    When your child does something not allowed, get down to their level and calmly say what to do instead: “We throw the ball outside, not in the house.” Be consistent, the same every time.

    Never hit or humiliate a child. Beatings frighten but do not teach. Children learn best from clear rules, praise and your example.

tip-m48-year5-control =
    In the 5th year there is no big regular check-up, unless the pediatrician asks you to come back for a control. But you can always go when something worries you.

    See the pediatrician if your child sees or hears poorly, has trouble speaking, or behaves differently than before. If a vaccine is late, ask how to catch up.

tip-m49-family-meals =
    Eat together as a family whenever you can, with the TV off. Children learn to eat healthily by watching you.

    Serve everyone the same home-cooked food, with few sweets, crisps and sugary drinks.

tip-m50-sleep =
    Let your child go to bed at the same time every evening and get up at the same time every morning. Before sleep: brushing teeth, a story, a hug, the TV off.

    A child who sleeps enough is calmer and learns more easily. If your child snores loudly every night or often wakes up frightened, tell the pediatrician.

tip-m51-turns-and-rules =
    Play simple games with rules: waiting your turn, passing a ball, hide-and-seek. Praise your child for waiting and trying, not only for winning.

    By 5 years most children follow rules, take turns and can tell a short story.

tip-m52-play-away-from-traffic =
    Let your child play away from the street and parked cars, in a fenced yard or in the park.

    Teach them: “I never run into the street after a ball. I call you.” A driver cannot see a small child behind a car, and a child does not know how fast a car goes.

tip-m53-own-name-letters =
    Write your child's name in big letters on paper and hang it on the wall. Show the first letter: “This is M, like Mila!” Look for that letter everywhere around you.

    A child who knows some letters learns to read more easily at school. You do not need much schooling for this: playing is enough.

tip-m54-vaccines-before-school =
    School is getting closer. Check with the pediatrician or the health mediator whether your child has had all vaccines so far, and catch up on anything missing.

    Before school your child gets two more vaccines: the second dose of MMR and a booster against diphtheria, tetanus, whooping cough and polio.

tip-m55-no-forcing-food =
    Do not force your child to finish the plate, and do not punish over food. Serve a little, and add more if they ask.

    Your child knows when they are full. When meals become a fight, a child eats even less. If you worry how your child grows or how much they eat, ask the pediatrician to weigh them.

tip-m56-making-friends =
    Give your child chances to play with other children: in the park, at the neighbours', in kindergarten. Help them say “Can I play too?” and share toys.

    When children quarrel, do not judge straight away: ask each child what happened and help them find a solution. This is how a child learns to get along with others.

tip-m57-count-to-ten =
    Count to 10 everywhere: steps, fingers, buttons, cars. Play: “Bring me 3 pebbles.” Let your child count for you.

    By 5 years most children count to 10. Counting through play prepares them for maths at school.

tip-m58-call-for-help =
    Teach your child what to do when something bad happens: find an adult they know, a shop assistant or a police officer, and say their name.

    Show them the ambulance number, 194, and explain that you call it only when someone is badly hurt or ill. Practise it as a game.

tip-m59-preschool-programme =
    Before school every child attends the preparatory preschool programme in kindergarten. It makes starting school easier.

    Ask at kindergarten “Dr Sima Milošević” about enrolment in good time. The health mediator or Svratište CIM can help you with the papers.

tip-m60-story-time =
    After a story, ask your child: “What happened first? And then?” “What do you think happens next?” Let your child tell you a story too, about their day or made up.

    By 5 years most children tell a story with at least two events. Telling stories builds speech and thinking for school.

tip-m61-sweets-not-rewards =
    Do not reward your child with sweets or comfort them with chocolate. Hug them, praise them or play together instead.

    When sweets are a reward, children want them even more and learn to soothe sadness with food. Give sweets rarely, after a meal, not as a prize.

tip-m62-listen-about-day =
    Ask your child every day how their day was, and really listen: “What made you happy today?” Show them that their words matter.

    Praise their effort and tell them you love them.

tip-m63-name-and-address =
    Teach your child their full name, your name and where you live. If you can, teach them your phone number too.

    Practise crossing the street together: stop, look left and right, hold hands. Do not let a child of this age cross the street alone.

tip-m64-pencil-games =
    Play with a pencil: join the dots, colour inside the lines, draw waves and zigzags. Show your child how to hold the pencil with three fingers.

    Do not ask for perfect work, and do not push them to write letters if they do not want to. Play makes the hand and attention strong for first grade.

tip-m65-dress-alone =
    Let your child dress and put on shoes alone, even if it takes longer. Lay out clothes together in the evening, and give enough time in the morning.

    Praise the effort, not only the result. A child who does things alone feels capable and copes better in kindergarten and school.

tip-m66-way-to-school =
    Walk together to the kindergarten or school your child will attend. Show where to stop, where the zebra crossing is and how to look left and right.

    A child this age must still not cross the street alone. But knowing the way and the rules makes them safer and less afraid on the first day.

tip-m67-market-together =
    Take your child to the market or the shop. Let them choose fruit and vegetables, count the apples and say the colours.

    This way they learn words, numbers and to like healthy food. At home, wash and prepare together what they chose.

tip-m68-listening-games =
    Play listening games: “Close your eyes, what do you hear?”, “When I clap, you jump!”, “Say after me: apple, ball, house.”

    At school your child will need to listen and remember what the teacher says. These games prepare them, and they are fun.

tip-m69-talk-about-school =
    Talk about school kindly and cheerfully: your child will learn to read, make friends and have a teacher. Do not use school as a threat.

    Ask what they look forward to and what worries them, and listen seriously. A child who looks forward to school starts more easily.

tip-m70-school-snack =
    Practise a school snack: bread with cheese, fruit, vegetables and a small bottle of water. Let your child help pack it and open the box alone.

    A healthy snack gives strength for learning. After snacks and sugary drinks a child soon feels hungry and tired again.

tip-m71-school-checkup =
    Before starting school your child has a big check-up and gets two vaccines: the second dose of MMR (measles, mumps, rubella) and a booster against diphtheria, tetanus, whooping cough and polio.

    Bring the health card and get it done before school enrolment.
