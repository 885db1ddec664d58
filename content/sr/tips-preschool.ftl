## Vrtić i pripremni predškolski program (issue 17): saveti sa dugmetom „korak po korak“ do vodiča.
## Vreme slanja je u content/data/tips.yaml: vrtić sa oko 2 i po godine, PPP u proleće godine kad dete kreće.

tip-x-kindergarten-enrolment =
    Dete se bliži trećoj godini, a od 3 godine može u vrtić. Raspitaj se na vreme kad počinje upis: u Zemunu vrtiće vodi predškolska ustanova „Dr Sima Milošević“.

    Pitaj i da li tvoje dete može da dobije mesto pre drugih. Medijatorka i Svratište CIM pomažu oko papira.

tip-x-preschool-enrolment =
    U godini pred školu, od oko 5 i po godina, svako dete ide u pripremni predškolski program (PPP): obavezan je i besplatan. Ako dete do jeseni napuni oko 5 i po godina, ove jeseni kreće u PPP, a upis je obično sada, u proleće.

    Pitaj u vrtiću da li je ovo ta godina i kad je upis. Medijatorka i Svratište CIM pomažu oko papira.
