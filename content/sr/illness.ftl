## „Dete mi je bolesno“: znaci opasnosti po uzrastu, temperatura, proliv, disanje, opekotine, trovanje, koga zvati.
## Brojevi dolaze iz content/data/illness.yaml ($threshold, $fast, $ors, $zinc, $minutes, $days) sa izvorima;
## decimalne temperature 37,5 i 35,5 °C su napisane ovde (SZO, znaci opasnosti kod male bebe).

menu-ill = 🤒 Dete mi je bolesno
telegram-command-ill = Dete mi je bolesno: znaci opasnosti, šta da radim
choose-child-ill = Koje dete je bolesno?
illness-header = 🤒 { $name }, { $age }
illness-unavailable = Ovaj deo još nije spreman. Ako je dete jako bolesno, zovi 194.

illness-danger-young-infant =
    🚨 ODMAH idi kod lekara ili zovi 194 ako beba:
    • ne jede ili slabo sisa
    • ima grčeve: ukoči se, trza se, koluta očima
    • je jako pospana, mlitava, teško se budi ili se pomera samo kad je dodirneš
    • diše brzo ({ $fast } udisaja u minutu ili više), stenje, grudi joj se uvlače ili su joj usne plave
    • ima 37,5 °C ili više, ili manje od 35,5 °C (hladna je)
    • ima žutu kožu prvog dana, žute dlanove i tabane, ili je i posle 2 nedelje žuta
    • ima crven pupak koji smrdi ili gnoji, mnogo gnojnih tačkica na koži, ili krvari
    • povraća opet i opet, ili joj je stomak naduven
illness-danger-child =
    🚨 ODMAH idi kod lekara ili zovi 194 ako dete:
    • ima grčeve
    • je jako pospano, mlitavo ili ne može da se probudi
    • diše s mukom, grudi mu se uvlače ili su mu usne plave
    • ima osip koji ne bledi kad na njega pritisneš čašu
    • ima ukočen vrat
    • ne može da pije ili povraća sve
    • nema mokru pelenu 12 sati
illness-danger-fever-under-3m = • ima manje od 3 meseca i { $threshold } °C ili više

illness-fever-young-infant =
    🌡 Kod bebe mlađe od 2 meseca, 37,5 °C ili više, ili manje od 35,5 °C, znak je opasnosti: odmah idi kod lekara.
    Meri pod pazuhom električnim toplomerom.
illness-fever-baby =
    🌡 Meri pod pazuhom električnim toplomerom.
    { $threshold } °C ili više: odvedi bebu kod pedijatra danas.
    Jako pospana, teško diše ili ne jede: zovi 194.
illness-fever-child =
    🌡 Kod temperature je važnije kako je dete nego broj.
    Idi odmah ako ima osip koji ne bledi pod pritisnutom čašom, teško diše, ima ukočen vrat, grčeve, ili je jako pospano.
    Temperatura { $days } dana ili duže: idi kod pedijatra.
illness-fever-home =
    Kod kuće:
    • nastavi da dojiš, često daj da pije
    • lagana odeća, bez debelih ćebadi
    • gledaj dete i tokom noći
    • ne hladi dete hladnom vodom ni alkoholom
    Ako osećaš da je dete toplo i brineš se, to je dovoljno: zovi pedijatra.

illness-diarrhoea =
    💧 Proliv ili povraćanje:
    • nastavi da dojiš, i češće
    • posle svake retke stolice daj ORS (oralna rehidraciona so, iz apoteke): { $ors } ml
    • ako dete povraća, daj male gutljaje kašičicom
    • cink 10 do 14 dana ({ $zinc } mg dnevno), kako kaže lekar ili farmaceut
    • bez lekova protiv proliva za decu
illness-dehydration =
    Idi kod lekara danas ako dete ima upale oči, plače bez suza, ima suva usta, jako je žedno ili ne može da pije, koža se sporo vraća kad je uštineš, ima malo mokrih pelena, ili je jako pospano.
    Krv u stolici: idi kod lekara.

illness-breathing-young-infant =
    😮‍💨 Kašalj i disanje:
    Broj udisaje jedan ceo minut dok je beba mirna.
    { $fast } udisaja u minutu ili više, stenjanje, grudi se uvlače ili plave usne: ODMAH kod lekara ili zovi 194.
illness-breathing =
    😮‍💨 Kašalj i disanje:
    Broj udisaje jedan ceo minut dok je dete mirno.
    { $fast } udisaja u minutu ili više je brzo disanje: idi kod lekara danas.
    Grudi se uvlače pri svakom udisaju, plave usne, ili dete ne može da pije: ODMAH kod lekara ili zovi 194.
    Kašalj a disanje normalno: hrani dete, daj mu da pije, i zovi pedijatra ako ne bude bolje.

illness-burn =
    🔥 Opekotina:
    • hladi je pod hladnom (ne ledenom) tekućom vodom { $minutes } minuta
    • skini tesnu odeću i prstenje, ali ne ono što se zalepilo za kožu
    • pokrij čistom providnom folijom ili čistom krpom
    • bez leda, putera, ulja ili paste za zube
    Idi kod lekara ako je opekotina veća od dečjeg dlana, ako je na licu, šakama ili polnim organima, ili ako se opekla beba.

illness-poison =
    ☠️ Trovanje (lek, sredstvo za čišćenje, benzin, biljke):
    • ne teraj dete da povraća
    • ponesi flašu ili kutiju
    • odmah zovi 194

illness-call-title = Koga da zoveš:
illness-call-phone = • { $name }: { $phone }
illness-call-ask = • { $name }: broj pitaj u domu zdravlja
illness-button-call = 📞 { $name }
illness-topic-danger = 🚨 Znaci opasnosti
illness-topic-fever = 🌡 Temperatura
illness-topic-diarrhoea = 💧 Proliv
illness-topic-breathing = 😮‍💨 Disanje
illness-topic-burn = 🔥 Opekotina
illness-topic-poison = ☠️ Trovanje
