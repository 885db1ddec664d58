## Dokumenta i prava: vodiči korak po korak (koraci, izvori i oznake su u content/data/guides.yaml)
# Činjenice samo iz izvora navedenih u guides.yaml. Korak sa verified: false ide uz guide-step-unconfirmed;
# ono što nijedan izvor ne kaže je „pitaj medijatorku ili centar“, nikad nagađanje.

guide-list = 📋 Korak po korak:
guide-button-open = 📋 Korak po korak
guide-button-service = 📍 { $name }
guide-steps = { $steps }
guide-step = { $number }. { $text }
guide-step-unconfirmed = { $number }. { $text } (Nije potvrđeno: pitaj medijatorku ili centar.)
guide-bring =
    🎒 Šta da poneseš:
    { $items }
guide-bring-item = • { $item }
guide-bring-check = Spisak može da bude drugačiji: pitaj medijatorku ili centar pre nego što kreneš.
guide-where = 📍 Gde da ideš: dugmad ispod.
guide-ask = Nešto nije jasno? Pitaj svoju medijatorku ili centar.

## Kratka imena mesta (natpisi na dugmadi)
guide-service-maticna-sluzba-zemun = Matična služba
guide-service-zdravstvena-medijatorka-zemun = Zdravstvena medijatorka
guide-service-dz-zemun = Dom zdravlja Zemun
guide-service-cim-svratiste = Svratište CIM
guide-service-bibija = Centar Bibija
guide-service-gcsr-zemun = Centar za socijalni rad
guide-service-pu-dr-sima-milosevic = Vrtići u Zemunu

## Šta da poneseš
guide-bring-discharge-letter = otpusnu listu iz porodilišta
guide-bring-parents-ids = lične karte roditelja
guide-bring-marriage-extract = ako su roditelji venčani: izvod iz matične knjige venčanih
guide-bring-mother-birth-extract = ako niste venčani: izvod iz matične knjige rođenih za majku
guide-bring-citizenship = uverenja o državljanstvu roditelja
guide-bring-request-form = zahtev (dobićeš ga u službi)
guide-bring-health-card-copy = kopiju zdravstvene knjižice
guide-bring-income-proofs = dokaze o prihodima svih u domaćinstvu za poslednja 3 meseca
guide-bring-property-proof = dokaz da imaš ili nemaš kuću, stan ili zemlju
guide-bring-school-certificates = potvrde iz škole za decu koja idu u školu

## Upis rođenja
guide-birth-registration-title = 👶 Upis rođenja
guide-birth-registration-nudge = 📋 Prvih dana: proveri da je rođenje bebe upisano. Evo kako.
guide-birth-registration-step-ward = U porodilištu se rođenje upisuje za tebe („Bebo, dobro došla na svet“). Besplatno je, a papiri i zdravstvena knjižica stižu poštom. Oba roditelja treba da imaju važeće lične karte (samohrani roditelj: jednu).
guide-birth-registration-step-no-id = Ako roditelj nema važeću ličnu kartu, ili je beba rođena kod kuće: upiši rođenje u matičnoj službi mesta gde je beba rođena.
guide-birth-registration-step-deadline = Uradi to u roku od 15 dana od rođenja (Zakon o matičnim knjigama). Neki izvori kažu 30 dana, ali ne čekaj.
guide-birth-registration-step-late = I kasnije može, ali kroz duži postupak u opštini.

## Zdravstvena knjižica
guide-health-card-title = 🩺 Knjižica za dete
guide-health-card-step-ward = Uz „Bebo, dobro došla na svet“ beba je osigurana preko osiguranja jednog roditelja, koga roditelji izaberu. Knjižica stiže poštom.
guide-health-card-step-no-papers = Deca do 18 godina su osigurana i kad roditelji nemaju osiguranje ili papire.
guide-health-card-step-where = Knjižicu izdaje filijala Republičkog fonda za zdravstveno osiguranje (RFZO) za Beograd. Zdravstvena medijatorka ti pomaže oko toga.

## Lična dokumenta za roditelje
guide-parent-documents-title = 🪪 Papiri za roditelje
guide-parent-documents-step-why = Tvoja važeća lična karta je važna: sa njom porodilište upisuje bebu za tebe.
guide-parent-documents-step-never-registered = Ako tvoje rođenje nikad nije upisano u matičnu knjigu rođenih, sud može to da uradi i kasnije. Pomažu besplatna pravna pomoć i medijatorka.
guide-parent-documents-step-help = Besplatna pomoć oko papira: Svratište CIM, ženski centar Bibija (besplatni pravni saveti), tvoja medijatorka.
guide-parent-documents-step-ask = Šta da poneseš i gde da tražiš ličnu kartu: pitaj medijatorku ili centar.

## Dečiji dodatak
guide-child-allowance-title = 💶 Dečiji dodatak
guide-child-allowance-step-who = Dečiji dodatak dobija jedan roditelj koji brine o detetu, državljanin Srbije koji živi u Srbiji, za prvo do četvrto dete, kad je prihod porodice po članu ispod granice.
guide-child-allowance-step-where = U Beogradu se traži u gradskom Sekretarijatu za socijalnu zaštitu. Centar za socijalni rad u Zemunu pomaže oko zahteva.
guide-child-allowance-step-year = Dobija se na godinu dana. Posle toga tražiš ponovo.
guide-child-allowance-step-amount = Iznos i granica prihoda menjaju se svakih šest meseci: pitaj medijatorku ili centar.

## Roditeljski dodatak
guide-parental-allowance-title = 💶 Roditeljski dodatak
guide-parental-allowance-step-who = Roditeljski dodatak je za prvo do četvrto dete majke (u nekim slučajevima oca).
guide-parental-allowance-step-ward = Možeš da ga tražiš u porodilištu, uz „Bebo, dobro došla na svet“. Rešenje stiže poštom za oko dva meseca.
guide-parental-allowance-step-ask = Ako nije traženo tamo: pitaj medijatorku ili centar gde da podneseš zahtev.

## Jednokratna pomoć Grada Beograda
guide-city-benefits-title = 🏙 Pomoć Grada Beograda
guide-city-benefits-step-mothers = Grad Beograd daje novac majkama posle porođaja. Traži se u porodilištu ili u gradskom Sekretarijatu za socijalnu zaštitu, pre nego što beba napuni 6 meseci.
guide-city-benefits-step-one-off = Porodice u nevolji mogu da traže jednokratnu novčanu pomoć.
guide-city-benefits-step-ask = Ko može da je dobije i koliko: pitaj medijatorku ili centar za socijalni rad.

## Novčana socijalna pomoć
guide-social-assistance-title = 🤝 Socijalna pomoć
guide-social-assistance-step-who = Novčana socijalna pomoć je za ljude i porodice koji od rada, prihoda ili imovine ne mogu da pokriju minimum za život.
guide-social-assistance-step-where = Traži se u centru za socijalni rad. U Zemunu: Odeljenje Zemun Gradskog centra za socijalni rad.
guide-social-assistance-step-ask = U centru dobijaš zahtev i spisak papira. Medijatorka može da ide sa tobom.

## Vrtić
guide-kindergarten-title = 🧸 Vrtić
guide-kindergarten-step-ages = Jaslice su za najmlađe, vrtić za decu od 3 godine.
guide-kindergarten-step-not-compulsory = Vrtić nije obavezan, ali deca tamo mnogo nauče i igraju se sa drugom decom.
guide-kindergarten-step-priority = Deca iz porodica u teškoj situaciji dobijaju mesto prva.
guide-kindergarten-step-where = U Zemunu vrtiće vodi predškolska ustanova „Dr Sima Milošević“. Pitaj ih kad počinje upis.

## Pripremni predškolski program
guide-preschool-programme-title = 🎒 Predškolski program
guide-preschool-programme-step-mandatory = U godini pred školu, od oko 5 i po godina, svako dete ide u pripremni predškolski program (PPP). Obavezan je i besplatan, i traje najmanje devet meseci.
guide-preschool-programme-step-enrolment = Upis je obično u proleće pre toga. Pitaj u vrtiću svake godine.
guide-preschool-programme-step-help = Svratište CIM i medijatorka pomažu oko papira za upis.
