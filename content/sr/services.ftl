## Local services: categories, names, descriptions, offers and documents to bring.
## Facts (addresses, phones, hours) live in content/data/services.yaml, never here.
## Serbian Latin only: the Cyrillic text is generated from this file. Names keep the official Serbian name.

## Categories, in menu order

services-category-health = Zdravlje mog deteta
services-category-documents = Dokumenta
services-category-social = Novac i socijalna pomoć
services-category-preschool = Vrtić
services-category-family-support = Podrška za žene i porodice
services-category-emergency = Hitno

## Services

service-dz-zemun-name = Dom zdravlja „Zemun“
service-dz-zemun-description = Dom zdravlja za Zemun i Surčin: pedijatri, vakcinacije, preventivni pregledi i patronažne sestre. Ponesi zdravstvenu knjižicu.
service-dz-zemun-landmark = Kod autobuske stanice „Rada Končara / Dom zdravlja“

service-dz-zemun-razvojno-name = Razvojno savetovalište – Dom zdravlja „Zemun“
service-dz-zemun-razvojno-description = Proverava kako deca od 0 do 6 godina rastu i uče, pruža ranu pomoć deci sa teškoćama u razvoju i podršku njihovim roditeljima. Pitaj u Domu zdravlja „Zemun“ ili svog pedijatra.

service-dz-zemun-patronaza-name = Polivalentna patronaža – Dom zdravlja „Zemun“
service-dz-zemun-patronaza-description = Sestre koje dolaze kod tebe kući: 5 poseta posle porođaja, zatim posete bebi i u 2. i 4. godini. Javi se Domu zdravlja „Zemun“ ako niko nije došao.

service-zdravstvena-medijatorka-zemun-name = Zdravstvena medijatorka za romsku zajednicu (Dom zdravlja „Zemun“)
service-zdravstvena-medijatorka-zemun-description = Pomaže tvojoj porodici da izabere lekara, dobije zdravstvenu knjižicu i vakciniše decu, i povezuje te sa domom zdravlja.

service-halobeba-name = HaloBeba – telefonsko savetovalište
service-halobeba-description = Saveti telefonom za roditelje beba i male dece, od Gradskog zavoda za javno zdravlje Beograd.

service-maticna-sluzba-zemun-name = Matična služba – Zemun
service-maticna-sluzba-zemun-description = Upisuje rođenje deteta (u roku od 30 dana), izdaje izvode iz matičnih knjiga i prima priznavanje očinstva. Većina beba se upiše već u porodilištu preko usluge „Bebo, dobro došla na svet“: besplatno, a papiri stižu poštom.

service-go-zemun-prijem-gradjana-name = GO Zemun – Kancelarija za prijem građana
service-go-zemun-prijem-gradjana-description = Kancelarija opštine Zemun za građane: pitaj koja ti služba treba i predaj svoj zahtev.

service-gcsr-zemun-name = Gradski centar za socijalni rad u Beogradu – Odeljenje Zemun
service-gcsr-zemun-description = Novčana socijalna pomoć, dečji i roditeljski dodatak, porodično-pravna zaštita i hitna pomoć danju i noću. Adresa odeljenja u Zemunu još nije poznata. Sedište centra je u Ruskoj 4, Beograd: proveri telefonom ili pitaj zdravstvenu medijatorku pre nego što kreneš.

service-pu-dr-sima-milosevic-name = Predškolska ustanova „Dr Sima Milošević“ (Zemun)
service-pu-dr-sima-milosevic-description = Jaslice i vrtići u Zemunu i pripremni predškolski program pred školu. Pitaj ih za upis.

service-cim-svratiste-name = Svratište za decu – Centar za integraciju mladih (CIM)
service-cim-svratiste-description = Deca dobiju obrok, kupanje i odeću, i pomoć oko upisa u školu ili vrtić i oko ličnih dokumenata. Druga lokacija: Bulevar Arsenija Čarnojevića 145, Novi Beograd.

service-sos-decja-sela-name = SOS Dečija sela Srbija – Centar za podršku porodici
service-sos-decja-sela-description = Kućne posete i saveti za porodice kojima je teško, pomoć u učenju i u ostvarivanju prava. Zemun pominje samo stariji izvor: proveri da li i dalje rade ovde.

service-bibija-name = BIBIJA Romski ženski centar
service-bibija-description = Radionice u romskim naseljima, besplatni pravni saveti, pomoć da zaradiš svoj novac i zaštita od nasilja.

service-hitna-pomoc-name = Hitna medicinska pomoć
service-hitna-pomoc-description = Zovi 194, danju i noću, kad je nečiji život u opasnosti.

## What a service offers

service-offer-pediatrics = Lekar za decu (pedijatar)
service-offer-vaccination = Vakcinacija
service-offer-checkups = Pregledi beba i dece
service-offer-home-nurse = Patronažna sestra dolazi kući
service-offer-development = Provera kako dete raste i uči (0–6 godina)
service-offer-early-intervention = Rana pomoć deci sa teškoćama u razvoju
service-offer-parent-support-development = Podrška roditeljima dece sa teškoćama u razvoju
service-offer-home-visits-newborn = 5 kućnih poseta bebi i mami
service-offer-home-visits-baby = Kućne posete bebi
service-offer-home-visits-toddler = Kućne posete u 2. i 4. godini
service-offer-chosen-doctor = Pomoć da izabereš lekara
service-offer-help-health-card = Pomoć da dobiješ zdravstvenu knjižicu
service-offer-health-centre-link = Pomoć da stigneš do doma zdravlja
service-offer-phone-advice = Saveti telefonom
service-offer-birth-registration = Upis rođenja (u roku od 30 dana)
service-offer-civil-certificates = Izvodi iz matičnih knjiga
service-offer-paternity = Priznavanje očinstva
service-offer-social-assistance = Novčana socijalna pomoć
service-offer-child-allowance = Zahtev za dečji i roditeljski dodatak
service-offer-family-protection = Porodično-pravna zaštita
service-offer-emergency-24h = Hitna pomoć, danju i noću
service-offer-nursery = Jaslice
service-offer-kindergarten = Vrtić
service-offer-preschool-programme = Pripremni predškolski program
service-offer-meal-shower-clothes = Obrok, kupanje i odeća
service-offer-enrolment-help = Pomoć oko upisa u školu ili vrtić
service-offer-personal-documents-help = Pomoć oko ličnih dokumenata
service-offer-preschool-learning = Predškolski program za decu
service-offer-home-visits-families = Kućne posete porodicama kojima je teško
service-offer-parent-counselling = Saveti za roditelje
service-offer-learning-help = Pomoć u učenju
service-offer-rights-help = Pomoć u ostvarivanju prava
service-offer-settlement-workshops = Radionice u romskim naseljima
service-offer-free-legal-advice = Besplatni pravni saveti
service-offer-economic-empowerment = Pomoć da zaradiš svoj novac
service-offer-violence-protection = Zaštita od nasilja
service-offer-ambulance = Hitna pomoć

## What to bring

service-document-health-card = Zdravstvena knjižica
