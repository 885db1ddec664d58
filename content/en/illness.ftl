## "My child is ill": danger signs by age, fever, diarrhoea, breathing, burns, poison, whom to call.
## Numbers come from content/data/illness.yaml ($threshold, $fast, $ors, $zinc, $minutes, $days) with their
## sources; the decimal temperatures 37.5 and 35.5 °C are written here (WHO young-infant signs).

menu-ill = 🤒 My child is ill
telegram-command-ill = My child is ill: danger signs, what to do
choose-child-ill = Which child is ill?
illness-header = 🤒 { $name }, { $age }
illness-unavailable = This part is not ready yet. If your child is very ill, call 194.

illness-danger-young-infant =
    🚨 Go to the doctor AT ONCE or call 194 if your baby:
    • does not feed, or sucks weakly
    • has fits: stiffening, jerking, eyes rolling
    • is very sleepy, floppy, hard to wake, or moves only when touched
    • breathes fast ({ $fast } breaths a minute or more), grunts, the chest pulls in, or the lips are blue
    • has 37.5 °C or more, or less than 35.5 °C (feels cold)
    • has yellow skin on the first day, yellow palms and soles, or is still yellow after 2 weeks
    • has a red or smelly cord stump with pus, many skin spots with pus, or bleeding
    • vomits again and again, or the belly is swollen
illness-danger-child =
    🚨 Go to the doctor AT ONCE or call 194 if your child:
    • has a fit
    • is very sleepy, floppy or cannot be woken
    • breathes with effort, the chest pulls in, or the lips are blue
    • has a rash that does not fade when you press a glass on it
    • has a stiff neck
    • cannot drink, or vomits everything
    • has no wet nappy for 12 hours
illness-danger-fever-under-3m = • is under 3 months old and has { $threshold } °C or more

illness-fever-young-infant =
    🌡 In a baby under 2 months, 37.5 °C or more, or less than 35.5 °C, is a danger sign: go to the doctor at once.
    Measure in the armpit with an electronic thermometer.
illness-fever-baby =
    🌡 Measure in the armpit with an electronic thermometer.
    { $threshold } °C or more: take your baby to the pediatrician today.
    Very sleepy, breathing badly or not feeding: call 194.
illness-fever-child =
    🌡 With fever, how your child is matters more than the number.
    Go at once with a rash that does not fade under a pressed glass, hard breathing, a stiff neck, a fit, or if your child is very sleepy.
    Fever for { $days } days or more: go to the pediatrician.
illness-fever-home =
    At home:
    • keep breastfeeding, give drinks often
    • light clothes, no thick blankets
    • look at your child during the night too
    • do not cool your child with cold water or alcohol
    If you feel your child is hot and you are worried, that counts: call the pediatrician.

illness-diarrhoea =
    💧 Diarrhoea or vomiting:
    • keep breastfeeding, more often
    • after every loose stool give ORS (oral rehydration salts, from the pharmacy): { $ors } ml
    • if your child vomits, give small sips with a spoon
    • zinc for 10 to 14 days ({ $zinc } mg a day), as the doctor or pharmacist says
    • no medicines against diarrhoea for children
illness-dehydration =
    Go to the doctor today if your child has sunken eyes, no tears, a dry mouth, is very thirsty or cannot drink, has skin that goes back slowly when pinched, few wet nappies, or is very sleepy.
    Blood in the stool: go to the doctor.

illness-breathing-young-infant =
    😮‍💨 Cough and breathing:
    Count the breaths for one full minute while your baby is calm.
    { $fast } breaths a minute or more, grunting, the chest pulling in, or blue lips: go to the doctor AT ONCE or call 194.
illness-breathing =
    😮‍💨 Cough and breathing:
    Count the breaths for one full minute while your child is calm.
    { $fast } breaths a minute or more is fast breathing: go to the doctor today.
    The chest pulls in with each breath, blue lips, or your child cannot drink: go AT ONCE or call 194.
    A cough with normal breathing: keep feeding, give drinks, and call the pediatrician if it does not get better.

illness-burn =
    🔥 Burn:
    • cool it under cool running water for { $minutes } minutes
    • take off tight clothes and rings, but not what sticks to the skin
    • cover it with clean cling film or a clean cloth
    • no ice, butter, oil or toothpaste
    Go to the doctor if the burn is bigger than your child's palm, is on the face, hands or genitals, or if a baby is burnt.

illness-poison =
    ☠️ Poison (medicine, cleaning liquid, petrol, plants):
    • do not make your child vomit
    • take the bottle or box with you
    • call 194 at once

illness-call-title = Whom to call:
illness-call-phone = • { $name }: { $phone }
illness-call-ask = • { $name }: ask at the health centre for the number
illness-button-call = 📞 { $name }
illness-topic-danger = 🚨 Danger signs
illness-topic-fever = 🌡 Fever
illness-topic-diarrhoea = 💧 Diarrhoea
illness-topic-breathing = 😮‍💨 Breathing
illness-topic-burn = 🔥 Burn
illness-topic-poison = ☠️ Poison
