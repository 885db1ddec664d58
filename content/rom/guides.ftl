### Romani draft: awaiting review by a native speaker
## Lila thaj hakaja: vodiča pas pas (e koraka, e izvorja thaj e oznake si ando content/data/guides.yaml)
# Činjenice samo katar e izvorja ando guides.yaml. O korako verified: false džal guide-step-unconfirmed-asa;
# so khanči izvoro na phenel si „phuč e medijatorka vaj o centro“, nikad na nagađisar.

guide-list = 📋 Pas pas:
guide-button-open = 📋 Pas pas
guide-button-service = 📍 { $name }
guide-steps = { $steps }
guide-step = { $number }. { $text }
guide-step-unconfirmed = { $number }. { $text } (Naj potvrdime: phuč e medijatorka vaj o centro.)
guide-bring =
    🎒 So te les tusa:
    { $items }
guide-bring-item = • { $item }
guide-bring-check = O spisko šaj te avel aver: phuč e medijatorka vaj o centro angla so te dža.
guide-where = 📍 Kaj te dža: e dugmad tele.
guide-ask = Vareso naj tuće čhando? Phuč tli medijatorka vaj o centro.

## Harne anava e thanengo (e dugmad)
guide-service-maticna-sluzba-zemun = Matična služba
guide-service-zdravstvena-medijatorka-zemun = Sastimaski medijatorka
guide-service-dz-zemun = Dom zdravlja Zemun
guide-service-cim-svratiste = Svratište CIM
guide-service-bibija = Centro Bibija
guide-service-gcsr-zemun = Centro vaš socijalno buti
guide-service-pu-dr-sima-milosevic = Vrtića ando Zemun

## So te les tusa
guide-bring-discharge-letter = i otpusno lista katar o porodilište
guide-bring-parents-ids = e lične karte e dadesko thaj e dajako
guide-bring-marriage-extract = te sen venčime: o izvodo katar e venčanja
guide-bring-mother-birth-extract = te na sen venčime: o izvodo e dajako katar o bijandipe
guide-bring-citizenship = e uverenja pa o državljanstvo e dadesko thaj e dajako
guide-bring-request-form = o zahtevo (dena les tuće ande služba)
guide-bring-health-card-copy = kopija e zdravstvena knjižicakri
guide-bring-income-proofs = dokazja pa e love savorengo ando kher, vaš e palune 3 čhona
guide-bring-property-proof = dokazo si li tut vaj naj tut kher vaj phuv
guide-bring-school-certificates = potvrde katar i škola vaš e čhave save džan ande škola

## Upisipe e bijandipasko
guide-birth-registration-title = 👶 Upis e bijandipasko
guide-birth-registration-nudge = 📋 Ande angluno đesa: dikh te si upisime o bijandipe e cikne čhavoresko. Ake sar.
guide-birth-registration-step-ward = Ando porodilište upisin o bijandipe vaš tute („Bebo, dobro došla na svet“). Naj pe love, a e lila thaj i zdravstveno knjižica aven poštasa. E dade thaj e daja trebul te si len važeća lične karte (jekhe roditeljeske: jekh).
guide-birth-registration-step-no-id = Te naj e roditeljese važeća lična karta, vaj o cikno čhavoro bijandilo khere: upisisar o bijandipe ande matična služba e thaneski kaj bijandilo o cikno čhavoro.
guide-birth-registration-step-deadline = Ćer kava dži 15 đesa palo bijandipe (Zakon o matičnim knjigama). Aver izvorja phenen 30 đesa, ali na užar.
guide-birth-registration-step-late = Šaj vi maj pale, ali maj lungo postupko ande opština.

## Zdravstveno knjižica
guide-health-card-title = 🩺 Knjižica vaš o čhavoro
guide-health-card-step-ward = „Bebo, dobro došla na svet“-asa o cikno čhavoro si osigurime prekal o osiguranje jekhe roditeljesko, kas tumen alosaren. I knjižica avel poštasa.
guide-health-card-step-no-papers = E čhave dži 18 berša si osigurime vi kana e roditeljen naj osiguranje vaj lila.
guide-health-card-step-where = I knjižica ćerel o fondo vaš zdravstveno osiguranje (RFZO) vaš o Beograd. I sastimaski medijatorka žutil tut.

## Lila vaš e roditelja
guide-parent-documents-title = 🪪 Lila vaš e roditelja
guide-parent-documents-step-why = Tli važeća lična karta si važno: lasa o porodilište upisil e cikne čhavores vaš tute.
guide-parent-documents-step-never-registered = Te tlo bijandipe khanikana naj upisime, o sudo šaj te ćerel kava vi maj pale. Žutin tut o bizo lovengo pravno žutipe thaj i medijatorka.
guide-parent-documents-step-help = Bizo lovengo žutipe pa e lila: Svratište CIM, e džuvljengo centro Bibija (bizo lovengo pravno saveto), tli medijatorka.
guide-parent-documents-step-ask = So te les tusa thaj kaj te rodes lična karta: phuč e medijatorka vaj o centro.

## Dečiji dodatak
guide-child-allowance-title = 💶 Dečiji dodatak
guide-child-allowance-step-who = O dečiji dodatak lel jekh roditelj savo arakhel o čhavoro, državljanin e Srbijako savo živil ande Srbija, vaš o angluno dži o štarto čhavoro, kana e familijake love pe jekh manuš si tele i granica.
guide-child-allowance-step-where = Ando Beograd rodel pe ando gradsko Sekretarijat vaš socijalno zaštita. O centro vaš socijalno buti ando Zemun žutil tut e zahtevosa.
guide-child-allowance-step-year = Del pe vaš jekh berš. Palo kava rodes palem.
guide-child-allowance-step-amount = Keci love thaj i granica paruven pe svako šov čhona: phuč e medijatorka vaj o centro.

## Roditeljski dodatak
guide-parental-allowance-title = 💶 Roditeljski dodatak
guide-parental-allowance-step-who = O roditeljski dodatak si vaš o angluno dži o štarto čhavoro e dajako (nesave drom e dadesko).
guide-parental-allowance-step-ward = Šaj te rodes les ando porodilište, „Bebo, dobro došla na svet“-asa. O rešenje avel poštasa pala pašo duj čhona.
guide-parental-allowance-step-ask = Te na rodingja pe othe: phuč e medijatorka vaj o centro kaj te des zahtevo.

## Jekhvaresko žutipe e Beogradosko
guide-city-benefits-title = 🏙 Žutipe e Beogradosko
guide-city-benefits-step-mothers = O Grad Beograd del love e dajenđe palo bijandipe. Rodel pe ando porodilište vaj ando gradsko Sekretarijat vaš socijalno zaštita, angla so o cikno čhavoro pherel 6 čhona.
guide-city-benefits-step-one-off = E familije ande nevolja šaj te roden jekhvaresko žutipe ande love.
guide-city-benefits-step-ask = Ko šaj te lel les thaj keci: phuč e medijatorka vaj o centro vaš socijalno buti.

## Socijalno žutipe
guide-social-assistance-title = 🤝 Socijalno žutipe
guide-social-assistance-step-who = O novčano socijalno žutipe si vaš e manuša thaj e familije save katar i buti, e love vaj o imetko na šaj te pokrin o minimum vaš o dživdipe.
guide-social-assistance-step-where = Rodel pe ando centro vaš socijalno buti. Ando Zemun: o Odeljenje Zemun e Gradsko centrosko vaš socijalno buti.
guide-social-assistance-step-ask = Ando centro dena tuće o zahtevo thaj o spisko e lilengo. I medijatorka šaj te džal tusa.

## Vrtić
guide-kindergarten-title = 🧸 Vrtić
guide-kindergarten-step-ages = O vrtić vaš e cikne čhavore si vaš e maj cikne, o vrtić vaš e čhave katar 3 berša.
guide-kindergarten-step-not-compulsory = O vrtić naj obavezno, ali e čhave othe but sićon thaj khelen pe avere čhavenca.
guide-kindergarten-step-priority = E čhave katar e familije ande phari situacija len than angleder.
guide-kindergarten-step-where = Ando Zemun e vrtića ingerel i predškolsko ustanova „Dr Sima Milošević“. Phuč len kana počnil o upis.

## Pripremno predškolsko programo
guide-preschool-programme-title = 🎒 Predškolsko programo
guide-preschool-programme-step-mandatory = Ando berš angla i škola, katar pašo 5 thaj paš berš, svako čhavoro džal ando pripremno predškolsko programo (PPP). Obavezno si thaj bizo lovengo, thaj ćerel pe najmanje inja čhona.
guide-preschool-programme-step-enrolment = O upis si obično ande primavera angla kava. Phuč ando vrtić svako berš.
guide-preschool-programme-step-help = O Svratište CIM thaj i medijatorka žutin tut e lilenca vaš o upis.
