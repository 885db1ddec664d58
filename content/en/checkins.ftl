## Milestone check-ins (issue 19): questions at the CDC checkpoints, answered Yes / Not yet / Not sure.
## Questions follow the CDC "Learn the Signs. Act Early." checklists (2022; shared/domain/nurturing_care.md) and
## content/data/milestones.yaml ("checkins"): checkin-q-<id> is the question, checkin-play-<id> the play idea
## after "Not yet". The act-early text follows the "act early" advice and Serbian practice: the pediatrician and
## the development counselling unit (razvojno savetovalište) of Dom zdravlja "Zemun" (sources in milestones.yaml).

children-how = 📈 How is my child doing?
choose-child-how = Which child?
checkin-button-offer = 📋 A few questions about { $name }
checkin-intro =
    📋 { $name }: a short check-in for { $months } months. A few questions about what your child does now, one at a time.
    Answer “Yes”, “Not yet” or “Not sure”. There are no wrong answers: every child grows at their own pace.
checkin-recheck-intro =
    📋 { $name }: a few weeks ago some things were “not yet”. Let us look at them again.
checkin-button-start = ▶️ Start
checkin-button-later = ⏰ Ask me next week
checkin-button-skip = ✖️ Skip this one
checkin-button-now = 📋 Answer the questions now
checkin-button-yes = 👍 Yes
checkin-button-not-yet = ⏳ Not yet
checkin-button-not-sure = 🤔 Not sure
checkin-question-number = Question { $number } of { $count }:
checkin-warm-yes = Wonderful! 🌟
checkin-warm-not-yet = Thank you for telling me. Every child has their own pace.
checkin-warm-not-sure = That is fine. Watch for it in the next few days.
checkin-play-idea = 🎲 A game that helps: { $idea }
checkin-done = Thank you! That was the last question. 💛
checkin-all-well = Your answers show your child is growing well. Keep playing and talking together every day.
checkin-recheck-planned = In about three weeks I will ask again about the things that are “not yet”.
checkin-act-early =
    Thank you for your honest answers. Some of them are worth showing to a specialist. This is not a diagnosis and it is nobody's fault: a check early is the best help a child can get.
    Talk to your pediatrician, or go to the development counselling unit (razvojno savetovalište) of Dom zdravlja “Zemun”: it sees children up to 6 years.
checkin-ask-tell = Shall I tell your health mediator, so she can help you get an appointment?
checkin-button-tell = ✅ Yes, tell her
checkin-button-no-tell = No, thank you
checkin-told = Done: your mediator will get in touch with you.
checkin-no-mediator = There is no health mediator for your family in the bot. Ask your pediatrician about the development counselling unit: the card above shows what we know about it.
checkin-postponed = All right, I will ask again next week.
checkin-skipped = All right, we skip this one. You can answer any time: 👶 My children → 📈 How is my child doing?
checkin-nothing-now = There are no questions for this age right now.
checkin-how-title = 📈 { $name }: what you have told me
checkin-how-empty = No answers yet.
checkin-how-answers = { $items }
checkin-how-age = At { $months } months:
checkin-how-line = { $answer } { $question }
checkin-how-next = Next check-in: at { $months } months.
checkin-mydata =
    📋 Check-in answers:
    { $items }
checkin-mydata-line = { $date } ({ $months } months, age { $days } days): { $question } { $answer }
mediator-status-act-early = 🧒 development check suggested
mediator-reason-act-early = 🧒 a check-in suggests a development check
mediator-notice-act-early = 🧒 { $caregiver }'s family agreed to tell you: a milestone check-in suggests a development check. Please help them get an appointment.

## The questions (CDC 2022; what most children do by that age).
checkin-q-lost-skills = Does your child still do all the things they could do before (sounds, words, play, walking)?
checkin-q-2m-calms = Does your baby calm down when you talk to them or pick them up?
checkin-q-2m-smiles = Does your baby smile when you talk to them or smile at them?
checkin-q-2m-sounds = Does your baby make sounds other than crying?
checkin-q-2m-head = Does your baby lift their head when lying on their tummy?
checkin-q-4m-smiles = Does your baby smile on their own to get your attention?
checkin-q-4m-coos = Does your baby coo (“ooo”, “aah”)?
checkin-q-4m-head = Does your baby hold their head steady when you hold them?
checkin-q-4m-hands = Does your baby bring their hands to their mouth?
checkin-q-6m-knows = Does your baby know the people they see often?
checkin-q-6m-laughs = Does your baby laugh?
checkin-q-6m-turns = Does your baby take turns with you making sounds?
checkin-q-6m-rolls = Does your baby roll from tummy to back?
checkin-q-9m-name = Does your baby look at you when you call their name?
checkin-q-9m-babbles = Does your baby say “mamama” or “bababa”?
checkin-q-9m-sits = Does your baby sit without help?
checkin-q-9m-looks = Does your baby look for a toy when it falls out of sight?
checkin-q-12m-waves = Does your child wave “bye-bye”?
checkin-q-12m-mama = Does your child call you “mama” or “dada” (or another special name)?
checkin-q-12m-stands = Does your child pull up to stand?
checkin-q-15m-words = Does your child say one or two words besides “mama” or “dada”?
checkin-q-15m-points = Does your child point to ask for something?
checkin-q-15m-steps = Does your child take a few steps alone?
checkin-q-18m-words = Does your child say three or more words besides “mama” or “dada”?
checkin-q-18m-directions = Does your child do a simple thing you ask without you pointing (“give me the ball”)?
checkin-q-18m-walks = Does your child walk alone?
checkin-q-24m-two-words = Does your child say two words together, like “more milk”?
checkin-q-24m-body = Does your child point to at least two body parts when you ask (“where is your nose?”)?
checkin-q-24m-kicks = Does your child kick a ball?
checkin-q-30m-action = Does your child say two or more words with an action word, like “doggy runs”?
checkin-q-30m-pretend = Does your child play pretend, like feeding a doll?
checkin-q-30m-jumps = Does your child jump with both feet off the ground?
checkin-q-36m-talks = Does your child talk with you back and forth, at least two turns?
checkin-q-36m-name = Does your child say their first name when asked?
checkin-q-36m-fork = Does your child eat with a fork or a spoon?
checkin-q-48m-sentences = Does your child say sentences of four or more words?
checkin-q-48m-colours = Does your child name a few colours?
checkin-q-48m-catches = Does your child catch a large ball most of the time?
checkin-q-60m-story = Does your child tell a story with at least two things that happened?
checkin-q-60m-counts = Does your child count to 10?
checkin-q-60m-hops = Does your child hop on one foot?

## Play ideas after "Not yet" on an ordinary milestone (not for act-early signs).
checkin-play-2m-calms = hold your baby close, look into their eyes and talk softly. Your voice and touch calm them.
checkin-play-2m-sounds = when your baby makes a sound, make it back and wait. Talk to them while you change or feed them.
checkin-play-2m-head = put your baby on their tummy for a few minutes while awake, with your face in front of them.
checkin-play-4m-smiles = smile and talk to your baby often, close to their face. Wait for their smile and smile back.
checkin-play-4m-coos = when your baby coos, coo back, then stop and let them “answer”.
checkin-play-4m-hands = give your baby a clean, safe toy to hold and bring to the mouth.
checkin-play-6m-knows = let your baby see the same family faces every day and say their names.
checkin-play-6m-turns = make a sound, wait for your baby's sound, then make yours again, like a little talk.
checkin-play-6m-rolls = on a blanket on the floor, put a toy just out of reach to one side.
checkin-play-9m-babbles = say “ma-ma-ma”, “ba-ba-ba” and wait for your baby to copy you.
checkin-play-9m-looks = hide a toy under a cloth while your baby watches and let them find it.
checkin-play-12m-waves = wave and say “bye-bye” every time someone leaves; help your child wave too.
checkin-play-12m-mama = say “mama” and “tata” often when you point to each other.
checkin-play-15m-points = name what your child points at and let them point before you give things.
checkin-play-15m-steps = hold both hands and walk slowly together; let them push a box or a chair.
checkin-play-18m-directions = ask for one simple thing (“bring the shoe”) and praise every try.
checkin-play-24m-body = touch and name body parts during washing: “nose, ears, hands”.
checkin-play-24m-kicks = roll a ball to your child and show them how to kick it back.
checkin-play-30m-action = talk about what you do: “the dog runs”, “mama cooks”, and let your child add a word.
checkin-play-30m-pretend = play “cooking” or “feeding the doll” with pots and spoons.
checkin-play-30m-jumps = hold hands and jump together, counting “one, two, three, jump!”.
checkin-play-36m-name = say “I am mama, and you are …?” and wait for your child to say their name.
checkin-play-36m-fork = let your child eat on their own with a spoon or fork, even if it gets messy.
checkin-play-48m-colours = name colours together: “the red ball”, “the green leaf”.
checkin-play-48m-catches = throw a big soft ball from close and praise every catch.
checkin-play-60m-story = at bedtime ask “what did you do today?” and help with “and then?”.
checkin-play-60m-counts = count steps, spoons or stones together, up to 10.
checkin-play-60m-hops = play hopscotch: draw squares on the ground and hop together.
