# Draft, awaiting review by a Gurbet speaker (content/rom/glossary.md).
# Activity check-backs (issue 19): two days after an activity tip, one question "Did you try ...?".

checkback-question = 💬 { $name }: { $question }
checkback-button-yes = 👍 Va
checkback-button-not-yet = 🙁 Još na
checkback-button-hard = 💬 Sas pharo
checkback-button-yes-named = 👍 { $name }: va
checkback-button-not-yet-named = 🙁 { $name }: još na
checkback-button-hard-named = 💬 { $name }: sas pharo
checkback-answer-yes = 🌟 Šukar! Kana khelen khetane, o čhavoro sikljol. Ćer avka vi aver drom.
checkback-answer-not-yet = 🙂 Naj khanči. Kana si tut vrjama, zumav numaj cera minute. Sako cikno zumavipe si važno.
checkback-answer-hard = 💛 Najis kaj phendan amenđe. But dada thaj daja ko angluno drom phares ćeren kava. Zumav maj cikno thaj maj lokho. Vi i zdravstvena medijatorka šaj te žutil tut.
checkback-already = Kava phučipe si ćerdo, phendan. Najis!
checkback-too-late = Kava phučipe si phandlo akana, khanči na paruvdem. Nevi ideja avel e aver savetesa e kurkesko.
checkback-settings-on = 💬 Pala nesave saveta vaš o khelipe avel jekh phučipe: „Zumavdan?“
checkback-settings-off = 💬 E phučipa pala e saveta vaš o khelipe si ačhade.
checkback-settings-button-off = 🔕 Bi phučipa
checkback-settings-button-on = 💬 Phučipa pala e saveta
checkback-mydata =
    💬 Tle phendimata vaš { $name } („Zumavdan?“):
    { $answers }
checkback-mydata-item = • { $date }: { $question } { $answer }

checkback-tip-w06-talk-and-smile = Zumavdan te vakeres thaj te đilabes tle čhavoreske kana des les te hal vaj kana thoves les?
checkback-tip-w10-tummy-time = Zumavdan te čhives tle čhavores pe per pe jekh ćebe, jekh cikni vrjama?
checkback-tip-w20-look-at-pictures = Zumavdan te sikaves tle čhavoreske slike thaj te phenes so si?
checkback-tip-w32-hide-and-find = Zumavdan te garaves jekh khelipe tala jekh diklo thaj te arakhen les khetane?
checkback-tip-w45-action-songs = Zumavdan te đilabes jekh cikni đili thaj te čalaves o vasta?
checkback-tip-m19b-read-together = Zumavdan te dikhen khetane jekh lil slikenca?
checkback-tip-m25-pretend-play = Zumavdan te khelen „sar te“, sar te den habe e lutka?
checkback-tip-m60-story-time = Zumavdan pala i paramiči te phučes: so sas angluno, thaj pale?
