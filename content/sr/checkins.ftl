## Provera razvoja (issue 19): pitanja na CDC kontrolnim tačkama, odgovori Da / Još ne / Ne znam.
## Pitanja prate CDC liste „Learn the Signs. Act Early.“ (2022; shared/domain/nurturing_care.md) i
## content/data/milestones.yaml („checkins“): checkin-q-<id> je pitanje, checkin-play-<id> ideja za igru posle
## „Još ne“. Tekst „vredi proveriti“ prati savet „act early“ i praksu u Srbiji: pedijatar i razvojno savetovalište
## Doma zdravlja „Zemun“ (izvori u milestones.yaml).

children-how = 📈 Kako mi se dete razvija?
choose-child-how = Za koje dete?
checkin-button-offer = 📋 Nekoliko pitanja: { $name }
checkin-intro =
    📋 { $name }: kratka provera za { $months } meseci. Nekoliko pitanja o tome šta dete sada radi, jedno po jedno.
    Odgovori „Da“, „Još ne“ ili „Ne znam“. Nema pogrešnih odgovora: svako dete raste svojim tempom.
checkin-recheck-intro =
    📋 { $name }: pre nekoliko nedelja neke stvari su bile „još ne“. Hajde da ih pogledamo ponovo.
checkin-button-start = ▶️ Počni
checkin-button-later = ⏰ Pitaj me sledeće nedelje
checkin-button-skip = ✖️ Preskoči ovo
checkin-button-now = 📋 Odgovori na pitanja sada
checkin-button-yes = 👍 Da
checkin-button-not-yet = ⏳ Još ne
checkin-button-not-sure = 🤔 Ne znam
checkin-question-number = Pitanje { $number } od { $count }:
checkin-warm-yes = Divno! 🌟
checkin-warm-not-yet = Hvala ti na odgovoru. Svako dete ima svoj tempo.
checkin-warm-not-sure = U redu je. Obrati pažnju na to narednih dana.
checkin-play-idea = 🎲 Igra koja pomaže: { $idea }
checkin-done = Hvala! To je bilo poslednje pitanje. 💛
checkin-all-well = Tvoji odgovori pokazuju da dete lepo raste. Igraj se i pričaj sa detetom svaki dan.
checkin-recheck-planned = Za oko tri nedelje pitaću te ponovo za stvari koje su „još ne“.
checkin-act-early =
    Hvala na iskrenim odgovorima. Neke od njih vredi pokazati stručnjaku. Ovo nije dijagnoza i nije ničija krivica: rana provera je najbolja pomoć detetu.
    Razgovaraj sa pedijatrom ili idi u razvojno savetovalište Doma zdravlja „Zemun“: tamo primaju decu do 6 godina.
checkin-ask-tell = Da li da javim tvojoj zdravstvenoj medijatorki, da ti pomogne da zakažeš pregled?
checkin-button-tell = ✅ Da, javi joj
checkin-button-no-tell = Ne, hvala
checkin-told = Gotovo: medijatorka će ti se javiti.
checkin-no-mediator = Tvoja porodica nema zdravstvenu medijatorku u botu. Pitaj pedijatra za razvojno savetovalište: na kartici iznad je ono što znamo o njemu.
checkin-postponed = U redu, pitaću te ponovo sledeće nedelje.
checkin-skipped = U redu, ovo preskačemo. Možeš da odgovoriš bilo kada: 👶 Moja deca → 📈 Kako mi se dete razvija?
checkin-nothing-now = Za ovaj uzrast sada nema pitanja.
checkin-how-title = 📈 { $name }: tvoji odgovori
checkin-how-empty = Još nema odgovora.
checkin-how-answers = { $items }
checkin-how-age = Sa { $months } meseci:
checkin-how-line = { $answer } { $question }
checkin-how-next = Sledeća provera: sa { $months } meseci.
checkin-mydata =
    📋 Odgovori na proveru razvoja:
    { $items }
checkin-mydata-line = { $date } ({ $months } meseci, uzrast { $days } dana): { $question } { $answer }
mediator-status-act-early = 🧒 predložen pregled razvoja
mediator-reason-act-early = 🧒 provera razvoja predlaže pregled
mediator-notice-act-early = 🧒 Porodica { $caregiver } je pristala da ti javimo: provera razvoja predlaže pregled u razvojnom savetovalištu. Pomozi im da zakažu.

## Pitanja (CDC 2022; šta većina dece radi do tog uzrasta).
checkin-q-lost-skills = Da li dete i dalje radi sve što je ranije znalo (glasove, reči, igru, hodanje)?
checkin-q-2m-calms = Da li se beba smiri kada pričaš s njom ili je uzmeš u ruke?
checkin-q-2m-smiles = Da li se beba smeši kada pričaš s njom ili joj se smešiš?
checkin-q-2m-sounds = Da li beba pravi glasove osim plača?
checkin-q-2m-head = Da li beba podiže glavu kada leži na stomaku?
checkin-q-4m-smiles = Da li se beba sama smeši da privuče tvoju pažnju?
checkin-q-4m-coos = Da li beba guče („ooo“, „aaa“)?
checkin-q-4m-head = Da li beba drži glavu mirno kada je držiš?
checkin-q-4m-hands = Da li beba stavlja ruke u usta?
checkin-q-6m-knows = Da li beba prepoznaje ljude koje često viđa?
checkin-q-6m-laughs = Da li se beba smeje naglas?
checkin-q-6m-turns = Da li beba „razgovara“ sa tobom glasovima, jedno pa drugo?
checkin-q-6m-rolls = Da li se beba okreće sa stomaka na leđa?
checkin-q-9m-name = Da li te beba pogleda kada je pozoveš po imenu?
checkin-q-9m-babbles = Da li beba govori „mamama“ ili „bababa“?
checkin-q-9m-sits = Da li beba sedi bez pomoći?
checkin-q-9m-looks = Da li beba traži igračku kada joj ispadne iz vida?
checkin-q-12m-waves = Da li dete maše „pa-pa“?
checkin-q-12m-mama = Da li te dete zove „mama“ ili „tata“ (ili nekim posebnim imenom)?
checkin-q-12m-stands = Da li se dete pridiže da stoji?
checkin-q-15m-words = Da li dete kaže jednu ili dve reči osim „mama“ i „tata“?
checkin-q-15m-points = Da li dete pokazuje prstom kada nešto traži?
checkin-q-15m-steps = Da li dete napravi nekoliko koraka samo?
checkin-q-18m-words = Da li dete kaže tri ili više reči osim „mama“ i „tata“?
checkin-q-18m-directions = Da li dete uradi nešto jednostavno kada ga zamoliš, bez pokazivanja („daj mi loptu“)?
checkin-q-18m-walks = Da li dete hoda samo?
checkin-q-24m-two-words = Da li dete spaja dve reči, kao „još mleka“?
checkin-q-24m-body = Da li dete pokaže bar dva dela tela kada ga pitaš („gde ti je nos?“)?
checkin-q-24m-kicks = Da li dete šutira loptu?
checkin-q-30m-action = Da li dete kaže dve ili više reči sa glagolom, kao „kuca trči“?
checkin-q-30m-pretend = Da li se dete igra „kao da“, na primer hrani lutku?
checkin-q-30m-jumps = Da li dete skače sa obe noge?
checkin-q-36m-talks = Da li dete razgovara sa tobom, bar dva puta tamo-amo?
checkin-q-36m-name = Da li dete kaže svoje ime kada ga pitaš?
checkin-q-36m-fork = Da li dete jede viljuškom ili kašikom?
checkin-q-48m-sentences = Da li dete govori rečenice od četiri ili više reči?
checkin-q-48m-colours = Da li dete zna da imenuje nekoliko boja?
checkin-q-48m-catches = Da li dete uglavnom uhvati veliku loptu?
checkin-q-60m-story = Da li dete ispriča priču sa bar dve stvari koje su se desile?
checkin-q-60m-counts = Da li dete broji do 10?
checkin-q-60m-hops = Da li dete skakuće na jednoj nozi?

## Ideje za igru posle „Još ne“ (samo za obične korake razvoja).
checkin-play-2m-calms = drži bebu blizu, gledaj je u oči i pričaj tiho. Tvoj glas i dodir je smiruju.
checkin-play-2m-sounds = kada beba napravi glas, ponovi ga i sačekaj. Pričaj s njom dok je presvlačiš ili hraniš.
checkin-play-2m-head = stavi bebu na stomak nekoliko minuta dok je budna, sa tvojim licem ispred nje.
checkin-play-4m-smiles = često se smeši i pričaj sa bebom, blizu njenog lica. Sačekaj njen osmeh i uzvrati ga.
checkin-play-4m-coos = kada beba guče, odgovori joj, pa zastani i pusti je da „odgovori“.
checkin-play-4m-hands = daj bebi čistu, bezbednu igračku da je drži i stavlja u usta.
checkin-play-6m-knows = neka beba svaki dan viđa ista lica iz porodice; izgovaraj njihova imena.
checkin-play-6m-turns = napravi glas, sačekaj bebin, pa ponovo svoj, kao mali razgovor.
checkin-play-6m-rolls = na ćebetu na podu stavi igračku malo dalje, sa strane.
checkin-play-9m-babbles = govori „ma-ma-ma“, „ba-ba-ba“ i sačekaj da te beba ponovi.
checkin-play-9m-looks = sakrij igračku ispod krpe dok beba gleda i pusti je da je nađe.
checkin-play-12m-waves = maši i reci „pa-pa“ svaki put kad neko odlazi; pomozi detetu da i ono maše.
checkin-play-12m-mama = često govori „mama“ i „tata“ dok pokazuješ jedno na drugo.
checkin-play-15m-points = imenuj ono na šta dete pokazuje i pusti ga da pokaže pre nego što mu nešto daš.
checkin-play-15m-steps = drži ga za obe ruke i hodaj polako sa njim; pusti ga da gura kutiju ili stolicu.
checkin-play-18m-directions = zamoli za jednu jednostavnu stvar („donesi cipelu“) i pohvali svaki pokušaj.
checkin-play-24m-body = dok ga kupaš, dodiruj i imenuj delove tela: „nos, uši, ruke“.
checkin-play-24m-kicks = dokotrljaj loptu detetu i pokaži mu kako da je šutne nazad.
checkin-play-30m-action = pričaj šta se dešava: „kuca trči“, „mama kuva“, i pusti dete da doda reč.
checkin-play-30m-pretend = igraj se sa detetom „kuvanja“ ili „hranjenja lutke“ šerpama i kašikama.
checkin-play-30m-jumps = uhvati dete za ruke i skoči sa njim, brojeći „jedan, dva, tri, skok!“.
checkin-play-36m-name = reci „Ja sam mama, a ti si …?“ i sačekaj da dete kaže svoje ime.
checkin-play-36m-fork = pusti dete da jede samo kašikom ili viljuškom, makar se i isprljalo.
checkin-play-48m-colours = imenuj boje sa detetom: „crvena lopta“, „zeleni list“.
checkin-play-48m-catches = baci veliku meku loptu iz blizine i pohvali svako hvatanje.
checkin-play-60m-story = pred spavanje pitaj „šta je danas bilo lepo?“ i pomozi sa „a onda?“.
checkin-play-60m-counts = broj sa detetom stepenice, kašike ili kamenčiće, do 10.
checkin-play-60m-hops = igraj školice sa detetom: nacrtaj kvadrate na zemlji i skoči i ti.
