### Romani draft: awaiting review by a native speaker

## Saveti vaš o arakhipe thaj o sigurnost (issue 15): o dodatna saveti avri katar o kurkeskoro niz (tip-x-...)
## thaj i 18. kurko. Jekh poruka vaš sako savet andar content/data/tips.yaml.

tip-w18-vitamin-d =
    Ando angluno berš tle čhavoreske trebul sako đes vitamin D ande kapi, vaš zurale kokala. O dajako thud si o majlačho habe, ama ande leste si cera vitamin D.

    Te na lel još o kapi, phuč e pedijatres vaj e patronažna sestra save kapi te des thaj kobor.

tip-x-hot-weather =
    Vi kana si tato, e čhavoreske dži 6 čhona na trebul pani ni čaj: ando dajako thud si dosta pani. Kana si tato, numaj de les čuči maj but drom.

    Tu pi pani kobor kames. Ićar e čhavores ande ućhal thaj ma urav les but. Te dikhljol nasvalo, akhar e pedijatres.

tip-x-breastfeeding-help =
    Ando anglunipe o čučipe šaj dukhal, o čuča šaj pharavon, vaj tuće sikavel pe kaj naj dosta thud. Kodo avel bute dženenge thaj šaj lačharel pe.

    Phuč e patronažna sestra kana avel, vaj e pedijatres ando Dom zdravlja: sikavena tuće sar te čhive e čhavores ki čuči. Sar maj but drom čučel, avka maj but thud avel.

tip-x-formula =
    Te pijel tlo čhavoro adaptirano thud: angleder thov o vasta thaj i flašica. Kira nevo pani thaj muk les te šudrol majbut 30 minutura, te ačhol dosta tato te mudarel o klice.

    Čhiv tačno kobor merice phenel pe kutija, na maj but ni maj cera. Šudar i flašica thaj probin jekh kap po vast. Čhude so o čhavoro na pilja dži 2 sahatura.

tip-x-born-early =
    Te bijandilo tlo čhavoro anglal o vrjama vaj cikno, ićar les pe tlo nango kolin, morči pe morči, sar maj but sahatura ando đes (kengur metoda). Avka si lese tato thaj maj lokhe čučel thaj barol.

    Phuč e pedijatres vaš o pregledura kaj trebun kasave čhavorenge: ultrazvuk e kukonengo, pregled e jakhengo vaš o čhavore bijandile anglal i 37. kurko vaj maj lokhe katar 2 kg, thaj pregled e kanengo.

tip-x-walkers =
    O dubak (hodalica) na žutil e čhavores te phirel. Ando dubak o čhavoro džal sigo, rezil tate thaj opasna bukja thaj šaj perel tele pe stepenice.

    Maj lačhe muk les te khelel pe ćebe pe phuv thaj te uštel ićarindoj pe ko nameštaj, kaj dikhes les.

tip-x-no-honey-milk-tea =
    Dži 12 čhona ma de e čhavores avdin, gurumnjako thud sar pijipe ni čaj. Ma čhiv lon ni šećeri ande lesko habe.

    O avdin šaj but nasvalarel e čhavores. O gurumnjako thud thaj o čaj na den so trebul e čhavoreske. E čhavoreske trebul o dajako thud, thaj pali 6 čhona vi habe andar e familijaki pirri bi lonesko thaj bi šećeresko.

tip-x-winter-heating =
    Ando ivend urav e čhavores ande but šeja thaj čhiv lese kapa, thaj ićar i soba tatji, ama putar i filjastra. Khanikana ma phabar đubre, plastika, gume vaj phurane šeja vaš tatipe: kodo thuv si otrovo vaš e čhavorengo duho.

    I peć ande phandli soba šaj ćerel ugljen-monoksid, kaj na dikhljol thaj na khandel. Te but džene si len šerodukh, mučnina vaj but soven, ikal sarinen avri pe vazduho thaj akhar 194.

tip-x-lead =
    Kana phabaren pe o kablura te ikalen o bakar, vaj putaren pe phurane akumulatorura, avel avri o olovo. O olovo ćerel bilačhipe e čhavorenge godake vaš sa o trajo, vi ande cikno kotor.

    Ma ćer kodi buti kaj o čhavore dživen thaj khelen. Palal thov o vasta thaj paruv o šeja, thaj thov e čhavoreske vasta anglal o habe.

tip-x-safe-water =
    Te o pani na avel andar i česma e gradsko vodovodosa, kir les angleder so pijel les o čhavo vaj so ćeres lestar habe vaj adaptirano thud.

    Ićar o pani ande žuži, phandli posuda thaj ikal les žuže čašasa. Žuže pani arakhel e čhavores katar o proliv.

tip-x-fathers-grandparents =
    O dada, e baba thaj o papo šaj ćeren sa so trebul e čhavoreske: te ićaren les, te den les te hal, te thoven les, te paruven e pelene, te đilaben, te khelen thaj te ingeren les ko doktori.

    O čhavo kaske arakhen but pašutne manuša hatjarel pe sigurno. Ulav i briga lenca thaj muk te odmorinel kodo kaj si khino.

## Jekh drom, ando angluno kurkesko lil pali so dodajisa čhavores bijandilo anglal o vrjama.
tip-corrected-age-note =
    ℹ️ { $name } { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } { $weeks ->
        [one] { $weeks } kurko
       *[other] { $weeks } kurke
    } anglal o vrjama. Dži 2 berša, o saveti vaš o khelipe thaj o baripe džan pal o „korigovano berš“: o berš bi o kurke kaj { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } anglal. O vakcine, o pregledura thaj o lila džan pal o čačo berš, katar o đes kana { $gender ->
        [girl] bijandili
       *[other] bijandilo
    }.
