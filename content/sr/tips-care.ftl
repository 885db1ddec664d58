## Saveti o nezi i bezbednosti dodati za zdravstveni pregled (issue 15): dodatni saveti van nedeljnog niza
## (tip-x-...) i 18. nedelja. Jedna poruka po savetu iz content/data/tips.yaml, običan tekst, bez promenljivih.

tip-w18-vitamin-d =
    U prvoj godini bebi treba svaki dan vitamin D u kapima, za jake kosti. Majčino mleko je najbolja hrana, ali u njemu ima malo vitamina D.

    Ako beba još ne dobija kapi, pitaj pedijatra ili patronažnu sestru koje kapi da daješ i koliko.

tip-x-hot-weather =
    I kad je vruće, bebi do 6 meseci ne treba voda ni čaj: majčino mleko ima dovoljno vode. Po vrućini je samo češće doji.

    Ti pij vode koliko ti se pije. Drži bebu u hladu i ne oblači je previše. Ako ti se beba čini bolesnom, pozovi pedijatra.

tip-x-breastfeeding-help =
    Dojenje u početku može da boli, bradavice mogu da napuknu, ili ti se čini da mleka nema dovoljno. To se dešava mnogima i može da se reši.

    Pitaj patronažnu sestru kad dođe, ili pedijatra u domu zdravlja: pokazaće ti kako da staviš bebu na dojku. Što češće beba sisa, to više mleka dolazi.

tip-x-formula =
    Ako beba pije adaptirano mleko: prvo operi ruke i flašicu. Prokuvaj svežu vodu i ostavi je da se hladi najviše 30 minuta, da bude još dovoljno vruća da ubije klice.

    Stavi tačno onoliko merica koliko piše na kutiji, ni više ni manje. Ohladi flašicu i probaj kap na zglobu ruke. Baci ono što beba nije popila za 2 sata.

tip-x-born-early =
    Ako je beba rođena ranije ili mala, drži je na svojim golim grudima, koža na kožu, što više sati dnevno (kengur metoda). Tako je bebi toplo i lakše sisa i raste.

    Pitaj pedijatra za preglede koji trebaju takvim bebama: ultrazvuk kukova, pregled očiju za bebe rođene pre 37. nedelje ili lakše od 2 kg, i proveru sluha.

tip-x-walkers =
    Dubak (hodalica) ne pomaže bebi da prohoda. U dupku beba ide brzo, dohvati vruće i opasne stvari i može da padne niz stepenice.

    Bolje pusti bebu da se igra na ćebetu na podu i da ustaje držeći se za nameštaj, tamo gde je vidiš.

tip-x-no-honey-milk-tea =
    Do 12 meseci ne daj bebi med, kravlje mleko kao piće ni čaj. Ne dodaj so ni šećer u bebinu hranu.

    Med može teško da razboli bebu. Kravlje mleko i čaj ne daju ono što bebi treba. Bebi trebaju majčino mleko, a posle 6 meseci i hrana iz porodičnog lonca bez soli i šećera.

tip-x-winter-heating =
    Zimi obuci dete u više slojeva i stavi mu kapu, a sobu drži toplom, ali je provetravaj. Nikad ne loži smeće, plastiku, gume ni staru odeću: taj dim je otrov za dečja pluća.

    Peć u zatvorenoj sobi može da pravi ugljen-monoksid, koji se ne vidi i ne miriše. Ako više ljudi ima glavobolju, mučninu ili pospanost, izvedi sve napolje na vazduh i zovi 194.

tip-x-lead =
    Kad se pale kablovi da bi se izvadio bakar, ili se otvaraju stari akumulatori, izlazi olovo. Olovo trajno šteti dečjem mozgu, i u malim količinama.

    Ne radi taj posao tamo gde deca žive i igraju se. Posle operi ruke i presvuci se, a detetu operi ruke pre jela.

tip-x-safe-water =
    Ako voda ne dolazi iz česme sa gradskim vodovodom, prokuvaj je pre nego što je dete pije ili pre nego što od nje spremaš hranu ili adaptirano mleko.

    Drži vodu u čistoj, zatvorenoj posudi i vadi je čistom šoljom. Čista voda čuva dete od proliva.

tip-x-fathers-grandparents =
    Očevi, bake i deke mogu da rade sve što beba treba: da je drže, hrane, kupaju, menjaju pelene, pevaju, igraju se i vode je kod lekara.

    Dete o kome brine više bliskih ljudi oseća se sigurno. Deli brigu sa njima i pusti da se odmori onaj ko je umoran.

## Jednom, u prvoj nedeljnoj poruci posle dodavanja bebe rođene ranije ($weeks: koliko nedelja ranije).
tip-corrected-age-note =
    ℹ️ { $name }: rođenje { $weeks ->
        [one] { $weeks } nedelju
        [few] { $weeks } nedelje
       *[other] { $weeks } nedelja
    } pre termina. Do 2. godine saveti o igri i razvoju idu po „korigovanom uzrastu“: pravi uzrast minus nedelje pre termina. Vakcine, pregledi i dokumenta idu po pravom uzrastu, od datuma rođenja.
