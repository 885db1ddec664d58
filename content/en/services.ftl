## Local services: categories, names, descriptions, offers and documents to bring.
## Facts (addresses, phones, hours) live in content/data/services.yaml, never here.

## Categories, in menu order

services-category-health = Health for my child
services-category-documents = Documents
services-category-social = Money and social help
services-category-preschool = Preschool
services-category-family-support = Support for women and families
services-category-emergency = Emergency

## Services

service-dz-zemun-name = Zemun Health Centre (Dom zdravlja “Zemun”)
service-dz-zemun-description = The health centre for Zemun and Surčin: children's doctors, vaccinations, check-ups and home-visit nurses. Bring the health card.
service-dz-zemun-landmark = Near the bus stop “Rada Končara / Dom zdravlja”

service-dz-zemun-razvojno-name = Child development unit (Razvojno savetovalište), Zemun Health Centre
service-dz-zemun-razvojno-description = Checks how children from 0 to 6 grow and learn, gives early help to children with delays and supports their parents. Ask at Dom zdravlja “Zemun” or your pediatrician.

service-dz-zemun-patronaza-name = Home-visit nurses (patronaža), Zemun Health Centre
service-dz-zemun-patronaza-description = Nurses who come to your home: 5 visits after the birth, then visits to the baby and in the 2nd and 4th year. Call Dom zdravlja “Zemun” if nobody has come.

service-zdravstvena-medijatorka-zemun-name = Health mediator for the Roma community (Zemun Health Centre)
service-zdravstvena-medijatorka-zemun-description = She helps your family choose a doctor, get a health card and vaccinate the children, and connects you with the health centre.

service-halobeba-name = HaloBeba phone advice line
service-halobeba-description = Advice by phone for parents of babies and small children, from the City Institute of Public Health, Belgrade.

service-maticna-sluzba-zemun-name = Civil registry office (Matična služba), Zemun
service-maticna-sluzba-zemun-description = Registers a birth (within 30 days), gives birth and other certificates, and records a father's recognition of his child. Most babies are registered in the maternity ward through “Bebo, dobro došla na svet”: free, and the papers come by post.

service-go-zemun-prijem-gradjana-name = Zemun municipality – help desk for citizens
service-go-zemun-prijem-gradjana-description = The municipality's desk for citizens: ask which office you need and hand in your request.

service-gcsr-zemun-name = City Centre for Social Work – Zemun department
service-gcsr-zemun-description = Money help (social assistance), child and parent allowance, family and legal protection, and urgent help day and night. The Zemun office's address is not known yet. The head office is at Ruska 4, Belgrade: check by phone or ask the health mediator before you go.

service-pu-dr-sima-milosevic-name = Preschool institution “Dr Sima Milošević” (Zemun)
service-pu-dr-sima-milosevic-description = Nurseries and kindergartens in Zemun, and the preschool programme before school. Ask them about enrolment.

service-cim-svratiste-name = Drop-in centre for children – Centre for Youth Integration (CIM)
service-cim-svratiste-description = Children get a meal, a shower and clothes, and help with enrolling in school or kindergarten and with personal documents. Second location: Bulevar Arsenija Čarnojevića 145, Novi Beograd.

service-sos-decja-sela-name = SOS Children's Villages Serbia – family support
service-sos-decja-sela-description = Home visits and advice for families who are struggling, help with learning and with getting your rights. Only an older source names Zemun: check that they still work here.

service-bibija-name = Bibija Roma Women's Centre
service-bibija-description = Workshops in Roma settlements, free legal advice, help to earn your own money, and protection from violence.

service-hitna-pomoc-name = Ambulance (Hitna pomoć)
service-hitna-pomoc-description = Call 194, day and night, when someone's life is in danger.

## What a service offers

service-offer-pediatrics = Children's doctor (pediatrician)
service-offer-vaccination = Vaccinations
service-offer-checkups = Check-ups for babies and children
service-offer-home-nurse = Nurse visits at home (patronaža)
service-offer-development = Checking how your child grows and learns (0–6 years)
service-offer-early-intervention = Early help for children with delays
service-offer-parent-support-development = Support for parents of children with developmental difficulties
service-offer-home-visits-newborn = 5 home visits to the newborn and the mother
service-offer-home-visits-baby = Home visits to the baby
service-offer-home-visits-toddler = Home visits in the 2nd and 4th year
service-offer-chosen-doctor = Help to register with a doctor (izabrani lekar)
service-offer-help-health-card = Help to get a health card
service-offer-health-centre-link = Help to reach the health centre
service-offer-phone-advice = Advice by phone
service-offer-birth-registration = Registering a birth (within 30 days)
service-offer-civil-certificates = Birth and other certificates (izvodi)
service-offer-paternity = Recognition of fatherhood
service-offer-social-assistance = Money help (social assistance)
service-offer-child-allowance = Applying for child and parent allowance
service-offer-family-protection = Family and legal protection
service-offer-emergency-24h = Urgent help, day and night
service-offer-nursery = Nursery (jaslice)
service-offer-kindergarten = Kindergarten (vrtić)
service-offer-preschool-programme = Preschool programme before school
service-offer-meal-shower-clothes = A meal, a shower and clothes
service-offer-enrolment-help = Help to enrol in school or kindergarten
service-offer-personal-documents-help = Help with personal documents
service-offer-preschool-learning = Preschool learning for children
service-offer-home-visits-families = Home visits to families who are struggling
service-offer-parent-counselling = Advice for parents
service-offer-learning-help = Help with learning
service-offer-rights-help = Help to get your rights
service-offer-settlement-workshops = Workshops in Roma settlements
service-offer-free-legal-advice = Free legal advice
service-offer-economic-empowerment = Help to earn your own money
service-offer-violence-protection = Protection from violence
service-offer-ambulance = Ambulance

## What to bring

service-document-health-card = Health card
