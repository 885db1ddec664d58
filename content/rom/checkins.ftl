### Romani draft: awaiting review by a native speaker

## Milestone check-ins (issue 19); Gurbet-leaning Latin spelling (content/rom/glossary.md). Each message follows
## the meaning of the Serbian and English text of the same id. Questions: CDC 2022 checklists
## (shared/domain/nurturing_care.md), content/data/milestones.yaml ("checkins").

children-how = 📈 Sar barol mlo čhavoro?
choose-child-how = Vaš savo čhavoro?
checkin-button-offer = 📋 Nesave phučimata: { $name }
checkin-intro =
    📋 { $name }: cikno proverinipe vaš { $months } čhona. Nesave phučimata so ćerel akana tlo čhavoro, jekh pala jekh.
    Phen „Va“, „Još na“ vaj „Na džanav“. Naj nasvalo phenipe: sako čhavoro barol pe vrjamasa.
checkin-recheck-intro =
    📋 { $name }: angla nesave kurke vareso sasa „još na“. Ava te dikhas palem.
checkin-button-start = ▶️ Astar
checkin-button-later = ⏰ Phuč man aver kurko
checkin-button-skip = ✖️ Mukh kava
checkin-button-now = 📋 Phen akana
checkin-button-yes = 👍 Va
checkin-button-not-yet = ⏳ Još na
checkin-button-not-sure = 🤔 Na džanav
checkin-question-number = Phučipe { $number } katar { $count }:
checkin-warm-yes = But lačhe! 🌟
checkin-warm-not-yet = Najis kaj phendan man. Sako čhavoro barol pe vrjamasa.
checkin-warm-not-sure = Lačhe si. Dikh kava ande kala đesa.
checkin-play-idea = 🎲 Khelipe so žutil: { $idea }
checkin-done = Najis! Kava sasa o palutno phučipe. 💛
checkin-all-well = Tle phenimata sikaven kaj o čhavoro barol lačhe. Khelen thaj vakeren khetane sako đes.
checkin-recheck-planned = Pala trin kurke phučava tut palem vaš kodo so si „još na“.
checkin-act-early =
    Najis vaš tle čačutne phenimata. Nesave vredi te sikaves len jekhe stručnjakose. Kava naj dijagnoza thaj naj khanikasko doš: angluno proverinipe si o maj lačho žutipe vaš o čhavoro.
    Vaker e pedijatresa, vaj dža ando razvojno savetovalište ando Dom zdravlja „Zemun“: odothe len čhavoren dži 6 berša.
checkin-ask-tell = Te phenav tle medijatorkaće, te žutil tut te zakažin o pregled?
checkin-button-tell = ✅ Va, phen lake
checkin-button-no-tell = Na, najis
checkin-told = Ćerdo: i medijatorka akharela tut.
checkin-no-mediator = Tli familija naj la medijatorka ando bot. Phuč e pedijatre vaš o razvojno savetovalište: ande kartica opre si so džanas lestar.
checkin-postponed = Lačhe, phučava tut palem aver kurko.
checkin-skipped = Lačhe, mukhas kava. Šaj phenes kana kames: 👶 Mle čhavore → 📈 Sar barol mlo čhavoro?
checkin-nothing-now = Akana naj phučimata vaš kava berš.
checkin-how-title = 📈 { $name }: so phendan man
checkin-how-empty = Još naj phenimata.
checkin-how-answers = { $items }
checkin-how-age = Ande { $months } čhona:
checkin-how-line = { $answer } { $question }
checkin-how-next = Aver proverinipe: ande { $months } čhona.
checkin-mydata =
    📋 Phenimata vaš o baripe:
    { $items }
checkin-mydata-line = { $date } ({ $months } čhona, { $days } đesa): { $question } { $answer }
mediator-status-act-early = 🧒 te dikhel les jekh stručnjako
mediator-reason-act-early = 🧒 o proverinipe phenel te dikhel les jekh stručnjako
mediator-notice-act-early = 🧒 I familija { $caregiver } mukhel te phenas tuće: o proverinipe phenel te dikhel o čhavoro jekh stručnjako. Dikh te žutis len te zakažin o pregled.

## The questions (CDC 2022).
checkin-q-lost-skills = Ćerel o čhavoro još sa so džanelas angleder (glasura, lava, khelipe, phiripe)?
checkin-q-2m-calms = Smirinel pe o cikno čhavoro kana vakeres lesa vaj kana les les ande angali?
checkin-q-2m-smiles = Asal o cikno čhavoro kana vakeres lesa vaj kana asas leće?
checkin-q-2m-sounds = Ćerel o cikno čhavoro glasura, na numaj rovel?
checkin-q-2m-head = Hazdel o cikno čhavoro o šero kana pašljol pe per?
checkin-q-4m-smiles = Asal o cikno čhavoro korkoro te akharel tli pažnja?
checkin-q-4m-coos = Phenel o cikno čhavoro „uuu“, „aaa“?
checkin-q-4m-head = Ićarel o cikno čhavoro o šero lokhes kana ićares les?
checkin-q-4m-hands = Anel o cikno čhavoro o vasta ko muj?
checkin-q-6m-knows = Prindžarel o cikno čhavoro o manuša save dikhel but drom?
checkin-q-6m-laughs = Asal o cikno čhavoro zurales?
checkin-q-6m-turns = Ćerel o cikno čhavoro glasura tusa, jekh pala aver?
checkin-q-6m-rolls = Irinel pe o cikno čhavoro katar o per pe dumo?
checkin-q-9m-name = Dikhel tut o cikno čhavoro kana akhares les pe lesko anav?
checkin-q-9m-babbles = Phenel o cikno čhavoro „mamama“ vaj „bababa“?
checkin-q-9m-sits = Bešel o cikno čhavoro bi žutimasko?
checkin-q-9m-looks = Rodel o cikno čhavoro e khelimasći kana perel lestar?
checkin-q-12m-waves = Mahinel o čhavoro „pa-pa“?
checkin-q-12m-mama = Akharel tut o čhavoro „mama“ vaj „dada“?
checkin-q-12m-stands = Hazdel pe o čhavoro te terdjol?
checkin-q-15m-words = Phenel o čhavoro jekh vaj duj lava avera, na numaj „mama“ thaj „dada“?
checkin-q-15m-points = Sikavel o čhavoro angustesa kana rodel vareso?
checkin-q-15m-steps = Ćerel o čhavoro nesave pase korkoro?
checkin-q-18m-words = Phenel o čhavoro trin vaj maj but lava avera, na numaj „mama“ thaj „dada“?
checkin-q-18m-directions = Ćerel o čhavoro vareso lokho kana mangljes lestar, bi te sikaves („de man i lopta“)?
checkin-q-18m-walks = Phirel o čhavoro korkoro?
checkin-q-24m-two-words = Phenel o čhavoro duj lava khetane, sar „još thud“?
checkin-q-24m-body = Sikavel o čhavoro duj kotora katar o trupo kana phučes („kaj si tlo nakh?“)?
checkin-q-24m-kicks = Šutinel o čhavoro i lopta?
checkin-q-30m-action = Phenel o čhavoro duj vaj maj but lava, sar „o džukel našel“?
checkin-q-30m-pretend = Khelel o čhavoro „sar te“, sar te del te hal e lutka?
checkin-q-30m-jumps = Hutjel o čhavoro duje pungenca?
checkin-q-36m-talks = Vakerel o čhavoro tusa, duj drom jekh pala aver?
checkin-q-36m-name = Phenel o čhavoro pe anav kana phučes les?
checkin-q-36m-fork = Hal o čhavoro furkulicasa vaj rojasa?
checkin-q-48m-sentences = Phenel o čhavoro vorbe katar štar vaj maj but lava?
checkin-q-48m-colours = Džanel o čhavoro nesave farbe?
checkin-q-48m-catches = Astarel o čhavoro bari lopta but drom?
checkin-q-60m-story = Phenel o čhavoro paramiči duje bućenca so ačhile?
checkin-q-60m-counts = Ginel o čhavoro dži 10?
checkin-q-60m-hops = Hutjel o čhavoro pe jekh punro?

## Play ideas after "Not yet".
checkin-play-2m-calms = ićar e cikne čhavore pašo tute, dikh les ande jakha thaj vaker lokhes. Tlo glaso thaj tle vasta smirinen les.
checkin-play-2m-sounds = kana o cikno čhavoro ćerel glaso, ćer les palem thaj ažuker. Vaker lesa kana paruves les vaj kana des les te hal.
checkin-play-2m-head = thov e cikne čhavore pe per nesave minutura kana naj sovel, tle mujesa angla leste.
checkin-play-4m-smiles = but drom asa thaj vaker e cikne čhavoresa, pašo lesko muj. Ažuker lesko asaipe thaj asa palpale.
checkin-play-4m-coos = kana o cikno čhavoro phenel „uuu“, phen vi tu, pale ačh thaj mukh les te „phenel“.
checkin-play-4m-hands = de e cikne čhavore žuži khelimasći te ićarel la thaj te anel la ko muj.
checkin-play-6m-knows = mukh e cikne čhavore te dikhel sako đes o isto muja katar i familija; phen lengo anav.
checkin-play-6m-turns = ćer glaso, ažuker lesko glaso, pale ćer tlo palem, sar cikno vakeripe.
checkin-play-6m-rolls = pe jekh koperta pe phuv thov jekh khelimasći cikno dur, pe jekh rig.
checkin-play-9m-babbles = phen „ma-ma-ma“, „ba-ba-ba“ thaj ažuker te phenel vi vo.
checkin-play-9m-looks = garav e khelimasći tala jekh diklo kana o cikno čhavoro dikhel, thaj mukh les te rodel la.
checkin-play-12m-waves = mahin thaj phen „pa-pa“ sako drom kana vareko džal; sikav e čhavoreske te mahinel vi vo.
checkin-play-12m-mama = but drom phen „mama“ thaj „dada“ kana sikaven jekh avereste.
checkin-play-15m-points = phen o anav kodolesko so sikavel o čhavoro, thaj mukh les te sikavel angla so des les vareso.
checkin-play-15m-steps = ićar les duje vastenca thaj phiren polokes khetane; mukh les te tradel jekh kutija vaj jekh skamin.
checkin-play-18m-directions = mang lestar jekh lokhi buti („an i cipela“) thaj phen lese šukar lava vaš sako zumavipe.
checkin-play-24m-body = kana thoves les, ćer vasteja thaj phen o anava: „nakh, kana, vasta“.
checkin-play-24m-kicks = bolav i lopta ko čhavoro thaj sikav les sar te šutinel la palpale.
checkin-play-30m-action = vaker so ćeren: „o džukel našel“, „i daj ćerel xabe“, thaj mukh e čhavore te anel jekh lav.
checkin-play-30m-pretend = khelen „ćeripe xabe“ vaj „das te hal e lutka“ piririenca thaj rojenca.
checkin-play-30m-jumps = ićaren tumen vastenca thaj hutjen khetane: „jekh, duj, trin, hop!“.
checkin-play-36m-name = phen „Me sem i daj, a tu san …?“ thaj ažuker te phenel o čhavoro pe anav.
checkin-play-36m-fork = mukh e čhavore te hal korkoro rojasa vaj furkulicasa, vi te meljarel pe.
checkin-play-48m-colours = phenen khetane o farbe: „i lolo lopta“, „o zeleno patrin“.
checkin-play-48m-catches = čhude bari, kovli lopta pašeste thaj phen lese šukar lava vaš sako astaripe.
checkin-play-60m-story = angla te sovel phuč „so ćerdan ađes?“ thaj phuč „thaj pale?“.
checkin-play-60m-counts = ginen khetane o skale, o roja vaj o bara, dži 10.
checkin-play-60m-hops = khelen školice: ćeren kvadratura pe phuv thaj hutjen khetane.
