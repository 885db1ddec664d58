## Milestone notes at the CDC checkpoints, one per entry of content/data/milestones.yaml; plain text, no placeholders.
## Source: shared/domain/nurturing_care.md (CDC "Learn the Signs. Act Early." 2022: what at least 3 of 4 children
## do by that age) and the "act early" advice. Serbian Latin only: the Cyrillic text is generated from this file.

milestone-2m =
    Tvoja beba ima 2 meseca. Do ovog uzrasta većina beba:
    – smiri se kad joj pričaš ili je uzmeš u naručje,
    – smeši se kad joj pričaš ili se smeješ,
    – pravi glasove, ne samo plač,
    – podiže glavu dok leži na stomaku.

    Ako beba ne radi nešto od ovoga, izgubi nešto što je znala, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-4m =
    Tvoja beba ima 4 meseca. Do ovog uzrasta većina beba:
    – smeši se sama, da privuče tvoju pažnju,
    – guče („uuu“, „aaa“),
    – drži glavu mirno kad je držiš,
    – prinosi ruke ustima.

    Ako beba ne radi nešto od ovoga, izgubi nešto što je znala, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-6m =
    Tvoja beba ima 6 meseci. Do ovog uzrasta većina beba:
    – poznaje ljude koje često viđa,
    – smeje se,
    – smenjuje se s tobom u pravljenju glasova,
    – okreće se sa stomaka na leđa,
    – oslanja se na ruke kad sedi.

    Ako beba ne radi nešto od ovoga, izgubi nešto što je znala, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-9m =
    Tvoja beba ima 9 meseci. Do ovog uzrasta većina beba:
    – stidi se nepoznatih ili se drži za tebe,
    – pogleda kad je zoveš po imenu,
    – brblja „mamama“, „bababa“,
    – sedi bez pomoći,
    – traži stvari koje joj padnu.

    Ako beba ne radi nešto od ovoga, izgubi nešto što je znala, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-12m =
    Tvoje dete ima 12 meseci. Do ovog uzrasta većina dece:
    – igra se tapšanja,
    – maše „pa-pa“,
    – zove roditelja „mama“ ili „tata“,
    – pridiže se da stoji,
    – hoda držeći se za nameštaj.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-15m =
    Tvoje dete ima 15 meseci. Do ovog uzrasta većina dece:
    – kaže 1-2 reči pored „mama“ i „tata“,
    – pokazuje prstom kad nešto traži,
    – napravi nekoliko koraka samo,
    – jede prstima samo.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-18m =
    Tvoje dete ima 18 meseci. Do ovog uzrasta većina dece:
    – kaže 3 ili više reči pored „mama“ i „tata“,
    – uradi ono što mu kažeš („Daj mi“), i bez pokazivanja rukom,
    – hoda samo,
    – šara bojicom,
    – oponaša poslove u kući.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-24m =
    Tvoje dete ima 2 godine. Do ovog uzrasta većina dece:
    – spaja dve reči („još mleka“),
    – pokaže bar 2 dela tela,
    – šutira loptu,
    – trči,
    – jede kašikom.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-30m =
    Tvoje dete ima 2 i po godine. Do ovog uzrasta većina dece:
    – kaže oko 50 reči,
    – kaže dve reči zajedno, od kojih je jedna radnja („kuca trči“),
    – igra se „kao da“,
    – skače sa obe noge.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-36m =
    Tvoje dete ima 3 godine. Do ovog uzrasta većina dece:
    – razgovara s tobom, bar dva puta tamo-amo,
    – kaže svoje ime,
    – nacrta krug kad mu pokažeš,
    – jede viljuškom.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-48m =
    Tvoje dete ima 4 godine. Do ovog uzrasta većina dece:
    – govori rečenice od 4 ili više reči,
    – zna imena nekoliko boja,
    – hvata veliku loptu,
    – pretvara se da je neko drugi u igri.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.

milestone-60m =
    Tvoje dete ima 5 godina. Do ovog uzrasta većina dece:
    – ispriča priču sa bar dva događaja,
    – broji do 10,
    – skače na jednoj nozi,
    – poštuje pravila i čeka na red.

    Ako dete ne radi nešto od ovoga, izgubi nešto što je znalo, ili te nešto brine, ne čekaj: razgovaraj sa pedijatrom. Dom zdravlja „Zemun“ ima razvojno savetovalište za decu do 6 godina.
