### Romani draft: awaiting review by a native speaker

## Local services: categories, names, descriptions, offers and documents to bring.
## Facts (addresses, phones, hours) live in content/data/services.yaml, never here.
## Names of offices keep the official Serbian name.

## Categories, in menu order

services-category-health = Sastipe mle čhavoresko
services-category-documents = Lila (dokumenta)
services-category-social = Love thaj socijalno žutipe
services-category-preschool = Vrtić
services-category-family-support = Žutipe vaš e familije
services-category-emergency = Sigo žutipe

## Services

service-dz-zemun-name = Dom zdravlja „Zemun“
service-dz-zemun-description = O Dom zdravlja vaš o Zemun thaj o Surčin: doktora vaš e čhavore, vakcine, pregledura thaj patronažna sestre. Le tusa i zdravstvena kartica.
service-dz-zemun-landmark = Pašal i autobusko stanica „Rada Končara / Dom zdravlja“

service-dz-zemun-razvojno-name = Razvojno savetovalište – Dom zdravlja „Zemun“
service-dz-zemun-razvojno-description = Dikhel sar baron thaj sikljon o čhavore dži 6 berša, žutil sigo e čhavoren kaj si len pharipa ando barjaripe, thaj žutil lengere dades thaj dajen. Phuč ando Dom zdravlja „Zemun“ vaj tle pedijatres.

service-dz-zemun-patronaza-name = Polivalentna patronaža – Dom zdravlja „Zemun“
service-dz-zemun-patronaza-description = Sestre kaj aven tuće khere: 5 drom pala o bijanipe, pala kodo ko cikno čhavoro thaj ando 2. thaj 4. berš. Akhar o Dom zdravlja „Zemun“ te khonik na avilo.

service-zdravstvena-medijatorka-zemun-name = Zdravstvena medijatorka vaš e Roma (Dom zdravlja „Zemun“)
service-zdravstvena-medijatorka-zemun-description = Žutil tli familija te alol doktoro, te lel zdravstvena kartica thaj te vakcininel e čhavoren, thaj phandel tut e Domesa zdravlja.

service-halobeba-name = HaloBeba – savetovalište pe telefono
service-halobeba-description = Godži pe telefono vaš e dada thaj e daja cikne čhavorenge, katar o Gradski zavod za javno zdravlje Beograd.

service-maticna-sluzba-zemun-name = Matična služba – Zemun
service-maticna-sluzba-zemun-description = Ramol o bijanipe e čhavoresko (dži 30 đesa), del izvodura thaj ramol kana o dad prindžarel plo čhavoro. But čhavore ramon pe ando porodilište prekal „Bebo, dobro došla na svet“: bi lovengo, thaj o lila aven pe pošta.

service-go-zemun-prijem-gradjana-name = GO Zemun – Kancelarija za prijem građana
service-go-zemun-prijem-gradjana-description = I kancelarija e opštinaki Zemun vaš o manuša: phuč savi služba trebul tuće thaj de tlo zahtevo.

service-gcsr-zemun-name = Gradski centar za socijalni rad u Beogradu – Odeljenje Zemun
service-gcsr-zemun-description = Socijalno žutipe e lovenca, dečji thaj roditeljski dodatak, arakhipe e familijako thaj sigo žutipe đes thaj rjat. I adresa ando Zemun još na džanas. O centro si ande Ruska 4, Beograd: phuč pe telefono vaj phuč e zdravstvena medijatorka anglal te džas.

service-pu-dr-sima-milosevic-name = Predškolska ustanova „Dr Sima Milošević“ (Zemun)
service-pu-dr-sima-milosevic-description = Vrtića vaš e cikne čhavore thaj vaš e bare ando Zemun, thaj o pripremni predškolski program anglal i škola. Phuč len vaš o upis.

service-cim-svratiste-name = Svratište za decu – Centar za integraciju mladih (CIM)
service-cim-svratiste-description = O čhavore othe len habe, šaj thoven pe thaj len gada, thaj žutipe vaš o upis ande škola vaj vrtić thaj vaš o lila. Aver than: Bulevar Arsenija Čarnojevića 145, Novi Beograd.

service-sos-decja-sela-name = SOS Dečija sela Srbija – Centar za podršku porodici
service-sos-decja-sela-description = Aven ando kher thaj den godži e familijenge kaj si lenge pharo, žutin ando sikljovipe thaj te len ple pravura. Numaj jekh purano lil phenel kaj ćeren buti ando Zemun: phuč te ćeren vi akana.

service-bibija-name = BIBIJA Romski ženski centar
service-bibija-description = Radionice ande romane mahale, pravno savetovanje bi lovengo, žutipe te zarades tle love, thaj arakhipe katar o maripe.

service-hitna-pomoc-name = { "Hitna medicinska pomoć" }
service-hitna-pomoc-description = Akhar 194, đes thaj rjat, kana varekasko dživdipe si ande bari dar.

## What a service offers

service-offer-pediatrics = Doktori vaš e čhavore (pedijatri)
service-offer-vaccination = Vakcine
service-offer-checkups = Pregledura vaš e cikne čhavore
service-offer-home-nurse = I patronažna sestra avel khere
service-offer-development = Dikhen sar barol thaj sikljol o čhavoro (dži 6 berša)
service-offer-early-intervention = Sigo žutipe vaš e čhavore kaj si len pharipa ando barjaripe
service-offer-parent-support-development = Žutipe vaš e dada thaj e daja kodole čhavorenge
service-offer-home-visits-newborn = 5 drom aven khere ko nevo čhavoro thaj ki daj
service-offer-home-visits-baby = Aven khere ko cikno čhavoro
service-offer-home-visits-toddler = Aven khere ando 2. thaj 4. berš
service-offer-chosen-doctor = Žutipe te alos doktoro
service-offer-help-health-card = Žutipe te les zdravstvena kartica
service-offer-health-centre-link = Žutipe te resos ando Dom zdravlja
service-offer-phone-advice = Godži pe telefono
service-offer-birth-registration = Ramope e bijanipesko (dži 30 đesa)
service-offer-civil-certificates = Izvodura andar o matične knjige
service-offer-paternity = O dad prindžarel plo čhavoro
service-offer-social-assistance = Socijalno žutipe e lovenca
service-offer-child-allowance = Zahtevo vaš dečji thaj roditeljski dodatak
service-offer-family-protection = Arakhipe e familijako
service-offer-emergency-24h = Sigo žutipe, đes thaj rjat
service-offer-nursery = Vrtić vaš e cikne čhavore
service-offer-kindergarten = Vrtić
service-offer-preschool-programme = Pripremni predškolski program
service-offer-meal-shower-clothes = Habe, thovipe thaj gada
service-offer-enrolment-help = Žutipe vaš o upis ande škola vaj vrtić
service-offer-personal-documents-help = Žutipe vaš o lila
service-offer-preschool-learning = Sikljovipe vaš o čhavore anglal i škola
service-offer-home-visits-families = Aven ando kher ko familije kaj si lenge pharo
service-offer-parent-counselling = Godži vaš e dada thaj e daja
service-offer-learning-help = Žutipe ando sikljovipe
service-offer-rights-help = Žutipe te les tle pravura
service-offer-settlement-workshops = Radionice ande romane mahale
service-offer-free-legal-advice = Pravno savetovanje bi lovengo
service-offer-economic-empowerment = Žutipe te zarades tle love
service-offer-violence-protection = Arakhipe katar o maripe
service-offer-ambulance = Hitna žutipe

## What to bring

service-document-health-card = Zdravstvena kartica
