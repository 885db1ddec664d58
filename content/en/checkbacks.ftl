# Activity check-backs (issue 19): two days after an activity tip, one question "Did you try ...?".
# A tip marked `checkback: true` in content/data/tips.yaml needs checkback-<tip id> here (docs/content-guide.md).

checkback-question = 💬 { $name }: { $question }
checkback-button-yes = 👍 Yes
checkback-button-not-yet = 🙁 Not yet
checkback-button-hard = 💬 It was hard
checkback-button-yes-named = 👍 { $name }: yes
checkback-button-not-yet-named = 🙁 { $name }: not yet
checkback-button-hard-named = 💬 { $name }: it was hard
checkback-answer-yes = 🌟 Wonderful! Playing together like this helps your child learn. Keep it up.
checkback-answer-not-yet = 🙂 That's fine. When you have a quiet moment, try it for just a few minutes. Every small try counts.
checkback-answer-hard = 💛 Thank you for telling us. Many parents find it hard at first. Try a shorter, easier version. Your health mediator can help too.
checkback-already = You answered this question already. Thank you!
checkback-too-late = This question is closed now, nothing was changed. A new idea comes with the next weekly tip.
checkback-settings-on = 💬 After some play tips you get one question: “Did you try it?”
checkback-settings-off = 💬 Questions after play tips are off.
checkback-settings-button-off = 🔕 No questions after tips
checkback-settings-button-on = 💬 Questions after tips
checkback-mydata =
    💬 Your answers about { $name } (“Did you try it?”):
    { $answers }
checkback-mydata-item = • { $date }: { $question } { $answer }

checkback-tip-w06-talk-and-smile = Did you try talking and singing to your baby while you feed or bathe them?
checkback-tip-w10-tummy-time = Did you try putting your baby on their tummy on a blanket for a little while?
checkback-tip-w20-look-at-pictures = Did you try showing your baby pictures and saying what they are?
checkback-tip-w32-hide-and-find = Did you try hiding a toy under a cloth and finding it together?
checkback-tip-w45-action-songs = Did you try a little song with clapping and waving?
checkback-tip-m19b-read-together = Did you try looking at a picture book together?
checkback-tip-m25-pretend-play = Did you try a “let’s pretend” game, like feeding a doll?
checkback-tip-m60-story-time = Did you try asking about a story: what happened first, and then?
