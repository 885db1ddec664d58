### Romani draft: awaiting review by a native speaker

## Age-specific tips for parents, Gurbet-leaning Latin spelling. One message per tip in content/data/tips.yaml.
## Plain text, no placeholders. Each tip follows the meaning of the Serbian and English text of the same id.

## 1st month (0-31 days)

tip-newborn-skin-to-skin =
    Iker tle čhavores pe tlo kolin, morči pe morči. Učhar tumen dujen jekhe ćebesa. Tlo tatipe thaj tlo ilo smirinen les.

    Avka lokhe šaj des les čuči kana vov mangel. Vi o dad šaj ikerel les avka. O čhavoro hatjarel pe sigurno kana varekon ikerel les thaj vakerel lesa.

tip-newborn-breast-milk-only =
    De tle čhavoreske numaj dejako thud, kana vov mangel, đes thaj rjat. Ma de les pani, čaj vaj aver habe dži 6 čhona. Ando dejako thud si sa so trebul lese, vi kana si tato.

    Te del o doktori kapi drab, kodo šaj.

tip-newborn-patronage-nurse =
    Kana aves khere andar o porodilište, i patronažna sestra andar o Dom zdravlja avel tuće khere, 5 drom ando angluno čhon. Pučh la sa vaš i čuči, vaš o sovipe thaj vaš o pupak.

    Te na avili i sestra, akhar o Dom zdravlja „Zemun“ vaj pučh e zdravstvena medijatorka.

tip-newborn-first-checkup =
    Kana tlo čhavoro pherdol jekh čhon, dža lesa ko pedijatri ando Dom zdravlja. Othe o čhavoro lel i dujti doza vakcina vaš hepatitis B.

    Le tusa i zdravstvena kartica e čhavoreski.

tip-newborn-birth-registration =
    Dikh te si tlo čhavoro ramome dži 30 đesa. Ande but porodilišta kodo ćeren tuće prekal „Bebo, dobro došla na svet“: bi lovengo, thaj o lila aven pe pošta.

    Te na, dža ande matična služba vaj mang žutipe katar i zdravstvena medijatorka. Bi kodola lila pharo si te les zdravstvena kartica thaj aver žutipe.

## 2nd month (32-60 days)

tip-month2-talk-and-smile =
    Vaker thaj đilab tle čhavoreske kana des les te hal, kana thoves les thaj kana paruves les. Dikh les ande jakha thaj asa lese.

    Dži 2 čhona, but čhavore asan palpale thaj ćeren cikne glasura. Tlo glaso si leski angluni škola.

tip-month2-first-vaccines =
    Kana tlo čhavoro pherdol 2 čhona, dža lesa ando Dom zdravlja vaš pregled thaj o angluna vakcine: vakcina „5 ande 1“ (difterija, tetanus, veliki kašalj, dečja paraliza, Hib) thaj vakcina vaš pneumokok.

    Le tusa i zdravstvena kartica. Pučh ando Dom zdravlja savo đes te aves.

tip-month2-mother-wellbeing =
    Te aves dej si bari buti. Sov vi tu kana sovel o čhavoro, thaj muk e familija te žutil tut ando kher.

    Te but đesa si tuće pharo pe ilo, daras vaj san but khini, kodo avel but dejenge thaj naj tlo doš. Vaker e patronažna sestrasa vaj e doktoresa: von šaj žutin tut.

## 3-4 months (61-121 days)

tip-months3-4-answer-coos =
    Kana tlo čhavoro phenel „uuu“ vaj „aaa“, phen lese palpale thaj ažuker. Muk les te phenel tuće palpale. Kodo si tumaro angluno vakeripe.

    Kana rovel, le les ande angali thaj smirin les. O kamlipe nikad naj but.

tip-months3-4-second-vaccines =
    Kana si le trin thaj jepaš čhona, ando pregled ando Dom zdravlja, tlo čhavoro lel i dujti doza vakcina „5 ande 1“ thaj vakcina vaš pneumokok. Pučh e sestra savo đes.

    Le tusa i zdravstvena kartica. Te nakhli jekh doza, naj kasno: av, o doktori ćerela plan.

tip-months3-4-no-falls =
    Tlo čhavoro sako kurko miškil pe maj but. Šaj perel katar o pato vaj katar o astali ande jekh sekunda. Ma muk les korkoro upre, ni jekh minuta.

    Te trebun tuće o vasta, čhiv les pe jekh ćebe pe phuv.

## 5-6 months (122-182 days)

tip-months5-6-first-food =
    Kana pherdol 6 čhona, na maj anglal, tlo čhavoro šaj hal vi aver habe: jekh-duj roja kovlo habe, sar kuvime povrće. Ma ačh te des les čuči.

    Dži 6 čhona numaj dejako thud: bi pani, bi čaj, bi habe.

tip-months5-6-third-vaccines =
    Kana si le 5 čhona, tlo čhavoro lel i trinto doza vakcina „5 ande 1“. Kana si le 6 čhona, si pregled thaj i trinto doza vaš hepatitis B. O doktori phenela tuće te trebul vi aver vakcina.

    Sako drom le tusa i zdravstvena kartica.

tip-months5-6-sound-games =
    Ćer jekh glaso, ažuker, thaj muk tle čhavores te phenel tuće palpale. Jekh pala aver, sar cikno vakeripe. Asan khetane.

    Dži 6 čhona, but čhavore asan, prindžaren e familija thaj ćeren glasura tusa jekh pala aver. Kadava khelipe sikavel les te vakerel.

## 7-9 months (183-274 days)

tip-months7-9-family-food =
    De tle čhavoreske kovlo habe andar e familijaki pirri, kovlardo vaj ćinardo ande cikne kotora. Ćer habe cera lonesa thaj cera šećeresa. Bombone, čips thaj gugle sokovura pherden o per, ama na žutin e čhavores te barol.

    Vi maj dur de les čuči.

tip-months7-9-small-things =
    O cikne čhavore sa čhiven ando muj. Dikh e phuv sar dikhel la o čhavoro, thaj le katar e phuv o love, o dugmići, o baterije, o tablete thaj o cikne kotora katar o khelimata.

    O drabura thaj i hemija vaš žužaripe garav upre vaj phand len.

tip-months7-9-hide-and-find =
    Garav jekh khelipe tala jekh diklo kana o čhavoro dikhel, thaj pučh: „Kaj si?“ Arakhen les khetane. Akhar tle čhavores pe leso anav thaj khelen „ku-ku“.

    Dži 9 čhona, but čhavore roden kodo so perel, thaj irin pe kana akhares len pe lengo anav.

## 10-12 months (275-365 days)

tip-months10-12-wave-and-clap =
    Čalaven khetane o vasta, phenen „pa-pa“ e vastesa, thaj phen but drom „mama“ thaj „tata“. Dži 12 čhona, but čhavore khelen e vastenca, phenen „pa-pa“ thaj akharen „mama“ vaj „tata“.

    Sako drom kana zumavel, asa lese thaj phen lese šukar lava.

tip-months10-12-hot-things =
    Tlo čhavoro akana uštel thaj ačhel pe punre, ikerdo pe astala thaj pe skamina. Irin o vasta katar e pirri palpale pe šporeto. Tato čaj, kafa, pegla thaj šporeto iker dur katar o cikne vasta.

    Tato pani šaj but phabarel e cikne čhavores.

tip-months10-12-measles-vaccine =
    Kana si le 12 čhona, tlo čhavoro si le baro pregled ando Dom zdravlja thaj lel i vakcina vaš male boginje, zauške thaj rubela (MMR). O doktori phenela tuće vi vaš aver vakcine.

    Le tusa i zdravstvena kartica. Te nakhli varesavi vakcina anglal, akana šaj te lel la.

## 13-18 months (366-547 days)

tip-months13-18-name-things =
    Phen o anav sa kodoleske so dikhen khetane: „čaša“, „žukel“, „tirah“. Dikhen khetane slike. Kana o čhavoro sikavel vareso angušteasa, phen lese sar bušol.

    Dži 18 čhona, but čhavore phenen 3 vaj maj but alava, bi te ginen „mama“ thaj „tata“, thaj phiren korkore.

tip-months13-18-milk-and-meals =
    De čuči maj dur, dži 2 berša vaj maj but, te kamen tu thaj o čhavoro. O čhavoro akana hal e familijako habe pe astali tumenca, thaj šaj hal e vastenca.

    De les voće thaj povrće. Bombone thaj londe grickalice de numaj cera.

tip-months13-18-water =
    Ma muk cikne čhavores korkoro paše pani: kada, kanta, bara vaj kanalo. O čhavoro šaj tasol ande cera pani, sigo thaj bi glasosko.

    Pala kodo, čhor avri o pani andar e kanta thaj andar e kada.

## 19-24 months (548-730 days)

tip-months19-24-booster-checkup =
    Maškar 18 thaj 24 čhona, tlo čhavoro si le baro pregled thaj lel i angluni revakcinacija „5 ande 1“. Le tusa i zdravstvena kartica.

    Mang e doktorestar te dikhel sa o vakcine dži akana. Te nakhli varesavi, naj kasno.

tip-months19-24-two-words =
    Kana o čhavoro phenel jekh alav, tu phen duj: „Thud“ – „Maj but thud“. „Lopta“ – „Bari lopta“. Sako đes dikhen khetane jekh lil slikenca.

    Dži 2 berša, but čhavore phenen duj alava khetane, sikaven duj kotora katar o trupo thaj čalaven i lopta punresa.

tip-months19-24-big-feelings =
    O cikne čhavore holjaven thaj roven kana vareso na džal sar kamen. Le baro duho, bešh tele paše leste thaj phen lese so hatjarel: „Holjardan.“ Le les ande angali kana kamel.

    Ma mar thaj ma izdrav e čhavores: kodo dukhal thaj daravel, thaj khanči na sikavel.

## 25-36 months (731-1095 days)

tip-year3-pretend-play =
    Khel tle čhavoresa „sar te“: ćeren habe andar o khelimata, den habe e lutka, „vakeren pe telefono“ rojasa. Muk e čhavores te vodil o khelipe, thaj tu khel lesa.

    Dži 30 čhona, but čhavore khelen „sar te“ thaj phenen pašal 50 alava. Kana khelen khetane, o čhavoro sikljol thaj hatjarel kaj kames les.

tip-year3-kindergarten =
    O vrtić žutil e čhavoren te sikljon, te khelen aver čhavorenca thaj te aven spremna vaš i škola. Ando Zemun o vrtići si la Predškolska ustanova „Dr Sima Milošević“.

    Pučh othe vaš o upis, vaj mang žutipe katar i zdravstvena medijatorka.

tip-year3-act-early =
    Kana si le 3 berša, but čhavore šaj vakeren cera tusa thaj phenen plo anav. Te tlo čhavoro phenel but cera alava, te ačhilo te ćerel so džanelas, vaj te daras, ma ažuker.

    Vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

tip-year3-sweet-drinks =
    Te pijel, de les pani thaj thud, na gugle sokovura vaj gazirime sokovura. Na bombone thaj čips: de les voće.

    Gugle thaj londe grickalice pherden o per, thaj na ačhol than vaš o habe savo ćerel e čhavores zuralo.

## 37-48 months (1096-1460 days)

tip-year4-checkup =
    Ando 4. berš tlo čhavoro si le baro pregled: o doktori angluno drom merinel o krvno pritisak, dikhel o rat thaj bičhalel tumen ko zubari.

    Le tusa i zdravstvena kartica. Kodo si lačho đes te pučhes sa vaš sar barol, sar vakerel thaj sar ikerel pe.

tip-year4-colours-and-words =
    Vakeren khetane vaš o bojura sako than: „lolo auto“, „kalo žukel“. Pučh e čhavores pučimata kaj na šaj phenel numaj „va“ vaj „na“.

    Dži 4 berša, but čhavore vakeren 4 vaj maj but alava khetane, džanen save-save bojura thaj astaren bari lopta.

tip-year4-medicines-high =
    O čhavore akana uklen upre thaj putren sa. O drabura, i hemija vaš žužaripe, o šibice thaj o čhurja garav upre thaj phand len. Nikad ma čhor len ande flaše vaš pijipe.

    Te o čhavoro nakhavel vareso so šaj dukhavel les, sigo akhar 194.

## 49-60 months (1461-1825 days)

tip-year5-turns-and-rules =
    Khelen khelimata pravilenca: te ažukeres tlo red, te čhudes i lopta, te garaven tumen. Phen lese šukar lava kana ažukerel thaj kana zumavel, na numaj kana dobinel.

    Dži 5 berša, but čhavore ikeren o pravila, ažukeren plo red thaj šaj phenen jekh cikni paramiči.

tip-year5-family-meals =
    Han khetane sar familija kana šaj, bi televizoro. O čhavore sikljon te han lačhe kana dikhen tut.

    De sarenge jekh kherutno habe, cera bombone, cera čips thaj cera gugle sokovura.

tip-year5-preschool-programme =
    Anglal i škola, sako čhavoro džal ko pripremni predškolski program ando vrtić. Avka maj lokhe džal ande škola.

    Pučh ando vrtić „Dr Sima Milošević“ vaš o upis, na ažuker. I zdravstvena medijatorka vaj o Svratište CIM šaj žutin tut e lilenca.

## 61-72 months (1826-2190 days)

tip-year6-school-checkup =
    Anglal i škola, tlo čhavoro si le baro pregled thaj lel duj vakcine: i dujti doza MMR (male boginje, zauške, rubela) thaj revakcinacija vaš difterija, tetanus, veliki kašalj thaj dečja paraliza.

    Le tusa i zdravstvena kartica thaj ćer kodo anglal o upis ande škola.

tip-year6-name-and-address =
    Sikav tle čhavores lesko sasto anav, tlo anav thaj kaj bešen. Te šaj, sikav les vi tlo broj telefonosko.

    Sikljon khetane te nakhen o drom: ačh, dikh ande duj rige, iker o vast. Ma muk e čhavores kadale beršenca te nakhel o drom korkoro.

tip-year6-listen-about-day =
    Sako đes pučh tle čhavores sar sas leske thaj ašun les mišto: „So ćerdas tut bahtalo ađes?“ Sikav lese kaj leske alava si važna.

    Phen lese šukar lava kana zumavel, thaj phen lese kaj kames les.
