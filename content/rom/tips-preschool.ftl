### Romani draft: awaiting review by a native speaker

## O vrtić thaj o pripremno predškolsko programo (issue 17): saveti e dugmesa „pas pas“ dži o vodiči.
## Kana džan, si ando content/data/tips.yaml: o vrtić kana o čhavoro si pašo 2 thaj paš berš, o PPP ande primavera.

tip-x-kindergarten-enrolment =
    Tlo čhavoro sigo pherel 3 berša, thaj katar 3 berša šaj te džal ando vrtić. Phuč angleder kana počnil o upis: ando Zemun e vrtića ingerel i predškolsko ustanova „Dr Sima Milošević“.

    Phuč vi te šaj tlo čhavoro te lel than angleder. I medijatorka thaj o Svratište CIM žutin tut e lilenca.

tip-x-preschool-enrolment =
    Ando berš angla i škola, katar pašo 5 thaj paš berš, svako čhavoro džal ando pripremno predškolsko programo (PPP): obavezno si thaj bizo lovengo. Te tlo čhavoro pherel pašo 5 thaj paš berš dži kana počnil o školsko berš, džal ando PPP kava berš, thaj o upis si obično akana, ande primavera.

    Phuč ando vrtić te si kava o berš thaj kana si o upis. I medijatorka thaj o Svratište CIM žutin tut e lilenca.
