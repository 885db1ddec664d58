## Age-specific tips for parents. One message per tip in content/data/tips.yaml; plain text, no placeholders.
## Serbian Latin only: the Cyrillic text is generated from this file.

## 1st month (0-31 days)

tip-newborn-skin-to-skin =
    Drži bebu na svojim grudima, koža na kožu, i pokrij vas oboje ćebetom. Tvoja toplina i otkucaji tvog srca smiruju bebu.

    Tako lako možeš da je podojiš čim ona poželi. I tata može ovako da drži bebu. Beba se oseća sigurno kad je neko drži i odgovara joj.

tip-newborn-breast-milk-only =
    Daj bebi samo majčino mleko, kad god ona hoće, danju i noću. Bez vode, čaja i druge hrane do 6 meseci: u majčinom mleku je sve što beba treba, čak i kad je vruće.

    Kapi leka koje ti da lekar su dozvoljene.

tip-newborn-patronage-nurse =
    Kad dođeš kući iz porodilišta, patronažna sestra iz doma zdravlja dolazi kod tebe, obično 5 puta u prvom mesecu. Pitaj je sve o dojenju, spavanju ili pupku.

    Ako sestra nije došla, pozovi Dom zdravlja „Zemun“ ili pitaj romsku zdravstvenu medijatorku.

tip-newborn-first-checkup =
    Kad beba napuni mesec dana, vodi je na prvi pregled kod pedijatra u domu zdravlja. Tamo beba dobija drugu dozu vakcine protiv hepatitisa B.

    Ponesi bebinu zdravstvenu karticu.

tip-newborn-birth-registration =
    Proveri da li je rođenje bebe upisano u roku od 30 dana. U većini porodilišta to se uradi za tebe preko usluge „Bebo, dobro došla na svet“: besplatno je, a papiri stižu poštom.

    Ako nije, idi u matičnu službu ili zamoli zdravstvenu medijatorku za pomoć. Bez tih papira teško je dobiti zdravstvenu karticu i drugu pomoć.

## 2nd month (32-60 days)

tip-month2-talk-and-smile =
    Pričaj i pevaj bebi dok je hraniš, kupaš i presvlačiš. Gledaj je u oči i smeši joj se.

    Do 2 meseca većina beba uzvrati osmeh i pravi male glasove. Tvoj glas je bebina prva škola.

tip-month2-first-vaccines =
    Kad beba napuni 2 meseca, vreme je za pregled i prve vakcine u domu zdravlja: petovalentna vakcina („5 u 1“: difterija, tetanus, veliki kašalj, dečja paraliza, Hib) i vakcina protiv pneumokoka.

    Ponesi zdravstvenu karticu. Pitaj u domu zdravlja koji dan da dođeš.

tip-month2-mother-wellbeing =
    Briga o bebi je težak posao. Spavaj kad beba spava i pusti porodicu da pomogne oko kuće.

    Ako se danima osećaš tužno, zabrinuto ili jako umorno, to se dešava mnogim majkama i nije tvoja krivica. Reci patronažnoj sestri ili lekaru: oni mogu da pomognu.

## 3-4 months (61-121 days)

tip-months3-4-answer-coos =
    Kad beba kaže „uuu“ ili „aaa“, odgovori joj i sačekaj. Pusti je da ti „odgovori“. To je vaš prvi razgovor.

    Kad beba plače, uzmi je u naručje i uteši je. Ljubavi nikad nije previše.

tip-months3-4-second-vaccines =
    Sa oko 3 i po meseca, na pregledu u domu zdravlja, beba dobija drugu dozu petovalentne vakcine i vakcine protiv pneumokoka. Pitaj sestru koji je tačan dan.

    Ponesi zdravstvenu karticu. Ako je neka doza propuštena, nije kasno: dođi, lekar će napraviti plan.

tip-months3-4-no-falls =
    Beba se svake nedelje sve više pomera i može da padne sa kreveta ili stola za tren. Nikad je ne ostavljaj samu na visokom, ni na sekund.

    Ako ti trebaju slobodne ruke, stavi bebu na ćebe na podu.

## 5-6 months (122-182 days)

tip-months5-6-first-food =
    Sa 6 meseci, ne ranije, beba može da počne da jede i drugu hranu: par kašičica mekane, izgnječene hrane, na primer kuvanog povrća. Doji je i dalje kao do sada.

    Do 6 meseci samo majčino mleko: bez vode, čaja i hrane.

tip-months5-6-third-vaccines =
    Sa 5 meseci beba dobija treću dozu petovalentne vakcine. Sa 6 meseci je pregled i treća doza vakcine protiv hepatitisa B. Lekar će ti reći da li treba još neka vakcina.

    Ponesi zdravstvenu karticu svaki put.

tip-months5-6-sound-games =
    Napravi neki glas, sačekaj i pusti bebu da ti odgovori. Smenjujte se, kao u malom razgovoru, i smejte se zajedno.

    Do 6 meseci većina beba se smeje, poznaje lica iz porodice i smenjuje se s tobom u pravljenju glasova. Ovakva igra uči bebu da govori.

## 7-9 months (183-274 days)

tip-months7-9-family-food =
    Daj bebi mekanu hranu iz porodičnog lonca, izgnječenu ili sitno iseckanu. Kuvaj sa malo soli i malo šećera. Slatkiši, grickalice i zaslađeni sokovi pune stomak, ali ne pomažu detetu da raste.

    I dalje doji bebu.

tip-months7-9-small-things =
    Bebe sve stavljaju u usta. Pogledaj pod iz bebine visine i pokupi novčiće, dugmad, baterije, tablete i sitne delove igračaka.

    Lekove i sredstva za čišćenje drži visoko ili pod ključem.

tip-months7-9-hide-and-find =
    Sakrij igračku ispod krpe dok beba gleda, pitaj „Gde je?“ i nađite je zajedno. Zovi bebu po imenu i igrajte se „ku-ku“.

    Do 9 meseci većina beba traži stvari koje padnu i okrene se kad je zoveš po imenu.

## 10-12 months (275-365 days)

tip-months10-12-wave-and-clap =
    Tapšite zajedno, mašite „pa-pa“ i često govori „mama“ i „tata“. Do 12 meseci većina beba se igra tapšanja, maše „pa-pa“ i zove roditelja „mama“ ili „tata“.

    Nasmeši se i pohvali svaki pokušaj.

tip-months10-12-hot-things =
    Beba počinje da se pridiže i stoji držeći se za nameštaj. Okreni drške šerpi ka zadnjem delu šporeta, a vruć čaj, kafu, peglu i šporet drži daleko od malih ruku.

    Vrela tečnost može teško da opeče malo dete.

tip-months10-12-measles-vaccine =
    Sa 12 meseci dete ima veliki pregled u domu zdravlja i dobija vakcinu protiv malih boginja, zauški i rubele (MMR). Lekar će ti reći i za druge vakcine koje su na redu.

    Ponesi zdravstvenu karticu. Ako je dete propustilo neku raniju vakcinu, ovo je dobar dan da je nadoknadi.

## 13-18 months (366-547 days)

tip-months13-18-name-things =
    Imenuj sve što zajedno vidite: „šolja“, „kuca“, „cipela“. Gledajte slike i pokazujte prstom. Kad dete nešto pokaže, reci kako se to zove.

    Do 18 meseci većina dece kaže bar 3 reči pored „mama“ i „tata“ i hoda bez pomoći.

tip-months13-18-milk-and-meals =
    Doji i dalje, do 2 godine ili duže, ako ti i dete to želite. Dete sada jede porodičnu hranu za stolom sa vama i može da jede prstima.

    Nudi voće i povrće. Slatkiše i slane grickalice daj samo retko.

tip-months13-18-water =
    Nikad ne ostavljaj malo dete samo pored vode: kade, kofe, bare ili kanala. Dete može da se udavi u malo vode, brzo i bez glasa.

    Isprazni kofe i kadu posle upotrebe.

## 19-24 months (548-730 days)

tip-months19-24-booster-checkup =
    Između 18 i 24 meseca dete ima veliki pregled i dobija prvu revakcinaciju petovalentnom vakcinom. Ponesi zdravstvenu karticu.

    Zamoli lekara da proveri sve dosadašnje vakcine. Ako je neka propuštena, nije kasno da se nadoknadi.

tip-months19-24-two-words =
    Kad dete kaže jednu reč, dodaj još jednu: „Mleko“ – „Još mleka“. „Lopta“ – „Velika lopta“. Svaki dan zajedno gledajte slikovnicu.

    Do 2 godine većina dece spaja dve reči, pokazuje delove tela i šutira loptu.

tip-months19-24-big-feelings =
    Mala deca se ljute i plaču kad nešto nije po njihovom. Duboko udahni, spusti se na visinu deteta i reci šta oseća: „Ljutiš se.“ Zagrli ga kad bude spremno.

    Nikad ne udaraj i ne drmaj dete: to boli i plaši, a ničemu ne uči.

## 25-36 months (731-1095 days)

tip-year3-pretend-play =
    Igraj se „kao da“ sa detetom: kuvajte ručak od igračaka, hranite lutku, „telefonirajte“ kašikom. Pusti dete da vodi igru, a ti se uključi.

    Do 30 meseci većina dece se igra „kao da“ i kaže oko 50 reči. Zajednička igra pomaže detetu da uči i da oseti da je voljeno.

tip-year3-kindergarten =
    Vrtić pomaže deci da uče, da se igraju sa drugom decom i da se spreme za školu. U Zemunu vrtiće vodi Predškolska ustanova „Dr Sima Milošević“.

    Pitaj tamo za upis ili zamoli zdravstvenu medijatorku da ti pomogne.

tip-year3-act-early =
    Sa 3 godine većina dece može kratko da razgovara s tobom i kaže svoje ime. Ako tvoje dete kaže vrlo malo reči, prestane da radi ono što je znalo, ili te nešto brine, ne čekaj.

    Razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

tip-year3-sweet-drinks =
    Za piće daj vodu i mleko, a ne zaslađene sokove i gazirana pića. Umesto slatkiša i čipsa ponudi voće.

    Slatke i slane grickalice pune stomak, pa ostaje manje mesta za hranu od koje dete raste jako.

## 37-48 months (1096-1460 days)

tip-year4-checkup =
    U 4. godini dete ima veliki pregled: lekar prvi put meri krvni pritisak, proverava krvnu sliku i šalje vas kod zubara.

    Ponesi zdravstvenu karticu. To je dobra prilika da pitaš sve o rastu, govoru i ponašanju.

tip-year4-colours-and-words =
    Pričajte o bojama i oblicima svuda: „crveni auto“, „okrugli tanjir“. Postavljaj detetu pitanja na koja ne može da odgovori samo sa „da“ ili „ne“.

    Do 4 godine većina dece govori rečenice od 4 ili više reči, zna imena nekoliko boja i hvata veliku loptu.

tip-year4-medicines-high =
    Deca se sada penju i otvaraju sve. Lekove, sredstva za čišćenje, šibice i oštre noževe drži visoko i zatvorene, i nikad ih ne sipaj u flaše od pića.

    Ako dete proguta nešto opasno, odmah zovi 194.

## 49-60 months (1461-1825 days)

tip-year5-turns-and-rules =
    Igrajte jednostavne igre s pravilima: čekanje na red, dodavanje lopte, žmurke. Pohvali dete kad sačeka i kad se trudi, a ne samo kad pobedi.

    Do 5 godina većina dece poštuje pravila, čeka na red i ume da ispriča kratku priču.

tip-year5-family-meals =
    Jedite zajedno kao porodica kad god možete, bez upaljenog televizora. Deca uče da se hrane zdravo gledajući tebe.

    Svima služi istu domaću hranu, sa malo slatkiša, čipsa i zaslađenih sokova.

tip-year5-preschool-programme =
    Pre škole svako dete ide na pripremni predškolski program u vrtiću. Tako lakše krene u školu.

    Na vreme pitaj u vrtiću „Dr Sima Milošević“ za upis. Zdravstvena medijatorka ili Svratište CIM mogu da ti pomognu oko papira.

## 61-72 months (1826-2190 days)

tip-year6-school-checkup =
    Pre polaska u školu dete ima veliki pregled i dobija dve vakcine: drugu dozu MMR (male boginje, zauške, rubela) i revakcinaciju protiv difterije, tetanusa, velikog kašlja i dečje paralize.

    Ponesi zdravstvenu karticu i završi to pre upisa u školu.

tip-year6-name-and-address =
    Nauči dete njegovo puno ime, tvoje ime i gde živite. Ako možeš, nauči ga i tvoj broj telefona.

    Vežbajte zajedno prelazak ulice: stani, pogledaj levo i desno, drži se za ruku. Ne puštaj dete ovog uzrasta samo preko ulice.

tip-year6-listen-about-day =
    Svaki dan pitaj dete kako mu je bilo i zaista ga saslušaj: „Šta te je danas obradovalo?“ Pokaži mu da su njegove reči važne.

    Pohvali trud i reci mu da ga voliš.
