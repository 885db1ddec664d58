### Romani draft: awaiting review by a native speaker

## Age-specific tips for parents, Gurbet-leaning Latin spelling. One message per tip in content/data/tips.yaml.
## Plain text, no placeholders. Each tip follows the meaning of the Serbian and English text of the same id.

## Weeks 0-52: one tip a week

tip-w00-breast-milk-only =
    De tle čhavoreske numaj dajako thud, kana vov mangel, đes thaj rjat. Ma de les pani, čaj vaj aver habe dži 6 čhona. Ando dajako thud si sa so trebul lese, vi kana si tato.

    Te del o doktori kapi drab, kodo šaj.

tip-w01-patronage-nurse =
    Kana aves khere andar o porodilište, i patronažna sestra andar o Dom zdravlja avel tuće khere, 5 drom ando angluno čhon. Phuč la sa vaš i čuči, vaš o sovipe thaj vaš o pupak.

    Te na avili i sestra, akhar o Dom zdravlja „Zemun“ vaj phuč e zdravstvena medijatorka.

tip-w02-skin-to-skin =
    Ićar tle čhavores pe tlo kolin, morči pe morči. Učhar tumen dujen jekhe ćebesa. Tlo tatipe thaj tlo ilo smirinen les.

    Avka lokhe šaj des les čuči kana vov mangel. Vi o dad šaj ićarel les avka. O čhavoro hatjarel pe sigurno kana varekon ićarel les thaj vakerel lesa.

tip-w03-birth-registration =
    Dikh te si tlo čhavoro ramome. O rok si 15 đesa palo bijandipe (Zakon o matičnim knjigama). Ande but porodilišta kodo ćeren tuće prekal „Bebo, dobro došla na svet“: bi lovengo, thaj o lila aven pe pošta. Te o lila na ale, phuč akana e medijatorka vaj i matična služba.

    Te na, dža ande matična služba vaj mang žutipe katar i zdravstvena medijatorka. Bi kodola lila pharo si te les zdravstvena kartica thaj aver žutipe.

tip-w04-first-checkup =
    Kana tlo čhavoro pherdol jekh čhon, dža lesa ko pedijatri ando Dom zdravlja. Othe o čhavoro lel i dujti doza vakcina vaš hepatitis B.

    Le tusa i zdravstvena kartica e čhavoreski. Te naj le pedijatri, i zdravstvena medijatorka šaj žutil tut.

tip-w05-safe-sleep =
    Čhiv tle čhavores te sovel sako drom pe dumo, pe jekh ravno thaj zuralo than numaj lesko, ande tli soba, paše tute. Ma čhiv paše leske muj perne, thule ćebura vaj khelimata, thaj ma učhar lesko šero.

    Te sovel ande tlo pato: pe dumo, dur katar o perne thaj katar o procep paše zido, khanikana pe kauči, thaj khanikana paše manuš kaj pijel duvano, pilja alkohol vaj lilja drab katar savo sovel pe.

tip-w06-talk-and-smile =
    Vaker thaj đilab tle čhavoreske kana des les te hal, kana thoves les thaj kana paruves les. Dikh les ande jakha thaj asa lese.

    Dži 2 čhona, but čhavore asan palpale thaj ćeren cikne glasura. Tlo glaso si leski angluni škola.

tip-w07-mother-wellbeing =
    Te arakhes čhavores si bari buti. Sov vi tu kana sovel o čhavoro, thaj muk e familija te žutil tut ando kher.

    Te but đesa si tuće pharo pe ilo, daras vaj san but khino, kodo avel bute dadenge thaj dejenge, thaj naj tlo doš. Vaker e patronažna sestrasa vaj e doktoresa: von šaj žutin tut.

tip-w08-first-vaccines =
    Kana tlo čhavoro pherdol 2 čhona, dža lesa ando Dom zdravlja vaš pregled thaj o angluna vakcine: vakcina „5 ande 1“ (difterija, tetanus, veliki kašalj, dečja paraliza, Hib) thaj vakcina vaš pneumokok.

    Le tusa i zdravstvena kartica. Phuč ando Dom zdravlja savo đes te aves.

tip-w09-comfort-crying =
    Kana tlo čhavoro rovel, vov phenel tuće vareso: bokhalo si, mokro si, khino si vaj kamel tut paše. Le les ande angali, vaker lesa polokhe thaj kun les.

    Na šaj rimos e čhavores kana smirines les. Kana sigo aves, vov sikljol kaj si sigurno. Te rovel but but vrjama vaj dikhljol nasvalo, akhar e pedijatres.

tip-w10-tummy-time =
    Kana tlo čhavoro na sovel thaj tu san paše leste, čhiv les pe per pe jekh ćebe pe phuv, nekobor drom ando đes. Paš anglal leste, vaker lesa thaj sikav lese vareso šareno.

    Avka zuraljol lesko kor, dumo thaj vasta. Dži 2 čhona, but čhavore hazden o šero kana paše pe per. Vaš o sovipe, sako drom čhiv les pe dumo.

tip-w11-answer-coos =
    Kana tlo čhavoro phenel „uuu“ vaj „aaa“, phen lese palpale thaj ažuker. Muk les te phenel tuće palpale. Kodo si tumaro angluno vakeripe.

    Kana rovel, le les ande angali thaj smirin les. O kamlipe khanikana naj but.

tip-w12-no-falls =
    Tlo čhavoro sako kurko miškil pe maj but. Šaj perel katar o pato vaj katar o astali ande jekh sekunda. Ma muk les korkoro upre, ni jekh minuta.

    Te trebun tuće o vasta, čhiv les pe jekh ćebe pe phuv.

tip-w13-hunger-signs =
    O čhavoro sikavel kaj si bokhalo anglal so rovel: irinel o šero thaj rodel i čuči, putrel o muj, čučal o angušta. Tegani de les čuči, đes thaj rjat, kobor drom kamel.

    Sar maj but čučal, avka maj but thud si tut. Te daras kaj na pijel dosta, mang e patronažna sestra vaj e pedijatres te merinen les.

tip-w14-second-vaccines =
    Kana si le trin thaj jepaš čhona, ando pregled ando Dom zdravlja, tlo čhavoro lel i dujti doza vakcina „5 ande 1“ thaj vakcina vaš pneumokok. Phuč e sestra savo đes.

    Le tusa i zdravstvena kartica. Te nakhli jekh doza, naj kasno: av, o doktori ćerela plan.

tip-w15-reach-and-grab =
    Ićar jekh šareno khelipe vaj kašuni roj cera anglal tle čhavoreste thaj muk les te pružinel o vasta thaj te astarel. O čhavoro sa čhivel ando muj: avka prindžarel o svato. De les numaj žužo, baro vareso, te na šaj nakhavel les.

    Dži 4 čhona, but čhavore anen o vasta ko muj thaj ićaren o šero lokhes.

tip-w16-never-shake =
    Khanikana ma izdrav e čhavores, ni ando khelipe ni kana holjaves. Lesko kor si kovlo thaj o izdravipe šaj but dukhavel lesko šero.

    Te rovel but vrjama thaj hatjares kaj našaves o strpljenje, čhiv les sigurno pe dumo ande lesko pato, dža avri cera minute thaj le baro duho. Akhar varekas te žutil tut. Sakone dadeske thaj dake varekana si pharo.

tip-w17-read-signals =
    Dikh so sikavel tuće tlo čhavoro. Kana asal thaj dikhel tut, kamel te khelel. Kana irinel o šero, khosel o jakha vaj holjarel pe, khino si thaj trebul le lokhes.

    Kana phenes palpale pe leske znakura, vov sikljol kaj hatjares les. Katar kodo barol tumaro kamlipe thaj lesko sikljojipe.

tip-w19-health-card =
    Ićar i zdravstvena kartica e čhavoreski thaj sa o lila andar o Dom zdravlja pe šuko, sigurno than, thaj le len sako drom ko pregled. Avka o doktori dikhel save vakcine o čhavoro lija.

    Te naj le kartica vaj pedijatri, i zdravstvena medijatorka šaj žutil tut.

tip-w20-look-at-pictures =
    Sikav tle čhavoreske bare, šukar slike: muja, životinje, stvarura andar o kher. Šaj vi jekh kutija, kalendari vaj lil slikenca. Sikav angušteasa thaj phen so si, polokhe thaj veselo.

    O čhavoro još na hatjarel o alava, ama sikljol tle glasostar thaj tle mujestar. Sar maj but alava ašunel, avka maj lokhe vakerela.

tip-w21-five-month-vaccine =
    Kana tlo čhavoro pherdol 5 čhona, dža lesa ando Dom zdravlja vaš pregled thaj i trinto doza vakcina „5 ande 1“. O doktori phenela tuće te trebul vi aver vakcina.

    Le tusa i zdravstvena kartica. Te nakhli jekh doza anglal, naj kasno: o doktori ćerela plan.

tip-w22-ready-for-food =
    Sigo tlo čhavoro šaj hala vi aver habe, ama tek kana pherdol 6 čhona. O znakura: bešel cera žutimasa, ićarel o šero lokhes thaj dikhel so tu hal.

    Dži tegani de les numaj dajako thud: akana kodo si lese dosta. Te si tut phučimata vaš o angluno habe, phuč e patronažna sestra vaj e pedijatres.

tip-w23-sound-games =
    Ćer jekh glaso, ažuker, thaj muk tle čhavores te phenel tuće palpale. Jekh pala aver, sar cikno vakeripe. Asan khetane.

    Dži 6 čhona, but čhavore asan, prindžaren e familija thaj ćeren glasura tusa jekh pala aver. Kadava khelipe sikavel les te vakerel.

tip-w24-smoke-free =
    Ma pi duvano ando kher thaj ma muk aver te pijen paše tle čhavoreste, ni ande soba ni ando auto. O thuv ačhol ando vazduho, pe gada thaj pe zidura, thaj dukhavel e čhavoreske plućura.

    Te pijes duvano, dža avri thaj thov o vasta anglal so les e čhavores. Te kames te ačhes, phuč tle doktores te žutil tut.

tip-w25-first-food =
    Kana pherdol 6 čhona, na maj anglal, tlo čhavoro šaj hal vi aver habe: jekh-duj roja kovlo habe, sar kuvime povrće. Ma ačh te des les čuči.

    Dži 6 čhona numaj dajako thud: bi pani, bi čaj, bi habe.

tip-w26-six-month-checkup =
    Kana si le 6 čhona, tlo čhavoro si le pregled ando Dom zdravlja thaj lel i trinto doza vakcina vaš hepatitis B. O pedijatri dikhel sar barol thaj phučel sar hal.

    Le tusa i zdravstvena kartica. Kodo si lačho đes te phučes sa vaš o angluno habe.

tip-w27-foods-that-build =
    Sako đes čhiv ande čhavoresko habe vareso katar kadala: anro, mas, mačho bi kokalengo, fasuj vaj sočivo, mišto kuvime thaj kovlarde. De vi povrće thaj voće.

    Kadava habe del zor thaj žutil e čhavores te barol thaj te sikljol. Vi maj dur de les čuči kobor kamel.

tip-w28-bang-and-shake =
    De tle čhavores jekh pirri thaj kašuni roj, jekh phandli plastična flaša cera pirinčasa, vaj jekh kutija. Muk les te marel, te čalavel thaj te čhudel.

    Avka o čhavoro sikljol so ćerdol kana vov vareso ćerel. Khel lesa, phen o glasura thaj asan khetane. Na trebun kuć khelimata.

tip-w29-small-things =
    O cikne čhavore sa čhiven ando muj. Dikh e phuv sar dikhel la o čhavoro, thaj le katar e phuv o love, o dugmići, o baterije, o tablete thaj o cikne kotora katar o khelimata.

    O drabura thaj i hemija vaš žužaripe garav upre vaj phand len.

tip-w30-stranger-shyness =
    Tlo čhavoro akana šaj daral katar o manuša save na prindžarel, thaj rovel kana džas. Kodo si normalno: džanel kon si lesko thaj kamel tut.

    Ma de les zorasa ande angali e manušenge save na prindžarel. Ićar les dži kaj smirinel pe thaj muk les te dikhel katar sigurno than. Kana san paše, del les zor.

tip-w31-family-food =
    De tle čhavoreske kovlo habe andar e familijaki pirri, kovlardo vaj ćinardo ande cikne kotora. Ikal lesko kotor angleder so čhive lon vaj šećeri: dži 12 čhona bi lonesko thaj bi šećeresko. Bombone, čips thaj gugle sokovura pherden o per, ama na žutin e čhavores te barol.

    Vi maj dur de les čuči. Dži 12 čhona bi avdinesko, bi gurumnjako thudesko sar pijipe thaj bi čajesko.

tip-w32-hide-and-find =
    Garav jekh khelipe tala jekh diklo kana o čhavoro dikhel, thaj phuč: „Kaj si?“ Arakhen les khetane. Akhar tle čhavores pe lesko anav thaj khelen „ku-ku“.

    Dži 9 čhona, but čhavore roden kodo so perel, thaj irin pe kana akhares len pe lengo anav.

tip-w33-first-teeth =
    Kana iklol o angluno dand, thov les duj drom ando đes kovle čhavorikane četkasa, pala o detarinalo habe thaj anglal o sovipe. Ma muk e čhavores te sovel flašasa gugle pimasa.

    Sastune dande žutin e čhavores te čamkerel thaj te vakerel. Te daras vareso vaš o dande, phuč e pedijatres.

tip-w34-bedtime-routine =
    Anglal o sovipe ćeren sako rjat jekh thaj isto, jekh pala aver: thovipe, čuči, jekh đili, pa sovipe. Ćer i svetlost cera tamni thaj vaker polokhe.

    Kana sako rjat si isto, o čhavoro džanel so avel thaj maj lokhe smirinel pe.

tip-w35-crawl-safe-home =
    Tlo čhavoro sigo phirela pe punre thaj vasta. Beš tele pe phuv thaj dikh i soba lesko jakhenca: utičnice, kablura, stepenice, putardi filiastra, oštra rige, cikne stvarura.

    Phand o utičnice, le o kablura thaj o phare stvarura save šaj peren, thaj ma muk les korkoro paše stepenice vaj filiastra.

tip-w36-finger-food =
    De tle čhavores kovle kotora habe te lel angušteenca: kuvime kompira, banana, kovlo manro. Ma de les sasto grožđe, akhora vaj zurale kotora: šaj gušil pe.

    Beš paše leste kana hal. Muk les te melavol thaj ma de les zorasa te hal sa: o čhavoro džanel kana si čajlo.

tip-w37-babble-back =
    Kana tlo čhavoro phenel „ba-ba“ vaj „ma-ma“, phen palpale thaj de jekh čačo alav: „Mama! Kate si i mama!“ Dikh les kana vakeres, te dikhel tlo muj.

    Dži 9 čhona, but čhavore phenen „mamama“ thaj „bababa“. Kana phenes lese palpale, sikljol kaj leske glasura si važna.

tip-w38-nine-month-checkup =
    Kana si le 9 čhona, tlo čhavoro si le pregled ando Dom zdravlja. Kate obično naj vakcina, ama o pedijatri dikhel sar barol, sar hal thaj sar sikljol.

    Le tusa i zdravstvena kartica thaj phuč sa so daravel tut. Te nakhli varesavi vakcina, phuč kana šaj te lel la.

tip-w39-follow-the-lead =
    Sako đes le cera vrjama numaj te khelen khetane pe phuv. Dikh so les interesuinel thaj dža pala leste: te dikhel i lopta, vaker vaš i lopta; te bašavel vareso, bašav vi tu. Te marel, na mar palpale: sikav les polokes sar te ćerel.

    Kana tu džas pala leste, o čhavoro sikljol kaj si važno. Na trebul but vrjama: važno si kaj tegani san numaj lese.

tip-w40-hot-things =
    Tlo čhavoro akana uštel thaj ačhel pe punre, ićardo pe astala thaj pe skamina. Irin o vasta katar e pirri palpale pe šporeto. Tato čaj, kafa, pegla thaj šporeto ićar dur katar o cikne vasta.

    Tato pani šaj but phabarel e cikne čhavores.

tip-w41-wave-and-clap =
    Čalaven khetane o vasta, phenen „pa-pa“ e vastesa, thaj phen but drom „mama“ thaj „tata“. Dži 12 čhona, but čhavore khelen e vastenca, phenen „pa-pa“ thaj akharen „mama“ vaj „tata“.

    Sako drom kana zumavel, asa lese thaj phen lese šukar lava.

tip-w42-cup-of-water =
    Pala 6 čhona šaj des tle čhavores cera pani ande cikni čaša kana hal. Ićar i čaša thaj muk les te pijel cera po cera.

    Ma de les sokovura, guglo čaj vaj gazirime pimata: o šećeri phagel o dande thaj lel o mangipe vaš o čačo habe. Vi maj dur de les čuči.

tip-w43-hand-washing =
    Thov o vasta sapunosa thaj panesa anglal so ćeres habe thaj des e čhavores te hal, thaj pala o pelene thaj o toaleti. Žuže vasta arakhen e čhavores katar o proliv.

    Te si le proliv: de les čuči vadži, thaj maj but drom, thaj pali sako pani stolica de les ORS andar i apoteka, gutljaj gutljajesa. Phuč e pedijatres vaš o cink. Bešle jakha, šuko muj, frima mokre pelene vaj rat ande stolica: ađes dža ko doktori.

tip-w44-saying-goodbye =
    Kana trebul te džas, ma našav garavde. Le les ande angali, phen lese „Džav, boldav man pala o sovipe“ thaj phen „pa-pa“ e vastesa. Kana boldes tut, lošal lesa.

    Šaj rovel, ama sikljol kaj tu sako drom boldes tut. Avka pačal tut thaj sar vrjama nakhel, maj lokhe ačhol bi tuko.

tip-w45-action-songs =
    Đilab cikne đila pokretenca: čalav o vasta, phen „pa-pa“, sikav o nakh thaj o kan. Đilab isto đila sako đes, romanes, srbikanes vaj duj čhibenca.

    O čhavoro sikljol alava kana ašunel len but drom thaj miškil pe. Sigo korkoro zumavela te ćerel o pokreto kana ašunel i đili.

tip-w46-bath-water =
    Ma muk cikne čhavores korkoro paše pani: kana, kanta, bara vaj kanalo. O čhavoro šaj tasol ande cera pani, sigo thaj bi glasosko.

    Pala kodo, čhor avri o pani andar e kanta thaj andar e kana.

tip-w47-keep-breastfeeding =
    Tlo čhavoro akana hal vi e familijako habe, ama o dajako thud vi maj dur si važno. De les čuči dži kana tu thaj vov kamen, dži 2 berša thaj maj but.

    O thud si habe, pimo thaj smirinipe kana si nasvalo vaj khino. Te si tuće pharo e čučasa, phuč e patronažna sestra vaj e pedijatres.

tip-w48-redirect-not-punish =
    O čhavoro astarel sa thaj na džanel so šaj. Na te čipes vaj te mares les pe vast, phen lokhes „na“, le i opasno stvar thaj de les vareso aver te khelel.

    Avka sikljol bi daratar. Maj lokhe si te garaves o opasna stvarura nego te phenes sako drom „na“.

tip-w49-cruising =
    Tlo čhavoro uštel thaj phirel ićardo pe nameštaj. Ćer lese than, le o skamina save na ačhen mišto, thaj muk les te phirel nango punrenca.

    Ićar les pe duj vasta thaj phiren khetane. Dži 12 čhona, but čhavore ačhen thaj phiren ićarde pe nameštaj. Varesave phiren korkore tek pala o angluno berš, thaj kodo si mišto.

tip-w50-near-the-road =
    O čhavoro savo phirel si sigo thaj na hatjarel kaj o auto si opasno. Avri paše o drom vaj o parking, ićar les ande angali, ande kolica vaj pe vast.

    Ma muk les te khelel ande avlin savi naj phandli katar o drom. O šoferi na dikhel cikne čhavores pala o auto.

tip-w51-vaccine-card-check =
    Anglal o angluno berš, dikh e pedijatresa vaj e zdravstvena medijatorkasa e čhavoreske vakcine. Lilja li sa: BCG ando porodilište, hepatitis B, „5 ande 1“ thaj vakcina vaš pneumokok?

    Te vareso nedostajinel, naj kasno. BCG šaj lel dži 12 čhona, thaj aver vakcine o doktori del pala plan.

tip-w52-measles-vaccine =
    Kana si le 12 čhona, tlo čhavoro si le baro pregled ando Dom zdravlja thaj lel i vakcina vaš male boginje, zauške thaj rubela (MMR). O doktori phenela tuće vi vaš aver vakcine.

    Le tusa i zdravstvena kartica. Te nakhli varesavi vakcina anglal, akana šaj te lel la.

## 12-24 months: one tip every half month

tip-m12a-family-table =
    De čuči maj dur, dži 2 berša vaj maj but, te kamen tu thaj o čhavoro. O čhavoro akana hal e familijako habe pe astali tumenca, thaj šaj hal e vastenca.

    De les voće thaj povrće. Bombone thaj londe grickalice de numaj cera.

tip-m12b-name-things =
    Phen o anav sa kodoleske so dikhen khetane: „čaša“, „žukel“, „tirah“. Dikhen khetane slike. Kana o čhavoro sikavel vareso angušteasa, phen lese sar bušol.

    Dži 18 čhona, but čhavore phenen 3 vaj maj but alava, bi te ginen „mama“ thaj „tata“, thaj phiren korkore.

tip-m13a-windows-balcony =
    Tlo čhavoro akana uklel upre pe sa. Le o skamina, o kutije thaj o nameštaj dur katar o filiastre thaj i terasa, thaj ićar o filiastre phandle vaj putarde numaj upre.

    Te perel katar i filiastra vaj i terasa, šaj but dukhavel pe. I mreža vaš o žamutre na ićarel e čhavores.

tip-m13b-copy-kindness =
    Tlo čhavoro akana dikhel thaj ćerel sa so tu ćeres. Kana vakeres šukar, phenes „najis“ thaj „oprosti“, vaj žutis varekas, vov sikljol te ćerel isto.

    Av lese primer kasavo savo kames te ćerel. Kana ćeres greška, phen „oprosti“: vi kodo sikavel les.

tip-m14a-catch-up-vaccines =
    Dikh ande zdravstvena kartica vaj phuč ando Dom zdravlja te lilja tlo čhavoro sa o vakcine. Kana si le 12 čhona, o čhavoro lel i vakcina vaš male boginje, zauške thaj rubela (MMR).

    Te nakhli varesavi vakcina, naj kasno. O pedijatri ćerela plan, thaj i zdravstvena medijatorka šaj žutil tut te resos ko Dom zdravlja.

tip-m14b-scribble =
    De tle čhavores thuli bojica thaj baro papiri, vaj muk les te crtinel kaštesa pe phuv. Sikav lese sar te šarinel thaj phen lese šukar lava vaš sako trago.

    Kodo zuraljarel o angušta vaš o pisinipe pale. Dži 18 čhona, but čhavore šarinen. Ma rode šukar slika: važno si te khelel.

tip-m15a-spoon-practice =
    De tle čhavores plo roj thaj muk les te zumavel te hal korkoro, vi te čhorel. Tu de les te hal avre rojasa kana khinol.

    Avka sikljol te hal korkoro thaj barjol plo ilo. Dži 2 berša, but čhavore han rojasa. Han khetane, bi sigurimasko thaj bi čipimasko.

tip-m15b-two-choices =
    Muk tle čhavores te alol maškar duj stvarura: „Kames i loli vaj i plavi majica?“ „Banana vaj phabaj?“ De les te alol numaj maškar kodo so si mišto vi tuće.

    O čhavoro kamel te odlučinel korkoro. Kana šaj alol cera, maj cera holjavel thaj sikljol te gindil.

tip-m16a-medicines-high =
    O čhavore akana uklen upre thaj putren sa. O drabura, i hemija vaš žužaripe, o šibice thaj o čhurja garav upre thaj phand len. Khanikana ma čhor len ande flaše vaš pijipe.

    Te o čhavoro nakhavel vareso so šaj dukhavel les, sigo akhar 194.

tip-m16b-help-with-chores =
    Muk tle čhavores te „žutil“ tut: te ingerel o gada, te khosel o astal diklesa, te čhivel o roja pe astal. Vaker so ćeren: „Akana thovav i čaraj. Tlo red!“

    Dži 18 čhona, but čhavore ćeren sar tu ando kher. Avka sikljon alava, pokretura thaj kaj si važno kotor e familijako.

tip-m17a-healthy-snacks =
    Maškar o habe, de tle čhavores voće, kotor manro, jogurto vaj kuvime anro, na keksura, čips thaj bombone.

    O cikne čhavore si len cikno per. Gugle thaj londe grickalice sigo pherden les, ama na den zor te barol. Ićar khere sastuno habe paše o vast.

tip-m17b-play-outside =
    Sako đes, te šaj, inger tle čhavores avri: ando parko, ande avlin, te phiren. Muk les te prastal, te uklel, te kidel bara thaj patra, a tu dikh les.

    O miškipe zuraljarel o trupo, žutil e čhavores te hal thaj te sovel maj mišto thaj sikavel les o svato. Pala o khelipe, thov leske vasta.

tip-m18a-booster-checkup =
    Maškar 18 thaj 24 čhona, tlo čhavoro si le baro pregled thaj lel i angluni revakcinacija „5 ande 1“. Le tusa i zdravstvena kartica.

    Mang e doktorestar te dikhel sa o vakcine dži akana. Te nakhli varesavi, naj kasno.

tip-m18b-specific-praise =
    Kana tlo čhavoro ćerel vareso lačho, phen lese čače so: „Korkoro čhivdan o papuče!“, „Šukar dijan i lutka tle phenjake.“ Asa lese thaj le les ande angali.

    Kana phenes šukar lava vaš o trudo thaj vaš o lačhe buća, o čhavoro ćerel len maj but drom. Kodo žutil maj but sar o čipipe thaj i kazna.

tip-m19a-hold-hands-road =
    Avri paše o drom, sako drom ićar tle čhavores pe vast, vi pe trotoari. O čhavoro kadale beršenca iznenada prastal thaj na džanel sar si opasno o auto.

    Nakhen o drom khetane, polokhe, thaj vaker so ćeres: „Ačhas. Dikhas ande duj rige. Akana džas.“ Avka sikljol o pravila katar cikno.

tip-m19b-read-together =
    Sako đes dikhen khetane jekh lil slikenca, vi numaj cera minute. Na trebul te drabares: sikav o slike, phuč „So si kava?“ thaj vaker tli paramiči.

    O čhavore kaske o dad thaj i daj drabaren thaj vakeren paramiča, džanen maj but alava thaj maj lokhe džan ande škola.

tip-m20a-big-feelings =
    O cikne čhavore holjaven thaj roven kana vareso na džal sar kamen. Le baro duho, bešh tele paše leste thaj phen lese so hatjarel: „Holjardan.“ Le les ande angali kana kamel.

    Ma mar thaj ma izdrav e čhavores: kodo dukhal thaj daravel, thaj khanči na sikavel.

tip-m20b-two-words =
    Kana o čhavoro phenel jekh alav, tu phen duj: „Thud“ – „Maj but thud“. „Lopta“ – „Bari lopta“. Sako đes dikhen khetane jekh lil slikenca.

    Dži 2 berša, but čhavore phenen duj alava khetane, sikaven duj kotora katar o trupo thaj čalaven i lopta punresa.

tip-m21a-eat-together =
    Han khetane pe astal, o čhavoro tumenca, bi telefonosko thaj bi televizoresko. Vaker vaš o habe: „Kaja si šargarepa. Narandžasto si thaj krckinel.“

    O čhavoro sikljol te hal sa kana dikhel tut. Te na kamel vareso, de les palem aver drom: varekana trebul but zumavipe.

tip-m21b-brush-teeth =
    Thov tle čhavoreske dande duj drom ando đes, detarinate thaj anglal o sovipe, kovle čhavorikane četkasa. Muk les te zumavel korkoro, pa tu agor.

    Pala o thovipe e dandengo rjate, ma de les khanči guglo ni soko. Phuč e pedijatres kana te džan o angluno drom ko zubari.

tip-m22a-stove-and-fire =
    O čhavoro na džanel kaj i peć, o šporeto thaj i jag phabaren. Čhiv zaštita pašal i peć, irin o vasta katar e pirri karing o zido thaj ićar o šibice thaj o upaljačura upre. Khanikana ma muk e čhavores korkoro paše peć, jag vaj momeli kaj phabol.

    Te phabarel pe: akana šudar o than tele šudro pani kaj thavdel 20 minutura, bi ledosko, putero thaj zeti. Te si bareder katar e čhavesko palma, vaj po muj vaj pe vasta: dža e doktoreste.

tip-m22b-body-parts =
    Khelen „Kaj si o nakh?“: sikav tlo nakh, pa e čhavoresko, pa e lutkako. Avka vi vaš o jakha, o kan, o muj, o vasta thaj o punre.

    Dži 2 berša, but čhavore sikaven bar 2 kotora katar o trupo kana phučes len. Sako alav savo hatjarel žutil les te vakerel sigo.

tip-m23a-talk-not-screens =
    O čhavore sikljon te vakeren katar o manuša, na katar o telefono thaj o televizori. Kana san khetane, čhiv o telefono rigate thaj vaker, đilab thaj khel tle čhavoresa.

    Te dikhel crtana filmura, te avel kratko, dikh lesa thaj vakeren vaš kodo. Anglal o sovipe mudar o ekranura.

tip-m23b-sweet-drinks =
    Te pijel, de les pani thaj thud, na gugle sokovura vaj gazirime sokovura. Na bombone thaj čips: de les voće.

    Gugle thaj londe grickalice pherden o per, thaj na ačhol than vaš o habe savo ćerel e čhavores zuralo.

## 24-72 months: one tip a month

tip-m24-kindergarten =
    O vrtić žutil e čhavoren te sikljon, te khelen aver čhavorenca thaj te aven spremna vaš i škola. Ando Zemun o vrtići si la Predškolska ustanova „Dr Sima Milošević“.

    Phuč othe vaš o upis, vaj mang žutipe katar i zdravstvena medijatorka.

tip-m25-pretend-play =
    Khel tle čhavoresa „sar te“: ćeren habe andar o khelimata, den habe e lutka, „vakeren pe telefono“ rojasa. Muk e čhavores te vodil o khelipe, thaj tu khel lesa.

    Dži 30 čhona, but čhavore khelen „sar te“ thaj phenen pašal 50 alava. Kana khelen khetane, o čhavoro sikljol thaj hatjarel kaj kames les.

tip-m26-fruit-and-vegetables =
    Sako đes čhiv pe astal voće thaj povrće, šarene bojenca: šargarepa, phabaj, paprika, šax, banana. Ćin len ande štapići thaj han khetane.

    Te tlo čhavoro na kamel varesavo povrće, ma de les zorasa: de les palem aver đes, aver čhanesa. O čhavore but drom zakamen nevo habe tek pala but zumavipe.

tip-m27-play-area-check =
    Anglal so muk tle čhavores te khelel avri, dikh o than: si li othe staklo, suvja, butja so čhinen, đubre vaj putarde hiva? Ikal e butja so šaj te dukhaven, vaj alosar aver than.

    Sikav e čhavores te na astarel stvarura katar e phuv save na prindžarel, thaj te akharel tut kana arakhel vareso.

tip-m28-toilet-learning =
    Kana tlo čhavoro sikavel kaj džanel kaj si mokro, interesuinel les i noša thaj ačhol šuko jekh-duj sahatura, šaj polokhe sikaves les te ćerel ande noša.

    Av polokes thaj phen lese šukar lava vaš sako uspeh. Khanikana ma čip thaj ma kaznin les kana mutrel pe: sako čhavoro sikljol ande plo vrjama.

tip-m29-count-things =
    Ginen khetane sa pašal tumende: o stepenice kana uklen, o roja pe astal, o phabaja ande kesa. „Jekh, duj, trin!“ Sikav angušteasa sako stvar.

    O čhavoro na trebul akana te džanel o brojura. Ando khelipe sikljol kaj o brojura phenen kobor si, thaj kodo žutil les pale ande škola.

tip-m30-move-every-day =
    O čhavorenge trebul but miškipe sako đes: prastaipe, hutipe, uklipe, khelipe loptasa. Džan avri kana šaj thaj khelen khetane.

    Dži 30 čhona, but čhavore hutin duje punrenca. O miškipe zuraljarel o kokala thaj žutil e čhavores te sovel maj mišto.

tip-m31-breakfast =
    Sako detarin de tle čhavores te hal anglal so iklol andar o kher: manro, anro, kiral, thud, kačamak vaj voće. O detarinalo habe na trebul te avel kuč.

    Pala i rjat, e čhavoreske trebul zor vaš o khelipe thaj o sikljojipe. Bokhalo čhavoro maj lokhe holjavel thaj maj pharo ašunel.

tip-m32-body-safety =
    Sikav tle čhavores o anava sa e truposke kotorenge, vi kodolenge save učharel o gad. Phen lese: „Tlo trupo si tlo. Khonik na šaj te astarel tut kaj si o gad, numaj o doktori kana me sem paše. Te vareko ćerel kodo, phen manđe.“

    Phen lese kaj naj garavde buća save trebul te garavel tutar, thaj kaj naj te avel kaznime kana phenel tuće.

tip-m33-why-questions =
    Tlo čhavoro akana sako drom phučel „So si kava?“ thaj „Soske?“. Phen lese polokes thaj lokhe. Kana na džanes, phen „Aide te dikhas khetane.“

    E phučimatenca o čhavoro sikljol. Phuč vi tu les: „So gindis, soske del brišind?“ thaj ašun so phenel.

tip-m34-feelings-words =
    Kana tlo čhavoro hatjarel vareso zuralo, de kodoleske anav: „Tužno san kaj i lopta phagili.“ „Bahtali san kaj avili i baba.“ Vaker vi vaš tle hatjaripa.

    O čhavoro savo džanel alava vaš o hatjaripa, maj lokhe phenel so dukhal les, na te marel vaj te vićinel.

tip-m35-act-early =
    Kana si le 3 berša, but čhavore šaj vakeren cera tusa thaj phenen plo anav. Te tlo čhavoro phenel but cera alava, te ačhilo te ćerel so džanelas, vaj te daras, ma ažuker.

    Vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

tip-m36-year4-checkup =
    Ando 4. berš tlo čhavoro si le baro pregled: o doktori angluno drom merinel o krvno pritisak, dikhel o rat thaj bičhalel tumen ko zubari.

    Le tusa i zdravstvena kartica. Kodo si lačho đes te phučes sa vaš sar barol, sar vakerel thaj sar ićarel pe.

tip-m37-colours-and-words =
    Vakeren khetane vaš o bojura sako than: „lolo auto“, „kalo žukel“. Phuč e čhavores phučimata kaj na šaj phenel numaj „va“ vaj „na“.

    Dži 4 berša, but čhavore vakeren 4 vaj maj but alava khetane, džanen save-save bojura thaj astaren bari lopta.

tip-m38-dentist =
    Pala o pregled ando 4. berš, o pedijatri bičhalel tumen ko zubari. Džan, vi kana o dande dikhljon sastune: o zubari dikhel o cikne dande thaj phenel sar te arakhen len.

    Vaker tle čhavoreske vaš o zubari šukar, bi daratar. Thov leske dande duj drom ando đes thaj dikh te na hal but bombone.

tip-m39-rivers-and-canals =
    Kana tlo čhavoro si avri paše pani, paše len, kanalo, bara, hanig vaj bazeno, jekh baro manuš trebul te dikhel les sa o vrjama. Učhar o hanige thaj o bačve panesa.

    O čhavoro šaj tasol sigo thaj bi glasosko. Paše o Dunav, ićar les pe vast.

tip-m40-cook-together =
    Akhar tle čhavores te žutil tut ande kuhinja: te thovel o povrće, te mešinel i salata, te phagel o manro. De les lokhe buća, dur katar o šporeto thaj o čhurja.

    O čhavore maj mišto han o habe savo korkore ćerde. Vi sikljon alava, brojura thaj so si sastuno habe.

tip-m41-draw-shapes =
    Crtinen khetane: ćer jekh krug thaj phen „Akana tu!“ Ćeren linije, krugura, kham, kher. Šaj vi angušteasa ando pesko vaj ando varo.

    Dži 3 berša, but čhavore ćeren krug kana sikaves len. O crtinipe zuraljarel o angušta thaj o jakha vaš o pisinipe. Čhiv i slika pe zido: o čhavoro ka avel ponosno.

tip-m42-time-together =
    Sako đes le bar 10 minute numaj vaš jekh čhavoro, bi telefonosko thaj bi bućako. Muk les te alol o khelipe, thaj tu khel sar vov phenel.

    Kana si but čhavore ando kher, sakoneske trebul cera vrjama numaj tusa. Avka o čhavoro hatjarel kaj kames les thaj maj cera rodel pažnja bilačhe bućenca.

tip-m43-salty-snacks =
    O čips, o londe štapići, o kinde kobasice thaj o instant zumina si len but lon thaj cera kodo so trebul e čhavoreske. Kin len cera thaj ma ićar len sa o vrjama ando kher.

    Vaš užina de voće, manro kiralesa, jogurto vaj kuvime anro.

tip-m44-soap-and-water =
    Sikav tle čhavores te thovel o vasta sapunosa thaj panesa: anglal o habe, pala o toaleti thaj kana avel andar avri. Khosen o vasta, o angušta thaj o naja dži kaj đilaben jekh cikni đili.

    O thovipe e vastengo arakhel sa e familija katar o proliv, o has thaj aver nasvalipa. O čhavore maj mišto sikljon kana dikhen kaj vi tu ćeres kodo.

tip-m45-home-language =
    Vaker tle čhavoresa ande čhib savi si tuće maj paše: romanes, srbikanes vaj dujenca. Vaker lese paramiča thaj đilab o đila katar tlo čhavoripe.

    O čhavoro savo mišto džanel plo angluni čhib maj lokhe sikljol vi aver. Duj čhiba si barvalipe, na problemo. O srbikano sikljola vi ando vrtić thaj ande škola.

tip-m46-dogs =
    Sikav tle čhavores te na džal paše žukela save na prindžarel, te na astarel žukel kana hal vaj sovel, thaj te na našel katar o žukel, nego te ačhel lokhes.

    Khanikana ma muk cikne čhavores korkoro žukelesa, ni tumare žukelesa. Te o žukel dandarel e čhavores, odmah džan ko doktori, vi kana i rana si cikni.

tip-m47-calm-discipline =
    Kana tlo čhavoro ćerel vareso so na šaj, beš tele paše leste thaj phen lokhes so te ćerel: „I lopta čhudas avri, na ando kher.“ Av isto sako drom.

    Khanikana ma mar thaj ma lažav e čhavores. O maripe daravel, ama na sikavel. O čhavore maj mišto sikljon andar lačhe pravila, šukar lava thaj tlo primer.

tip-m48-year5-control =
    Ando 5. berš naj baro pregled, numaj te o pedijatri akharel tumen pe kontrola. Ama sako drom šaj džas kana vareso daravel tut.

    Dža ko pedijatri te tlo čhavoro na dikhel vaj na ašunel mišto, pharo vakerel, vaj ićarel pe aver čhanesa nego anglal. Te varesavi vakcina kasninel, phuč sar te lel la.

tip-m49-family-meals =
    Han khetane sar familija kana šaj, bi televizoro. O čhavore sikljon te han lačhe kana dikhen tut.

    De sarenge jekh kherutno habe, cera bombone, cera čips thaj cera gugle sokovura.

tip-m50-sleep =
    Muk tle čhavores te džal te sovel sako rjat ande isto vrjama thaj te uštel sako detarin ande isto vrjama. Anglal o sovipe: thovipe e dandengo, paramiči, angali, televizori mudardo.

    O čhavoro savo sovel dosta si maj lokhes thaj maj lokhe sikljol. Te sako rjat zurales hrkinel vaj but drom uštel daraldo, phen e pedijatreske.

tip-m51-turns-and-rules =
    Khelen khelimata pravilenca: te ažukeres tlo red, te čhudes i lopta, te garaven tumen. Phen lese šukar lava kana ažukerel thaj kana zumavel, na numaj kana dobinel.

    Dži 5 berša, but čhavore ićaren o pravila, ažukeren plo red thaj šaj phenen jekh cikni paramiči.

tip-m52-play-away-from-traffic =
    Muk tle čhavores te khelel dur katar o drom thaj o parkirime automobila, ande phandli avlin vaj ando parko.

    Sikav les: „Khanikana na prastav ando drom pala i lopta. Akharav tut.“ O šoferi na dikhel cikne čhavores pala o auto, thaj o čhavoro na džanel sar sigo džal o auto.

tip-m53-own-name-letters =
    Pisin tle čhavoresko anav bare slovenca pe papiri thaj čhiv les pe zido. Sikav o angluno slovo: „Kava si M, sar Mila!“ Roden kodo slovo svaso pašal tumende.

    O čhavoro savo prindžarel o slova maj lokhe sikljol te drabarel ande škola. Vaš kodo na trebul but škola: dosta si te khelen.

tip-m54-vaccines-before-school =
    I škola pašol. Dikh e pedijatresa vaj e zdravstvena medijatorkasa te lilja tlo čhavoro sa o vakcine dži akana, thaj len kodo so nedostajinel.

    Anglal i škola, o čhavoro lel još duj vakcine: i dujti doza MMR thaj revakcinacija vaš difterija, tetanus, veliki kašalj thaj dečja paraliza.

tip-m55-no-forcing-food =
    Ma de tle čhavores zorasa te hal sa andar i čaraj thaj ma kaznin les vaš o habe. Čhiv cera, pa de maj but te mangel.

    O čhavoro džanel kana si čajlo. Kana o habe ćerdol čingar, o čhavoro hal još maj cera. Te daras sar barol vaj kobor hal, mang e pedijatres te merinel les.

tip-m56-making-friends =
    De tle čhavores šansa te khelel aver čhavorenca: ando parko, ko komšije, ando vrtić. Žutin les te phenel „Šaj vi me?“ thaj te ulavel o khelimata.

    Kana o čhavore čingaren pe, ma sudin sigo: phuč sakone čhavores so ćerdilo thaj žutin len te arakhen rešenje. Avka o čhavoro sikljol te avel mišto averenca.

tip-m57-count-to-ten =
    Ginen dži 10 svaso: o koraka, o angušta, o dugmići, o automobila. Khelen: „An manđe 3 bara.“ Muk tle čhavores te ginel tuće.

    Dži 5 berša, but čhavore ginen dži 10. O ginipe ando khelipe spremil len vaš i matematika ande škola.

tip-m58-call-for-help =
    Sikav tle čhavores so te ćerel kana vareso bilačho ćerdol: te rodel baro manuš savo prindžarel, bikinitori vaj policajco, thaj te phenel plo anav.

    Sikav lese vi o numero e hitna žutipasko, 194, thaj phen kaj akharel pe numaj kana vareko si but dukhado vaj nasvalo. Sikljon kodo sar khelipe.

tip-m59-preschool-programme =
    Anglal i škola, sako čhavoro džal ko pripremni predškolski program ando vrtić. Avka maj lokhe džal ande škola.

    Phuč ando vrtić „Dr Sima Milošević“ vaš o upis, na ažuker. I zdravstvena medijatorka vaj o Svratište CIM šaj žutin tut e lilenca.

tip-m60-story-time =
    Pala i paramiči phuč tle čhavores: „So sas angluno? Thaj pale?“ „So gindis, so ka ćerdol akana?“ Muk les te phenel vi vov tuće paramiči, vaš plo đes vaj gindime.

    Dži 5 berša, but čhavore phenen paramiči bar duje bućenca. O vakeripe paramičengo zuraljarel o vakeripe thaj o gindipe vaš i škola.

tip-m61-sweets-not-rewards =
    Ma de tle čhavores bombone sar nagrada thaj ma smirin les čokoladasa. Le les ande angali, phen lese šukar lava vaj khelen khetane.

    Kana o guglo si nagrada, o čhavoro kamel les još maj but thaj sikljol te smirinel i tuga habesa. De bombone cera, pala o habe, na sar nagrada.

tip-m62-listen-about-day =
    Sako đes phuč tle čhavores sar sas leske thaj ašun les mišto: „So ćerdas tut bahtalo ađes?“ Sikav lese kaj leske alava si važna.

    Phen lese šukar lava kana zumavel, thaj phen lese kaj kames les.

tip-m63-name-and-address =
    Sikav tle čhavores lesko sasto anav, tlo anav thaj kaj bešen. Te šaj, sikav les vi tlo broj telefonosko.

    Sikljon khetane te nakhen o drom: ačh, dikh ande duj rige, ićar o vast. Ma muk e čhavores kadale beršenca te nakhel o drom korkoro.

tip-m64-pencil-games =
    Khelen olovkasa: phanden o tačke, bojinen andre ande linije, ćeren talasura thaj cik-cak. Sikav tle čhavores sar te ićarel i olovka trine angušteenca.

    Ma rode savršeno thaj ma de les zorasa te pisinel slova te na kamel. O khelipe zuraljarel o vast thaj i pažnja vaš o angluno razredo.

tip-m65-dress-alone =
    Muk tle čhavores te urel pe thaj te čhivel o papuče korkoro, vi te trebul maj but vrjama. Spremin o gada khetane rjate, thaj detarinate de les dosta vrjama.

    Phen šukar lava vaš o trudo, na numaj vaš o rezultato. O čhavoro savo korkoro ćerel buća hatjarel kaj šaj, thaj maj lokhe snalazil pe ando vrtić thaj ande škola.

tip-m66-way-to-school =
    Phiren khetane dži o vrtić vaj i škola kaj o čhavoro ka džal. Sikav kaj ačhen, kaj si o pešački prelaz thaj sar dikhen ande duj rige.

    O čhavoro kadale beršenca još na šaj te nakhel o drom korkoro. Ama kana džanel o drom thaj o pravila, maj sigurno si thaj maj cera daral o angluno đes.

tip-m67-market-together =
    Inger tle čhavores ande pijaca vaj ando dućano. Muk les te alol voće thaj povrće, te ginel o phabaja thaj te phenel o boje.

    Avka sikljol alava, brojura thaj te kamel sastuno habe. Khere thoven thaj spreminen khetane kodo so alosardas.

tip-m68-listening-games =
    Khelen khelimata ašunimasa: „Phand o jakha, so ašunes?“, „Kana čalavav o vasta, tu hut!“, „Phen pala mande: phabaj, lopta, kher.“

    Ande škola o čhavoro trebul te ašunel thaj te ripirinel so phenel o učitelji. Kadala khelimata spreminen les, thaj si but veselo.

tip-m69-talk-about-school =
    Vaker vaš i škola šukar thaj veselo: sikljola te drabarel, prindžarela amalen thaj avela le učitelji vaj učiteljica. Ma daravel les e školasa.

    Phuč les so lošalel les thaj so daravel les, thaj ašun les mišto. O čhavoro savo lošal vaš i škola maj lokhe džal.

tip-m70-school-snack =
    Sikljon khetane i užina vaš i škola: manro kiralesa, voće, povrće thaj cikni flaša pani. Muk tle čhavores te žutil te čhivel i užina thaj te putrel i kutija korkoro.

    Sastuni užina del zor vaš o sikljojipe. Pala o grickalice thaj o gugle sokovura, o čhavoro sigo palem si bokhalo thaj khino.

tip-m71-school-checkup =
    Anglal i škola, tlo čhavoro si le baro pregled thaj lel duj vakcine: i dujti doza MMR (male boginje, zauške, rubela) thaj revakcinacija vaš difterija, tetanus, veliki kašalj thaj dečja paraliza.

    Le tusa i zdravstvena kartica thaj ćer kodo anglal o upis ande škola.
