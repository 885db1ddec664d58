### Romani draft: awaiting review by a native speaker
## The lab's dashboard page (sign-in, filters, buttons; docs/dashboard.md). The page itself is shown in Serbian
## (Latin) or English only; this Gurbet draft keeps the Romani folder a translation, not a copy. Language names
## stay in their own language; the panels are in dashboard-panels.ftl.

dashboard-title = Čavororo: i tabla vaš i laboratorija
dashboard-sign-in-intro = Kava link te prijavines tut važil numaj jekh drom. Prijavin tut pe kava kompjuteri.
dashboard-sign-in = Prijavin tut
dashboard-sign-in-needed = Vaš kaja stranica trebul tut nalogo. Mang link te prijavines tut katar o manuš kaj ićarel e botos.
dashboard-sign-in-failed = Kava link te prijavines tut sas upotrebime vaj nakhlo lesko vrjama. Mang nevo.
dashboard-sign-out = Odjavin tut
dashboard-account = Nalogo { $id }
dashboard-language-sr = Srpski
dashboard-language-en = English
dashboard-filter-from = Katar
dashboard-filter-to = Dži
dashboard-filter-settlement = Naselje
dashboard-filter-mediator = Medijatorka
dashboard-filter-all = Sa
dashboard-filter-apply = Sikav
dashboard-limited = Dikhes numaj e familije tle medijatorkake, na e avera.
dashboard-small-cells = Sako broj katar 1 dži 4 sikavel pe sar „<5“: e naselja si cikne, thaj vi cikno broj šaj te sikavel savi si i familija.
dashboard-empty = Vaš kala filterura naj podatkura.
dashboard-download-csv = Le o CSV
dashboard-error-dates = E datumura naj lačhe: „Katar“ trebul te avel angla „Dži“, thaj maškar lende na maj but sar 10 berša.
dashboard-error-settlement = Kasavo naselje naj.
dashboard-error-mediator = Kasavi medijatorka naj.
dashboard-error-no-panel = Kasavo grafikono naj.
dashboard-error-csrf = O formularo si phuro. Phrav i stranica palem thaj zumav još jekh drom.
