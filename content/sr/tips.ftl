## Age-specific tips for parents. One message per tip in content/data/tips.yaml; plain text, no placeholders.
## Serbian Latin only: the Cyrillic text is generated from this file.
## Facts: shared/domain/nurturing_care.md (WHO feeding, CDC 2022 milestones), immunization_rs.yaml, checkups_rs.yaml.

## Weeks 0-52: one tip a week

tip-w00-breast-milk-only =
    Daj bebi samo majčino mleko, kad god ona hoće, danju i noću. Bez vode, čaja i druge hrane do 6 meseci: u majčinom mleku je sve što beba treba, čak i kad je vruće.

    Kapi leka koje ti da lekar su dozvoljene.

tip-w01-patronage-nurse =
    Kad dođeš kući iz porodilišta, patronažna sestra iz doma zdravlja dolazi kod tebe, obično 5 puta u prvom mesecu. Pitaj je sve o dojenju, spavanju ili pupku.

    Ako sestra nije došla, pozovi Dom zdravlja „Zemun“ ili pitaj romsku zdravstvenu medijatorku.

tip-w02-skin-to-skin =
    Drži bebu na svojim grudima, koža na kožu, i pokrij sebe i bebu ćebetom. Tvoja toplina i otkucaji tvog srca smiruju bebu.

    Tako lako možeš da je podojiš čim ona poželi. I tata može ovako da drži bebu. Beba se oseća sigurno kad je neko drži i odgovara joj.

tip-w03-birth-registration =
    Proveri da li je rođenje bebe upisano. Rok je 15 dana od rođenja (Zakon o matičnim knjigama). U većini porodilišta to se uradi za tebe preko usluge „Bebo, dobro došla na svet“: besplatno je, a papiri stižu poštom. Ako papiri nisu stigli, pitaj odmah medijatorku ili matičnu službu.

    Ako nije, idi u matičnu službu ili zamoli zdravstvenu medijatorku za pomoć. Bez tih papira teško je dobiti zdravstvenu knjižicu i drugu pomoć.

tip-w04-first-checkup =
    Kad beba napuni mesec dana, vodi je na prvi pregled kod pedijatra u domu zdravlja. Tamo beba dobija drugu dozu vakcine protiv hepatitisa B.

    Ponesi bebinu zdravstvenu knjižicu. Ako beba još nema izabranog pedijatra, zdravstvena medijatorka može da ti pomogne.

tip-w05-safe-sleep =
    Uspavljuj bebu uvek na leđima, na ravnom i čvrstom mestu samo za nju, u tvojoj sobi, blizu tebe. Skloni jastuke, debela ćebad i igračke od njenog lica i ne pokrivaj joj glavu.

    Ako beba spava u tvom krevetu: na leđima, dalje od jastuka i procepa uz zid, nikad na kauču, i nikad pored nekoga ko puši, pio je alkohol ili je uzeo lek od kog se spava.

tip-w06-talk-and-smile =
    Pričaj i pevaj bebi dok je hraniš, kupaš i presvlačiš. Gledaj je u oči i smeši joj se.

    Do 2 meseca većina beba uzvrati osmeh i pravi male glasove. Tvoj glas je bebina prva škola.

tip-w07-mother-wellbeing =
    Briga o bebi je težak posao. Spavaj kad beba spava i pusti porodicu da pomogne oko kuće.

    Ako se danima osećaš tužno, zabrinuto ili jako umorno, to se dešava mnogim roditeljima, i majkama i očevima, i nije tvoja krivica. Reci patronažnoj sestri ili lekaru: oni mogu da pomognu.

tip-w08-first-vaccines =
    Kad beba napuni 2 meseca, vreme je za pregled i prve vakcine u domu zdravlja: petovalentna vakcina („5 u 1“: difterija, tetanus, veliki kašalj, dečja paraliza, Hib) i vakcina protiv pneumokoka.

    Ponesi zdravstvenu knjižicu. Pitaj u domu zdravlja koji dan da dođeš.

tip-w09-comfort-crying =
    Kad beba plače, ona ti nešto govori: gladna je, mokra, umorna ili joj treba tvoja blizina. Uzmi je u naručje, pričaj joj tiho i ljuljaj je.

    Bebu ne možeš da razmaziš time što je tešiš. Kad brzo dobije pomoć, uči da je sigurna. Ako plače neobično dugo ili ti se čini bolesnom, pozovi pedijatra.

tip-w10-tummy-time =
    Kad je beba budna i ti si pored nje, stavi je nekoliko puta dnevno na stomak, na ćebe na podu. Lezi ispred nje, pričaj joj i pokaži joj neku šarenu stvar.

    Tako jača vrat, leđa i ruke. Do 2 meseca većina beba podiže glavu dok leži na stomaku. Za spavanje bebu uvek stavi na leđa.

tip-w11-answer-coos =
    Kad beba kaže „uuu“ ili „aaa“, odgovori joj i sačekaj. Pusti je da ti „odgovori“. To je tvoj prvi razgovor sa bebom.

    Kad beba plače, uzmi je u naručje i uteši je. Ljubavi nikad nije previše.

tip-w12-no-falls =
    Beba se svake nedelje sve više pomera i može da padne sa kreveta ili stola za tren. Nikad je ne ostavljaj samu na visokom, ni na sekund.

    Ako ti trebaju slobodne ruke, stavi bebu na ćebe na podu.

tip-w13-hunger-signs =
    Beba pokazuje da je gladna pre nego što zaplače: okreće glavu i traži dojku, otvara usta, sisa prste. Tada je podoji, danju i noću, koliko god puta traži.

    Što češće beba sisa, to više mleka imaš. Ako te brine da li beba dobija dovoljno mleka, zamoli patronažnu sestru ili pedijatra da je izmere.

tip-w14-second-vaccines =
    Sa oko 3 i po meseca, na pregledu u domu zdravlja, beba dobija drugu dozu petovalentne vakcine i vakcine protiv pneumokoka. Pitaj sestru koji je tačan dan.

    Ponesi zdravstvenu knjižicu. Ako je neka doza propuštena, nije kasno: dođi, lekar će napraviti plan.

tip-w15-reach-and-grab =
    Drži šarenu zvečku ili drvenu kašiku malo ispred bebe i pusti je da pruži ruke i uhvati je. Beba sve stavlja u usta: tako upoznaje svet. Daj joj samo čiste stvari, prevelike da ih proguta.

    Do 4 meseca većina beba prinosi ruke ustima i drži glavu mirno kad je držiš.

tip-w16-never-shake =
    Nikad ne drmaj bebu, ni u igri ni u ljutnji. Bebin vrat je slab i drmanje može teško da joj povredi mozak.

    Ako beba dugo plače i osećaš da gubiš strpljenje, stavi je bezbedno na leđa u krevetac, izađi na par minuta i duboko diši. Pozovi nekoga da ti pomogne. Svakom roditelju nekad bude teško.

tip-w17-read-signals =
    Gledaj šta ti beba pokazuje. Kad se smeje i gleda te, hoće da se igra. Kad okreće glavu, trlja oči ili se mršti, umorna je i treba joj mir.

    Kad odgovoriš na njene znake, beba uči da je razumeš. Na tome rastu ljubav između tebe i bebe i njeno učenje.

tip-w19-health-card =
    Čuvaj bebinu zdravstvenu knjižicu i sve papire iz doma zdravlja na suvom, sigurnom mestu i nosi ih na svaki pregled. Tako lekar vidi koje je vakcine beba već dobila.

    Ako beba još nema zdravstvenu knjižicu ili izabranog pedijatra, zdravstvena medijatorka može da ti pomogne da to središ.

tip-w20-look-at-pictures =
    Pokaži bebi velike, jasne slike: lica, životinje, stvari iz kuće. Može i kutija, kalendar ili slikovnica. Pokaži prstom i reci šta je to, polako i veselo.

    Beba još ne razume reči, ali uči iz tvog glasa i lica. Što više reči čuje, lakše će progovoriti.

tip-w21-five-month-vaccine =
    Kad beba napuni 5 meseci, vodi je u dom zdravlja na pregled i treću dozu petovalentne vakcine („5 u 1“). Lekar će ti reći da li je na redu još neka vakcina.

    Ponesi zdravstvenu knjižicu. Ako je neka ranija doza propuštena, nije kasno: lekar će napraviti plan.

tip-w22-ready-for-food =
    Beba će uskoro biti spremna za drugu hranu, ali tek sa 6 meseci. Znaci su: sedi uz malo pomoći, drži glavu mirno i zanima je šta ti jedeš.

    Do tada joj daj samo majčino mleko: ono joj je sada dovoljno. Ako imaš pitanja o prvoj hrani, pitaj patronažnu sestru ili pedijatra.

tip-w23-sound-games =
    Napravi neki glas, sačekaj i pusti bebu da ti odgovori. Pričaj s bebom na smenu, kao u malom razgovoru, i smej se s njom.

    Do 6 meseci većina beba se smeje, poznaje lica iz porodice i smenjuje se s tobom u pravljenju glasova. Ovakva igra uči bebu da govori.

tip-w24-smoke-free =
    Ne puši u kući i ne dozvoli drugima da puše pored bebe, ni u sobi ni u kolima. Dim ostaje u vazduhu, na odeći i na zidovima i škodi bebinim plućima.

    Ako pušiš, izađi napolje i operi ruke pre nego što uzmeš bebu. Ako želiš da prestaneš da pušiš, pitaj svog lekara za pomoć.

tip-w25-first-food =
    Sa 6 meseci, ne ranije, beba može da počne da jede i drugu hranu: par kašičica mekane, izgnječene hrane, na primer kuvanog povrća. Doji je i dalje kao do sada.

    Do 6 meseci samo majčino mleko: bez vode, čaja i hrane.

tip-w26-six-month-checkup =
    Sa 6 meseci beba ima pregled u domu zdravlja i dobija treću dozu vakcine protiv hepatitisa B. Pedijatar gleda kako beba raste i pita kako jede.

    Ponesi zdravstvenu knjižicu. To je dobra prilika da pitaš sve o prvoj hrani.

tip-w27-foods-that-build =
    Svaki dan stavi u bebinu kašicu nešto od ovoga: jaje, meso, ribu bez kostiju, pasulj ili sočivo, dobro skuvano i izgnječeno. Dodaj povrće i voće.

    Ta hrana daje snagu i pomaže bebi da raste i uči. I dalje je doji koliko god traži.

tip-w28-bang-and-shake =
    Daj bebi šerpu i drvenu kašiku, dobro zatvorenu plastičnu flašu sa malo pirinča ili kutiju. Pusti je da lupa, trese i baca.

    Tako beba uči šta se desi kad nešto uradi. Igraj se s njom, imenuj zvukove i smej se. Skupe igračke nisu potrebne.

tip-w29-small-things =
    Bebe sve stavljaju u usta. Pogledaj pod iz bebine visine i pokupi novčiće, dugmad, baterije, tablete i sitne delove igračaka.

    Lekove i sredstva za čišćenje drži visoko ili pod ključem.

tip-w30-stranger-shyness =
    Beba se sada možda plaši nepoznatih ljudi i plače kad odeš. To je normalno: zna ko su njeni i vezala se za tebe.

    Ne teraj je da ide nepoznatima u naručje. Drži je dok se ne opusti i pusti je da gleda sa sigurnog mesta. Tvoja blizina joj daje hrabrost.

tip-w31-family-food =
    Daj bebi mekanu hranu iz porodičnog lonca, izgnječenu ili sitno iseckanu. Izvadi bebin deo pre nego što dodaš so ili šećer: do 12 meseci bez dodate soli i šećera. Slatkiši, grickalice i zaslađeni sokovi pune stomak, ali ne pomažu detetu da raste.

    I dalje doji bebu. Do 12 meseci bez meda, bez kravljeg mleka kao pića i bez čaja.

tip-w32-hide-and-find =
    Sakrij igračku ispod krpe dok beba gleda, pitaj „Gde je?“ i nađi je zajedno s bebom. Zovi bebu po imenu i igraj se s njom „ku-ku“.

    Do 9 meseci većina beba traži stvari koje padnu i okrene se kad je zoveš po imenu.

tip-w33-first-teeth =
    Kad izbije prvi zub, peri ga dvaput dnevno mekanom dečjom četkicom, posle doručka i pre spavanja. Ne ostavljaj bebu da zaspi sa flašicom zaslađenog napitka.

    Zdravi mlečni zubi pomažu detetu da žvaće i govori. Ako te nešto brine oko zuba, pitaj pedijatra.

tip-w34-bedtime-routine =
    Pre spavanja radi svako veče isto, istim redom: kupanje ili umivanje, podoj, pesma, pa spavanje. Priguši svetlo i pričaj tiho.

    Isti red svako veče pomaže bebi da zna šta sledi i da se lakše smiri.

tip-w35-crawl-safe-home =
    Beba će uskoro puzati. Spusti se na pod i pogledaj sobu njenim očima: utičnice, kablovi, stepenice, otvoren prozor, oštre ivice, sitne stvari.

    Zatvori utičnice, skloni kablove i teške stvari koje mogu da padnu, i ne ostavljaj bebu samu blizu stepenica ili prozora.

tip-w36-finger-food =
    Daj bebi mekane komade hrane koje može sama da uzme prstima: kuvani krompir, bananu, mekani hleb. Celo grožđe, orahe i tvrde komade ne daj jer se beba može zagrcnuti.

    Sedi pored nje dok jede. Pusti je da se uprlja i ne teraj je da pojede sve: beba zna kad je sita.

tip-w37-babble-back =
    Kad beba kaže „ba-ba“ ili „ma-ma“, ponovi za njom i dodaj pravu reč: „Mama! Evo mame!“ Gledaj je dok pričaš, da vidi tvoja usta.

    Do 9 meseci većina beba brblja „mamama“ i „bababa“. Tvoji odgovori joj pokazuju da su njeni glasovi važni.

tip-w38-nine-month-checkup =
    Sa 9 meseci beba ima pregled u domu zdravlja. Na ovom pregledu obično nema vakcine, ali pedijatar proverava kako beba raste, jede i razvija se.

    Ponesi zdravstvenu knjižicu i pitaj sve što te brine. Ako je neka vakcina propuštena, pitaj kad može da se nadoknadi.

tip-w39-follow-the-lead =
    Svaki dan odvoji malo vremena samo za igru sa bebom na podu. Gledaj šta nju zanima i prati je: ako gleda loptu, pričaj o lopti, ako lupa, lupaj i ti.

    Kad ti pratiš nju, beba uči da je važna. Nije potrebno mnogo vremena: važno je da si tada samo njena.

tip-w40-hot-things =
    Beba počinje da se pridiže i stoji držeći se za nameštaj. Okreni drške šerpi ka zadnjem delu šporeta, a vruć čaj, kafu, peglu i šporet drži daleko od malih ruku.

    Vrela tečnost može teško da opeče malo dete.

tip-w41-wave-and-clap =
    Tapši s bebom, maši „pa-pa“ i često govori „mama“ i „tata“. Do 12 meseci većina beba se igra tapšanja, maše „pa-pa“ i zove roditelja „mama“ ili „tata“.

    Nasmeši se i pohvali svaki pokušaj.

tip-w42-cup-of-water =
    Posle 6 meseci bebi uz obrok možeš da daš i malo vode u čašici. Drži čašu i pusti je da pije malim gutljajima.

    Ne daj joj sokove, zaslađeni čaj ni gazirana pića: šećer kvari zube i oduzima apetit za pravu hranu. I dalje je doji.

tip-w43-hand-washing =
    Operi ruke sapunom i vodom pre nego što spremaš hranu i hraniš bebu, i posle pelena i toaleta. Čiste ruke čuvaju bebu od proliva.

    Ako beba ima proliv: doji je i dalje, i češće, i posle svake retke stolice daj joj ORS iz apoteke, gutljaj po gutljaj. Pitaj pedijatra za cink. Upale oči, suva usta, malo mokrih pelena ili krv u stolici: idi kod lekara danas.

tip-w44-saying-goodbye =
    Kad moraš da odeš, nemoj da se iskradeš. Zagrli bebu, reci joj „Idem, vraćam se posle spavanja“ i mahni joj. Kad se vratiš, pozdravi je radosno.

    Beba možda plače, ali uči da se vraćaš. Tako stiče poverenje i vremenom se lakše rastaje od tebe.

tip-w45-action-songs =
    Pevaj pesmice uz pokrete: tapši, mahni, pokaži nos i uši. Pevaj iste pesme svaki dan, na romskom, na srpskom ili na oba jezika.

    Beba uči reči kroz ponavljanje i pokret. Uskoro će i sama pokušati da pokaže pokret kad čuje pesmu.

tip-w46-bath-water =
    Nikad ne ostavljaj malo dete samo pored vode: kade, kofe, bare ili kanala. Dete može da se udavi u malo vode, brzo i bez glasa.

    Isprazni kofe i kadu posle upotrebe.

tip-w47-keep-breastfeeding =
    Beba sada jede i porodičnu hranu, ali majčino mleko joj je i dalje važno. Doji je do 2 godine i duže, dok god to želiš ti i dok ona hoće.

    Mleko je hrana, piće i uteha kad je bolesna ili umorna. Ako imaš problem sa dojenjem, pitaj patronažnu sestru ili pedijatra za savet.

tip-w48-redirect-not-punish =
    Beba hvata sve i ne zna šta sme. Umesto da vičeš ili je udaraš po ruci, mirno reci „ne“, skloni opasnu stvar i daj joj nešto drugo čime sme da se igra.

    Tako beba uči bez straha. Lakše je skloniti opasne stvari van njenog domašaja nego stalno govoriti „ne“.

tip-w49-cruising =
    Beba se pridiže i hoda držeći se za nameštaj. Napravi joj mesta, skloni klimave stolice i pusti je da vežba bosa.

    Drži je za obe ruke i koračaj s njom. Do 12 meseci većina beba stoji i hoda uz nameštaj. Neke bebe prohodaju same tek posle prvog rođendana, i to je u redu.

tip-w50-near-the-road =
    Dete koje puzi i hoda je brzo i ne razume opasnost od automobila. Kad si s detetom napolju blizu ulice ili parkinga, drži ga u naručju, u kolicima ili za ruku.

    Ne ostavljaj ga da se igra u dvorištu koje nije ograđeno od ulice. Vozači ne vide malo dete iza automobila.

tip-w51-vaccine-card-check =
    Pre prvog rođendana proveri sa pedijatrom ili zdravstvenom medijatorkom bebine vakcine. Da li je dobila sve: BCG u porodilištu, hepatitis B, „5 u 1“ i vakcinu protiv pneumokoka?

    Ako nešto nedostaje, nije kasno. BCG može da se da do 12 meseci, a druge propuštene doze lekar nadoknađuje po planu.

tip-w52-measles-vaccine =
    Sa 12 meseci dete ima veliki pregled u domu zdravlja i dobija vakcinu protiv malih boginja, zauški i rubele (MMR). Lekar će ti reći i za druge vakcine koje su na redu.

    Ponesi zdravstvenu knjižicu. Ako je dete propustilo neku raniju vakcinu, ovo je dobar dan da je nadoknadi.

## 12-24 months: one tip every half month

tip-m12a-family-table =
    Dete sada jede porodičnu hranu za porodičnim stolom. Daj mu njegov tanjir i kašiku i pusti ga da jede i prstima.

    Nudi voće i povrće uz svaki obrok. Slatkiše i slane grickalice daj samo retko. Doji i dalje, do 2 godine ili duže, dok god to želiš ti i dok dete hoće.

tip-m12b-name-things =
    Imenuj sve što vidiš s detetom: „šolja“, „kuca“, „cipela“. Gledaj slike s detetom i pokazuj prstom. Kad dete nešto pokaže, reci kako se to zove.

    Do 18 meseci većina dece kaže bar 3 reči pored „mama“ i „tata“ i hoda bez pomoći.

tip-m13a-windows-balcony =
    Dete se sada penje na sve. Skloni stolice, kutije i nameštaj od prozora i terase, a prozore drži zatvorene ili otvorene samo odozgo.

    Pad sa prozora ili terase može teško da povredi dete. Komarnik ne može da zadrži dete koje se nasloni na njega.

tip-m13b-copy-kindness =
    Dete sada gleda i ponavlja sve što radiš. Kad pričaš lepo, kažeš „hvala“ i „izvini“ ili pomogneš nekome, ono uči da radi isto.

    Budi detetu primer kakav želiš da prati. Kad pogrešiš, izvini se: i tome ga učiš.

tip-m14a-catch-up-vaccines =
    Proveri u zdravstvenoj knjižici ili u domu zdravlja da li je dete dobilo sve vakcine. Sa 12 meseci dete dobija vakcinu protiv malih boginja, zauški i rubele (MMR).

    Ako je neka vakcina propuštena, nije kasno da se nadoknadi. Pedijatar će napraviti plan, a zdravstvena medijatorka može da ti pomogne da stigneš do doma zdravlja.

tip-m14b-scribble =
    Daj detetu debelu bojicu i veliki papir, ili neka crta štapom po zemlji. Pokaži mu kako se šara i pohvali svaki trag.

    Šaranje jača prste za kasnije pisanje. Do 18 meseci većina dece šara. Ne traži lep crtež: važno je da se igra.

tip-m15a-spoon-practice =
    Daj detetu njegovu kašiku i pusti ga da pokuša da jede samo, iako prospe. Ti ga hrani drugom kašikom kad se umori.

    Dete uči da jede samo i to ga čini ponosnim. Do 2 godine većina dece jede kašikom. Jedi zajedno s detetom, bez žurbe i bez vikanja.

tip-m15b-two-choices =
    Daj detetu da bira između dve stvari: „Hoćeš crvenu ili plavu majicu?“ „Banana ili jabuka?“ Ponudi samo ono što je u redu i za tebe.

    Dete želi da odlučuje samo. Kad može malo da bira, manje se ljuti i uči da razmišlja.

tip-m16a-medicines-high =
    Dete sada hoda, penje se i otvara sve. Lekove, sredstva za čišćenje, šibice i oštre noževe drži visoko i zatvorene, i nikad ih ne sipaj u flaše od pića.

    Ako dete proguta nešto opasno, odmah zovi 194.

tip-m16b-help-with-chores =
    Pusti dete da ti „pomaže“: da nosi veš, briše sto krpom, stavlja kašike na sto. Pričaj šta radiš: „Sad perem tanjir. Tvoj red!“

    Do 18 meseci većina dece oponaša poslove u kući. Tako uči reči, pokrete i da je važan deo porodice.

tip-m17a-healthy-snacks =
    Između obroka ponudi detetu voće, komad hleba, jogurt ili kuvano jaje, umesto keksa, čipsa i slatkiša.

    Deca imaju mali stomak. Slatke i slane grickalice ga brzo napune, a ne daju snagu za rast. Drži kod kuće zdravu užinu nadohvat ruke.

tip-m17b-play-outside =
    Izvedi dete napolje svaki dan ako možeš: u park, u dvorište, u šetnju. Pusti ga da trči, penje se, skuplja kamenčiće i lišće, dok ti paziš.

    Kretanje jača telo, pomaže detetu da bolje jede i spava i uči ga o svetu. Posle igre mu operi ruke.

tip-m18a-booster-checkup =
    Između 18 i 24 meseca dete ima veliki pregled i dobija prvu revakcinaciju petovalentnom vakcinom. Ponesi zdravstvenu knjižicu.

    Zamoli lekara da proveri sve dosadašnje vakcine. Ako je neka propuštena, nije kasno da se nadoknadi.

tip-m18b-specific-praise =
    Kad dete uradi nešto dobro, reci tačno šta: „Sam si obuo papuče!“, „Lepo si dao lutku sestri.“ Nasmeši se i zagrli ga.

    Kad hvališ trud i lepe postupke, dete ih češće ponavlja. To pomaže više od vike i kazne.

tip-m19a-hold-hands-road =
    Napolju blizu ulice uvek drži dete za ruku, čak i na trotoaru. Dete ovog uzrasta iznenada potrči i ne zna koliko su automobili opasni.

    Ulicu prelazi zajedno s detetom, polako, i pričaj šta radiš: „Stanemo. Gledamo levo, desno. Sada idemo.“ Tako uči pravila od malih nogu.

tip-m19b-read-together =
    Svaki dan gledaj s detetom slikovnicu, makar nekoliko minuta. Ne moraš da čitaš tekst: pokazuj slike, pitaj „Šta je ovo?“ i pričaj svoju priču.

    Deca kojoj roditelji čitaju i pričaju znaju više reči i lakše krenu u školu.

tip-m20a-big-feelings =
    Mala deca se ljute i plaču kad nešto nije po njihovom. Duboko udahni, spusti se na visinu deteta i reci šta oseća: „Ljutiš se.“ Zagrli ga kad bude spremno.

    Nikad ne udaraj i ne drmaj dete: to boli i plaši, a ničemu ne uči.

tip-m20b-two-words =
    Kad dete kaže jednu reč, dodaj još jednu: „Mleko“ – „Još mleka“. „Lopta“ – „Velika lopta“. Svaki dan s detetom gledaj slikovnicu.

    Do 2 godine većina dece spaja dve reči, pokazuje delove tela i šutira loptu.

tip-m21a-eat-together =
    Jedi zajedno s detetom za stolom, bez telefona i televizora. Pričaj o hrani: „Ovo je šargarepa. Narandžasta je i krcka.“

    Dete uči da jede raznu hranu gledajući tebe. Ako nešto odbije, ponudi ponovo drugi put: nekad treba mnogo pokušaja.

tip-m21b-brush-teeth =
    Peri detetu zube dvaput dnevno, ujutru i pre spavanja, mekanom dečjom četkicom. Pusti ga da proba samo, pa ti završi.

    Posle večernjeg pranja zuba ne daj mu ništa slatko ni sok. Pitaj pedijatra kad da prvi put odvedeš dete kod zubara.

tip-m22a-stove-and-fire =
    Dete ne zna da peć, šporet i vatra peku. Stavi zaštitu oko peći, okreni drške šerpi ka zidu i drži šibice i upaljače visoko. Nikad ne ostavljaj dete samo sa upaljenom peći, vatrom ili svećom.

    Ako se dete opeče: odmah hladi opekotinu pod hladnom tekućom vodom 20 minuta, bez leda, putera i ulja. Opekotina veća od dečjeg dlana, ili na licu ili šakama: idi kod lekara.

tip-m22b-body-parts =
    Igraj se s detetom „Gde je nos?“: pokaži svoj nos, pa detetov, pa nos lutke. Tako i za oči, uši, usta, ruke i noge.

    Do 2 godine većina dece pokaže bar 2 dela tela kad ih pitaš. Svaka reč koju dete razume pomaže mu da uskoro i samo progovori.

tip-m23a-talk-not-screens =
    Deca uče da govore od ljudi, a ne od telefona i televizora. Kad si s detetom, skloni telefon, pa pričaj, pevaj i igraj se s njim.

    Ako dete gleda crtane filmove, neka to bude kratko, gledaj s njim i razgovaraj s njim o tome. Pre spavanja ugasi ekrane.

tip-m23b-sweet-drinks =
    Za piće daj vodu i mleko, a ne zaslađene sokove i gazirana pića. Umesto slatkiša i čipsa ponudi voće.

    Slatke i slane grickalice pune stomak, pa ostaje manje mesta za hranu od koje dete raste jako.

## 24-72 months: one tip a month

tip-m24-kindergarten =
    Vrtić pomaže deci da uče, da se igraju sa drugom decom i da se spreme za školu. U Zemunu vrtiće vodi Predškolska ustanova „Dr Sima Milošević“.

    Pitaj tamo za upis ili zamoli zdravstvenu medijatorku da ti pomogne.

tip-m25-pretend-play =
    Igraj se „kao da“ sa detetom: kuvaj ručak od igračaka, hrani lutku, „telefoniraj“ kašikom. Pusti dete da vodi igru, a ti se uključi.

    Do 30 meseci većina dece se igra „kao da“ i kaže oko 50 reči. Zajednička igra pomaže detetu da uči i da oseti da je voljeno.

tip-m26-fruit-and-vegetables =
    Stavi na sto voće i povrće svaki dan, različitih boja: šargarepu, jabuku, papriku, kupus, bananu. Iseci ih na štapiće i jedi zajedno s detetom.

    Ako dete ne voli neko povrće, ne teraj ga: ponudi ga ponovo drugi dan, na drugi način. Deca često zavole novu hranu tek posle mnogo probanja.

tip-m27-play-area-check =
    Pre nego što pustiš dete da se igra napolju, pogledaj mesto: ima li stakla, igala, oštrog metala, smeća ili otvorenih rupa? Skloni opasne stvari ili izaberi drugo mesto.

    Nauči dete da ne dira nepoznate stvari sa zemlje i da te pozove kad nešto nađe.

tip-m28-toilet-learning =
    Kad dete pokaže da zna da je mokro, zanima ga noša i ostaje suvo sat-dva, možeš polako da ga učiš da koristi nošu.

    Strpljenje pomaže: pohvali svaki uspeh. Nikad ga ne grdi i ne kažnjavaj kad se upiški: svako dete nauči u svoje vreme.

tip-m29-count-things =
    Broj s detetom sve oko sebe: stepenice dok ideš gore, kašike na stolu, jabuke u kesi. „Jedan, dva, tri!“ Pokazuj prstom svaku stvar.

    Dete ne mora odmah da zna brojeve. Kroz igru uči da brojevi kažu koliko nečega ima, a to mu kasnije pomaže u školi.

tip-m30-move-every-day =
    Deci treba mnogo kretanja svaki dan: trčanje, skakanje, penjanje, igra loptom. Izvedi dete napolje kad god možeš i igraj se s njim.

    Do 30 meseci većina dece skače sa obe noge. Kretanje jača kosti i mišiće i pomaže detetu da bolje spava.

tip-m31-breakfast =
    Neka dete svako jutro doručkuje pre nego što izađe iz kuće: hleb, jaje, sir, mleko, kačamak ili voće. Doručak ne mora da bude skup.

    Posle noći detetu treba snage za igru i učenje. Gladno dete se lakše iznervira i teže sluša.

tip-m32-body-safety =
    Nauči dete da kaže kako se zovu svi delovi tela, i oni koje pokriva veš. Reci mu: „Tvoje telo je tvoje. Niko ne sme da te dira tamo gde je veš, osim lekara kad sam ja tu. Ako neko to uradi, reci meni.“

    Objasni mu da nema tajni koje mora da krije od tebe i da neće biti kažnjeno kad ti kaže.

tip-m33-why-questions =
    Dete sada stalno pita „Šta je to?“ i „Zašto?“. Odgovaraj strpljivo i jednostavno. Kad ne znaš, reci „Hajde da vidimo zajedno.“

    Pitanjima dete uči. Pitaj i ti njega: „Šta misliš, zašto pada kiša?“ i saslušaj odgovor.

tip-m34-feelings-words =
    Kad dete oseća nešto jako, daj tom osećanju ime: „Tužan si jer je lopta pukla.“ „Srećna si jer je došla baka.“ Pričaj i o svojim osećanjima.

    Dete koje zna reči za osećanja lakše kaže šta ga muči, umesto da udara ili vrišti.

tip-m35-act-early =
    Sa 3 godine većina dece može kratko da razgovara s tobom i kaže svoje ime. Ako tvoje dete kaže vrlo malo reči, prestane da radi ono što je znalo, ili te nešto brine, ne čekaj.

    Razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

tip-m36-year4-checkup =
    U 4. godini dete ima veliki pregled: lekar prvi put meri krvni pritisak, proverava krvnu sliku i šalje dete kod zubara.

    Ponesi zdravstvenu knjižicu. To je dobra prilika da pitaš sve o rastu, govoru i ponašanju.

tip-m37-colours-and-words =
    Pričaj s detetom o bojama i oblicima svuda: „crveni auto“, „okrugli tanjir“. Postavljaj detetu pitanja na koja ne može da odgovori samo sa „da“ ili „ne“.

    Do 4 godine većina dece govori rečenice od 4 ili više reči, zna imena nekoliko boja i hvata veliku loptu.

tip-m38-dentist =
    Posle pregleda u 4. godini pedijatar šalje dete kod zubara. Odvedi ga, i kad zubi izgledaju zdravo: zubar pregleda mlečne zube i kaže kako da ih čuvaš.

    Pričaj detetu o zubaru lepo, bez straha. Nastavi da mu pereš zube dvaput dnevno i pazi da ne jede mnogo slatkiša.

tip-m39-rivers-and-canals =
    Kad je dete napolju blizu vode, reke, kanala, bare, bunara ili bazena, neka ga odrasla osoba stalno gleda. Pokrij bunare i bačve sa vodom.

    Dete može da se udavi brzo i bez vike. Kad si s detetom blizu Dunava, drži ga za ruku.

tip-m40-cook-together =
    Pozovi dete da ti pomogne u kuhinji: da pere povrće, meša salatu, lomi hleb. Daj mu lake poslove, daleko od šporeta i noževa.

    Deca radije jedu hranu koju su sama spremala. Usput uče reči, brojeve i šta je zdrava hrana.

tip-m41-draw-shapes =
    Crtaj zajedno s detetom: nacrtaj krug i reci „Sad ti!“ Crtaj linije, krugove, sunce, kuću. Može i prstom u pesku ili brašnu.

    Do 3 godine većina dece nacrta krug kad im pokažeš. Crtanje vežba prste i oči za kasnije pisanje. Zakači crtež na zid: dete će biti ponosno.

tip-m42-time-together =
    Svaki dan odvoji bar 10 minuta samo za jedno dete, bez telefona i posla. Neka ono izabere igru, a ti se igraj kako ono kaže.

    Kad ima više dece u kući, svakom treba malo vremena samo s tobom. Tako dete oseća da je voljeno i manje traži pažnju nestašlucima.

tip-m43-salty-snacks =
    Čips, slani štapići, kupovne kobasice i instant supe imaju mnogo soli, a malo onoga što detetu treba. Kupuj ih retko i ne drži ih stalno u kući.

    Za užinu ponudi voće, hleb sa sirom, jogurt ili kuvano jaje.

tip-m44-soap-and-water =
    Nauči dete da pere ruke sapunom i vodom: pre jela, posle toaleta i kad dođe spolja. Pokaži mu kako da trlja dlanove, prste i nokte dok pevaš kratku pesmicu.

    Pranje ruku čuva celu porodicu od proliva, kašlja i drugih bolesti. Deca najbolje uče kad vide da i ti to radiš.

tip-m45-home-language =
    Pričaj sa detetom na jeziku koji ti je najbliži, na romskom, srpskom ili na oba. Pričaj mu priče i pevaj pesme iz svog detinjstva.

    Dete koje dobro zna svoj prvi jezik lakše uči i drugi. Dva jezika su bogatstvo, a ne smetnja. Srpski će učiti i u vrtiću i školi.

tip-m46-dogs =
    Nauči dete da ne prilazi nepoznatim psima, da ne dira psa dok jede ili spava i da ne beži od psa, nego da stoji mirno.

    Nikad ne ostavljaj malo dete samo sa psom, ni sa tvojim. Ako pas ujede dete, odmah idi s njim kod lekara, i kad je rana mala.

tip-m47-calm-discipline =
    Kad dete radi nešto što ne sme, spusti se do njega i mirno reci šta da radi umesto toga: „Loptu bacamo napolju, ne u kući.“ Svaki put reaguj isto.

    Nikad ne udaraj i ne ponižavaj dete. Batine plaše, a ne uče. Deca najbolje uče iz jasnih pravila, pohvale i tvog primera.

tip-m48-year5-control =
    U 5. godini nema velikog redovnog pregleda, osim ako pedijatar pozove dete na kontrolu. Ali uvek možeš da odeš kad te nešto brine.

    Idi kod pedijatra ako dete slabo vidi ili čuje, teško govori ili se ponaša drugačije nego ranije. Ako neka vakcina kasni, pitaj kako da je nadoknadiš.

tip-m49-family-meals =
    Kad god možeš, jedi zajedno sa celom porodicom, bez upaljenog televizora. Deca uče da se hrane zdravo gledajući tebe.

    Svima služi istu domaću hranu, sa malo slatkiša, čipsa i zaslađenih sokova.

tip-m50-sleep =
    Neka dete ide na spavanje svako veče u isto vreme i ujutru ustaje u isto vreme. Pre spavanja: pranje zuba, priča, zagrljaj, ugašen televizor.

    Dete koje dovoljno spava je mirnije i lakše uči. Ako dete glasno hrče svake noći ili se često budi uplašeno, reci pedijatru.

tip-m51-turns-and-rules =
    Igraj s detetom jednostavne igre s pravilima: čekanje na red, dodavanje lopte, žmurke. Pohvali dete kad sačeka i kad se trudi, a ne samo kad pobedi.

    Do 5 godina većina dece poštuje pravila, čeka na red i ume da ispriča kratku priču.

tip-m52-play-away-from-traffic =
    Neka se dete igra daleko od ulice i parkiranih automobila, u ograđenom dvorištu ili u parku.

    Nauči ga: „Nikad ne trčim na ulicu za loptom. Pozovem tebe.“ Vozač ne vidi malo dete iza kola, a dete ne zna koliko brzo auto ide.

tip-m53-own-name-letters =
    Napiši detetovo ime velikim slovima na papir i zakači ga na zid. Pokaži prvo slovo: „Ovo je M, kao Mila!“ Traži s detetom to slovo svuda oko sebe.

    Dete koje prepoznaje slova lakše uči da čita u školi. Za ovo ne treba mnogo znanja: dovoljna je igra.

tip-m54-vaccines-before-school =
    Škola se bliži. Proveri sa pedijatrom ili zdravstvenom medijatorkom da li je dete dobilo sve vakcine do sada, i neka dete dobije ono što nedostaje.

    Pred školu dete dobija još dve vakcine: drugu dozu MMR i revakcinaciju protiv difterije, tetanusa, velikog kašlja i dečje paralize.

tip-m55-no-forcing-food =
    Ne teraj dete da pojede sve iz tanjira i ne kažnjavaj ga zbog hrane. Stavi malo, pa dodaj ako traži još.

    Dete zna kad je sito. Kad se jelo pretvori u svađu, dete još manje jede. Ako te brine kako raste ili koliko jede, zamoli pedijatra da ga izmeri.

tip-m56-making-friends =
    Daj detetu priliku da se igra sa drugom decom: u parku, kod komšija, u vrtiću. Pomozi mu da kaže „Mogu li i ja?“ i da deli igračke.

    Kad se deca posvađaju, ne presuđuj odmah: pitaj svako dete šta se desilo i pomozi im da nađu rešenje. Tako dete uči da se slaže sa drugima.

tip-m57-count-to-ten =
    Broj s detetom do 10 svuda: korake, prste, dugmad, automobile. Igraj se: „Donesi mi 3 kamenčića.“ Pusti dete da broji tebi.

    Do 5 godina većina dece broji do 10. Brojanje kroz igru je priprema za matematiku u školi.

tip-m58-call-for-help =
    Nauči dete šta da radi kad se nešto loše desi: da potraži odraslu osobu koju zna, prodavca ili policajca i kaže svoje ime.

    Pokaži mu i broj hitne pomoći, 194, i objasni da se zove samo kad je neko teško povređen ili bolestan. Vežbaj to s njim kao igru.

tip-m59-preschool-programme =
    Pre škole svako dete ide na pripremni predškolski program u vrtiću. Tako lakše krene u školu.

    Na vreme pitaj u vrtiću „Dr Sima Milošević“ za upis. Zdravstvena medijatorka ili Svratište CIM mogu da ti pomognu oko papira.

tip-m60-story-time =
    Posle priče pitaj dete: „Šta je bilo prvo? A posle?“ „Šta misliš, šta će se sad desiti?“ Pusti ga da i ono tebi ispriča priču, o svom danu ili izmišljenu.

    Do 5 godina većina dece ispriča priču sa bar dva događaja. Pričanje priča razvija govor i mišljenje za školu.

tip-m61-sweets-not-rewards =
    Ne nagrađuj dete slatkišima i ne teši ga čokoladom. Umesto toga zagrli ga, pohvali ga ili se igraj s njim.

    Kad je slatkiš nagrada, dete ga želi još više i uči da hranom teši tugu. Slatkiše daj retko, posle obroka, a ne kao nagradu.

tip-m62-listen-about-day =
    Svaki dan pitaj dete kako mu je bilo i zaista ga saslušaj: „Šta te je danas obradovalo?“ Pokaži mu da su njegove reči važne.

    Pohvali trud i reci mu da ga voliš.

tip-m63-name-and-address =
    Nauči dete njegovo puno ime, tvoje ime i gde stanuje. Ako možeš, nauči ga i tvoj broj telefona.

    Vežbaj s detetom prelazak ulice: stani, pogledaj levo i desno, drži se za ruku. Ne puštaj dete ovog uzrasta samo preko ulice.

tip-m64-pencil-games =
    Igraj se s detetom olovkom: neka spaja tačke, boji unutar linija, crta talase i cik-cak. Pokaži detetu kako da drži olovku sa tri prsta.

    Ne traži savršenstvo i ne teraj ga da piše slova ako ne želi. Igra jača ruku i pažnju za prvi razred.

tip-m65-dress-alone =
    Pusti dete da se samo oblači i obuva, čak i ako mu treba više vremena. Spremi odeću zajedno s njim uveče, a ujutru mu daj dovoljno vremena.

    Pohvali trud, ne samo rezultat. Dete koje samo nešto uradi oseća se sposobno i lakše se snalazi u vrtiću i školi.

tip-m66-way-to-school =
    Prošetaj s detetom do vrtića ili škole u koju će ići. Pokazuj gde se staje, gde je pešački prelaz i kako se gleda levo i desno.

    Dete ovog uzrasta još ne sme samo preko ulice. Ali kad zna put i pravila, bezbednije je i manje se plaši prvog dana.

tip-m67-market-together =
    Vodi dete na pijacu ili u prodavnicu. Neka izabere voće i povrće, neka broji jabuke i kaže boje.

    Tako uči reči, brojeve i da voli zdravu hranu. Kod kuće s njim operi i spremi ono što je izabralo.

tip-m68-listening-games =
    Igraj s detetom igre slušanja: „Zatvori oči, šta čuješ?“, „Kad tapšem, ti skoči!“, „Ponovi za mnom: jabuka, lopta, kuća.“

    U školi će dete morati da sluša i pamti šta učitelj kaže. Ove igre ga pripremaju, a i zabavne su.

tip-m69-talk-about-school =
    Pričaj o školi lepo i veselo: naučiće da čita, upoznaće drugare i imaće učitelja ili učiteljicu. Ne plaši ga školom.

    Pitaj šta ga raduje, a šta brine, i ozbiljno ga saslušaj. Dete koje se raduje školi lakše krene.

tip-m70-school-snack =
    Vežbaj s detetom užinu za školu: hleb sa sirom, voće, povrće i flašica vode. Neka dete pomogne da spakuje užinu i neka samo otvori kutiju.

    Zdrava užina daje snagu za učenje. Posle grickalica i zaslađenih sokova dete brzo opet bude gladno i umorno.

tip-m71-school-checkup =
    Pre polaska u školu dete ima veliki pregled i dobija dve vakcine: drugu dozu MMR (male boginje, zauške, rubela) i revakcinaciju protiv difterije, tetanusa, velikog kašlja i dečje paralize.

    Ponesi zdravstvenu knjižicu i završi to pre upisa u školu.
