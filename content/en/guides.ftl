## Documents and rights: step-by-step guides (content/data/guides.yaml holds the steps, sources and flags)
# Facts come only from the sources named in guides.yaml. A step marked verified: false is shown with
# guide-step-unconfirmed; what no source says is "ask the mediator or the centre", never a guess.

guide-list = 📋 Step by step:
guide-button-open = 📋 Step by step
guide-button-service = 📍 { $name }
guide-steps = { $steps }
guide-step = { $number }. { $text }
guide-step-unconfirmed = { $number }. { $text } (Not confirmed: ask the mediator or the centre.)
guide-bring =
    🎒 What to bring:
    { $items }
guide-bring-item = • { $item }
guide-bring-check = The list may differ: ask the mediator or the centre before you go.
guide-where = 📍 Where to go: the buttons below.
guide-ask = Something unclear? Ask your mediator or the centre.

## Short names of the places (button labels)
guide-service-maticna-sluzba-zemun = Registry office
guide-service-zdravstvena-medijatorka-zemun = Health mediator
guide-service-dz-zemun = Health centre Zemun
guide-service-cim-svratiste = CIM drop-in centre
guide-service-bibija = Bibija women's centre
guide-service-gcsr-zemun = Social work centre
guide-service-pu-dr-sima-milosevic = Kindergartens of Zemun

## What to bring
guide-bring-discharge-letter = the discharge letter from the maternity ward
guide-bring-parents-ids = the parents' ID cards
guide-bring-marriage-extract = if you are married: the marriage extract
guide-bring-mother-birth-extract = if you are not married: the mother's birth extract
guide-bring-citizenship = the parents' citizenship certificates
guide-bring-request-form = the request form (the office gives it)
guide-bring-health-card-copy = a copy of the health card
guide-bring-income-proofs = proofs of income of everyone in the household, for the last 3 months
guide-bring-property-proof = proof of owning or not owning a home or land
guide-bring-school-certificates = school certificates of children who go to school

## Birth registration
guide-birth-registration-title = 👶 Birth registration
guide-birth-registration-nudge = 📋 In the first days: make sure your baby's birth is registered. Here is how.
guide-birth-registration-step-ward = In the maternity ward the birth is registered for you (“Bebo, dobro došla na svet”). It is free, and the papers and the health card come by post. Both parents need valid ID cards (a single parent: one).
guide-birth-registration-step-no-id = If a parent has no valid ID card, or the baby was born at home: register the birth at the registry office of the place where the baby was born.
guide-birth-registration-step-deadline = Do it within 15 days of the birth (Zakon o matičnim knjigama, the law on registers). Some sources say 30 days, but do not wait.
guide-birth-registration-step-late = Later it is still possible, through a longer procedure at the municipality.

## Health card
guide-health-card-title = 🩺 Child's health card
guide-health-card-step-ward = With “Bebo, dobro došla na svet” the baby is insured through one parent's insurance, which you choose. The card comes by post.
guide-health-card-step-no-papers = Children under 18 are insured even when the parents have no insurance or no papers.
guide-health-card-step-where = The card is made by the health insurance fund (RFZO) for Belgrade. The health mediator helps you with it.

## Personal documents for parents
guide-parent-documents-title = 🪪 Papers for parents
guide-parent-documents-step-why = Your own valid ID card matters: with it the maternity ward registers your baby for you.
guide-parent-documents-step-never-registered = If you were never registered at birth, a court can register you later. Free legal help and the mediator help with this.
guide-parent-documents-step-help = Free help with papers: the CIM drop-in centre, the Bibija women's centre (free legal advice), your mediator.
guide-parent-documents-step-ask = What to bring and where to ask for an ID card: ask the mediator or the centre.

## Child allowance
guide-child-allowance-title = 💶 Child allowance
guide-child-allowance-step-who = Child allowance (dečiji dodatak) is for one parent who cares for the child, a Serbian citizen living in Serbia, for the first to the fourth child, when the family's income per person is under a limit.
guide-child-allowance-step-where = In Belgrade you ask for it at the city's Secretariat for Social Protection. The social work centre in Zemun helps with the request.
guide-child-allowance-step-year = It is given for one year. Then you ask again.
guide-child-allowance-step-amount = The amount and the income limit change every six months: ask the mediator or the centre.

## Parental allowance
guide-parental-allowance-title = 💶 Parental allowance
guide-parental-allowance-step-who = Parental allowance (roditeljski dodatak) is for a mother's first to fourth child (in some cases the father's).
guide-parental-allowance-step-ward = You can ask for it in the maternity ward, with “Bebo, dobro došla na svet”. The decision comes by post in about two months.
guide-parental-allowance-step-ask = If it was not asked for there: ask the mediator or the centre where to apply.

## The City of Belgrade's one-off benefits
guide-city-benefits-title = 🏙 Belgrade one-off help
guide-city-benefits-step-mothers = The City of Belgrade gives mothers money after a birth. You ask for it in the maternity ward, or at the city's Secretariat for Social Protection, before the baby is 6 months old.
guide-city-benefits-step-one-off = Families in need can ask for one-off cash help.
guide-city-benefits-step-ask = Who can get it and how much: ask the mediator or the social work centre.

## Social assistance
guide-social-assistance-title = 🤝 Social assistance
guide-social-assistance-step-who = Social assistance (novčana socijalna pomoć) is for people and families who cannot cover the minimum for living from work, income or property.
guide-social-assistance-step-where = You ask for it at the centre for social work. In Zemun: the Zemun department of the City Centre for Social Work.
guide-social-assistance-step-ask = The centre gives you the request form and the list of papers. The mediator can come with you.

## Kindergarten
guide-kindergarten-title = 🧸 Kindergarten
guide-kindergarten-step-ages = Nursery is for the youngest, kindergarten for children from 3 years.
guide-kindergarten-step-not-compulsory = Kindergarten is not compulsory, but children learn a lot there and play with other children.
guide-kindergarten-step-priority = Children from families in a hard situation get a place first.
guide-kindergarten-step-where = In Zemun the kindergartens are run by the preschool institution “Dr Sima Milošević”. Ask them when enrolment opens.

## The preparatory preschool programme
guide-preschool-programme-title = 🎒 Preschool programme
guide-preschool-programme-step-mandatory = In the year before school, from about 5½ years, every child goes to the preparatory preschool programme (PPP). It is compulsory and free, and lasts at least nine months.
guide-preschool-programme-step-enrolment = Enrolment is usually in the spring before. Ask the kindergarten every year.
guide-preschool-programme-step-help = The CIM drop-in centre and the mediator help with the papers for enrolment.
