# Provera posle aktivnosti (issue 19): dva dana posle saveta za igru, jedno pitanje.
# Savet sa `checkback: true` u content/data/tips.yaml traži poruku checkback-<id saveta> ovde.

checkback-question = 💬 { $name }: { $question }
checkback-button-yes = 👍 Jeste
checkback-button-not-yet = 🙁 Još nije
checkback-button-hard = 💬 Bilo je teško
checkback-button-yes-named = 👍 { $name }: jeste
checkback-button-not-yet-named = 🙁 { $name }: još nije
checkback-button-hard-named = 💬 { $name }: bilo je teško
checkback-answer-yes = 🌟 Divno! Ovakva zajednička igra pomaže detetu da uči. Samo nastavi.
checkback-answer-not-yet = 🙂 U redu je. Kad imaš miran trenutak, probaj makar par minuta. Svaki mali pokušaj je važan.
checkback-answer-hard = 💛 Hvala ti što nam kažeš. Mnogim roditeljima je to u početku teško. Probaj kraće i lakše. Može da pomogne i tvoja zdravstvena medijatorka.
checkback-already = Na ovo pitanje je već odgovoreno. Hvala ti!
checkback-too-late = Ovo pitanje je sada zatvoreno, ništa nije promenjeno. Nova ideja stiže sa sledećim nedeljnim savetom.
checkback-settings-on = 💬 Posle nekih saveta za igru stiže jedno pitanje: „Da li ti je uspelo?“
checkback-settings-off = 💬 Pitanja posle saveta za igru su isključena.
checkback-settings-button-off = 🔕 Bez pitanja posle saveta
checkback-settings-button-on = 💬 Pitanja posle saveta
checkback-mydata =
    💬 Tvoji odgovori za { $name } („Da li ti je uspelo?“):
    { $answers }
checkback-mydata-item = • { $date }: { $question } { $answer }

checkback-tip-w06-talk-and-smile = Da li ti je uspelo da pričaš i pevaš bebi dok je hraniš ili kupaš?
checkback-tip-w10-tummy-time = Da li ti je uspelo da staviš bebu malo na stomak, na ćebe?
checkback-tip-w20-look-at-pictures = Da li ti je uspelo da pokažeš bebi slike i kažeš šta je na njima?
checkback-tip-w32-hide-and-find = Da li ti je uspelo da sakriješ igračku ispod krpe i da je nađete zajedno?
checkback-tip-w45-action-songs = Da li ti je uspelo da pevaš pesmicu uz tapšanje i mahanje?
checkback-tip-m19b-read-together = Da li ti je uspelo da zajedno gledate slikovnicu?
checkback-tip-m25-pretend-play = Da li ti je uspelo da se sa detetom igraš „kao da“, na primer da dete nahrani lutku?
checkback-tip-m60-story-time = Da li ti je uspelo da posle priče pitaš šta je bilo prvo, a šta posle?
