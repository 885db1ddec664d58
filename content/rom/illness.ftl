### Romani draft: awaiting review by a native speaker
## „Mlo čhavo si nasvalo“: o znakura e daratar pal o berša, tatipe, proliv, duho, phabaripe, trovanje, kas te akhares.
## O brojura aven andar content/data/illness.yaml; 37,5 thaj 35,5 °C si ramome adaj.

menu-ill = 🤒 Mlo čhavo si nasvalo
telegram-command-ill = Mlo čhavo si nasvalo: znakura e daratar, so te ćerav
choose-child-ill = Savo čhavo si nasvalo?
illness-header = 🤒 { $name }, { $age }
illness-unavailable = Kava kotor još naj gata. Te si o čhavo but nasvalo, akhar 194.

illness-danger-young-infant =
    🚨 AKANA dža ko doktori vaj akhar 194 te tlo čhavoro:
    • na hal vaj slabo čučel
    • si les grčura: ukočil pe, trzil pe, irinel e jakha
    • but sovel, si mlitavo, phares uštel vaj mišel numaj kana dines les
    • sigo del duho ({ $fast } drom ando minuto vaj buteder), stenjil, lesko kolin cidel pe andre vaj si lesko muj vineto
    • si les 37,5 °C vaj buteder, vaj tele 35,5 °C (šudro si)
    • si lesko morči žuto ando angluno đes, žute palme thaj tabanura, vaj si još žuto pali 2 kurke
    • si lesko pupak lolo, khandel vaj gnojil, but gnojne tačke pe morči, vaj avel lesko rat
    • opet thaj opet čhadel, vaj lesko per si phuvlardo
illness-danger-child =
    🚨 AKANA dža ko doktori vaj akhar 194 te tlo čhavo:
    • si les grčura
    • but sovel, si mlitavo vaj na šaj uštel
    • phares del duho, lesko kolin cidel pe andre vaj lesko muj si vineto
    • si les osip kaj na parnjol kana pritisnes jekh čaša opral
    • si lesko kor ukočime
    • na šaj pijel vaj čhadel sa
    • naj les mokri pelena 12 sahatura
illness-danger-fever-under-3m = • si les tele 3 čhona thaj { $threshold } °C vaj buteder

illness-fever-young-infant =
    🌡 Ke čhavoro tele 2 čhona, 37,5 °C vaj buteder, vaj tele 35,5 °C, si znako e daratar: AKANA dža ko doktori.
    Mer tele o pazuho električno toplomerosa.
illness-fever-baby =
    🌡 Mer tele o pazuho električno toplomerosa.
    { $threshold } °C vaj buteder: ađes inger e čhavores ko pedijatri.
    But sovel, phares del duho vaj na hal: akhar 194.
illness-fever-child =
    🌡 Kana si tatipe, buteder važno si sar si o čhavo nego o broj.
    Dža akana te si les osip kaj na parnjol tele pritisnime čaša, phares del duho, si lesko kor ukočime, si les grčura, vaj but sovel.
    Tatipe { $days } đesa vaj buteder: dža ko pedijatri.
illness-fever-home =
    Ćhere:
    • de čuči vadži, de les te pijel but drom
    • lokhe šeja, bi thule ćebura
    • dikh e čhavores vi rjate
    • ma šudar e čhavores šudre panjesa ni alkoholosa
    Te hatjares kaj o čhavo si tato thaj daras, kodo si dosta: akhar e pedijatres.

illness-diarrhoea =
    💧 Proliv vaj čhadipe:
    • de čuči vadži, thaj buteder drom
    • pali sako pani stolica de ORS (so vaš pijipe, andar i apoteka): { $ors } ml
    • te čhadel o čhavo, de les cikne gutljajura kašikasa
    • cink 10 dži 14 đesa ({ $zinc } mg ando đes), sar phenel o doktori vaj o farmaceuti
    • bi drabengo protiv proliv vaš e čhavore
illness-dehydration =
    Ađes dža ko doktori te si e čhavoro bešle jakha, rovel bi asvengo, si lesko muj šuko, but trušalo si vaj na šaj pijel, lesko morči polokhe boldel pe kana činos les, si les frima mokre pelene, vaj but sovel.
    Rat ande stolica: dža ko doktori.

illness-breathing-young-infant =
    😮‍💨 Kašalj thaj duho:
    Gin o duho jekh sasto minuto kana o čhavoro si lokhes.
    { $fast } drom ando minuto vaj buteder, stenjipe, o kolin cidel pe andre vaj vineto muj: AKANA ko doktori vaj akhar 194.
illness-breathing =
    😮‍💨 Kašalj thaj duho:
    Gin o duho jekh sasto minuto kana o čhavo si lokhes.
    { $fast } drom ando minuto vaj buteder si sigo duho: ađes dža ko doktori.
    O kolin cidel pe andre sako drom, vineto muj, vaj o čhavo na šaj pijel: AKANA ko doktori vaj akhar 194.
    Kašalj a o duho si normalno: de les te hal thaj te pijel, thaj akhar e pedijatres te na ovel feder.

illness-burn =
    🔥 Phabaripe:
    • šudar les tele šudro (na ledime) pani kaj thavdel, { $minutes } minutura
    • ikal o tesne šeja thaj o angrustja, ali na kodo so astardilo pe morči
    • učhar les žuže folijasa vaj žuže kotoresa
    • bi ledosko, putero, zeti vaj pasta vaš o dand
    Dža ko doktori te si o phabaripe bareder katar e čhavesko palma, te si po muj, pe vasta vaj pe intimna than, vaj te phabardilo cikno čhavoro.

illness-poison =
    ☠️ Trovanje (drab, so vaš žužaripe, benzin, biljke):
    • ma ćer e čhavores te čhadel
    • le tusa i flaša vaj i kutija
    • akana akhar 194

illness-call-title = Kas te akhares:
illness-call-phone = • { $name }: { $phone }
illness-call-ask = • { $name }: o broj phuč ando Dom zdravlja
illness-button-call = 📞 { $name }
illness-topic-danger = 🚨 Znakura e daratar
illness-topic-fever = 🌡 Tatipe
illness-topic-diarrhoea = 💧 Proliv
illness-topic-breathing = 😮‍💨 Duho
illness-topic-burn = 🔥 Phabaripe
illness-topic-poison = ☠️ Trovanje
