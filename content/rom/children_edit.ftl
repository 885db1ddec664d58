### Romani draft: awaiting review by a native speaker
## 👶 Mle čhave: nevo anav, „bijandilo angleder“ (bot/core/children_menu.py)

children-rename = ✏️ Anav
children-early = ⏱ Angleder?
choose-child-rename = Savo čhavesko anav kames te paruve?
choose-child-early = Vaš savo čhavo kames te paruve „angleder“?
children-ask-new-name = Ramosar o nevo anav vaš: { $name }.
children-name-invalid = Ramosar cikno anav (maj but { $max } slova), vaj pritisni „Na“.
children-renamed = ✅ Ćerdem: { $name }.
children-early-now-on-time = { $name }: { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } ko vrjama (vaj na džanas).
children-early-now-weeks = { $name }: { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } ando { $weeks }. kurko.
children-ask-weeks = Ande savo kurko bijandilo o cikno čhavoro? Ramosar numero, sar 34. Vaj pritisni „Ko vrjama“.
children-born-on-time = ✅ Ko vrjama
children-weeks-invalid = Ramosar o kurko sar numero katar 22 dži 36, vaj pritisni „Ko vrjama“.
children-early-saved-on-time = ✅ Ćerdem: { $name } { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } ko vrjama.
children-early-saved-weeks = ✅ Ćerdem: { $name } { $gender ->
        [girl] bijandili
       *[other] bijandilo
    } ando { $weeks }. kurko.
