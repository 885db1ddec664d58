### Romani draft: awaiting review by a native speaker

## Milestone notes at the CDC checkpoints, one per entry of content/data/milestones.yaml; Gurbet-leaning Latin
## spelling, plain text, no placeholders. Each note follows the meaning of the Serbian and English text of the same id.

milestone-2m =
    Tlo čhavoro si le 2 čhona. Kadale čhonenca, but čhavore:
    – smirinen pe kana vakeres lenca vaj kana les len ande angali,
    – asan kana vakeres lenca vaj kana asas lenđe,
    – ćeren glasura, na numaj roven,
    – hazden o šero kana paše pe per.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-4m =
    Tlo čhavoro si le 4 čhona. Kadale čhonenca, but čhavore:
    – asan korkore te akharen tli pažnja,
    – phenen „uuu“, „aaa“,
    – ićaren o šero lokhes kana ićares len,
    – anen o vasta ko muj.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-6m =
    Tlo čhavoro si le 6 čhona. Kadale čhonenca, but čhavore:
    – prindžaren o manuša save dikhen but drom,
    – asan zurales,
    – ćeren glasura tusa, jekh pala aver,
    – irinen pe katar o per pe dumo,
    – ićaren pe pe vasta kana bešen.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-9m =
    Tlo čhavoro si le 9 čhona. Kadale čhonenca, but čhavore:
    – lađan katar o manuša save na prindžaren vaj ićaren pe tutar,
    – dikhen kana akhares len pe lengo anav,
    – phenen „mamama“, „bababa“,
    – bešen bi žutimasko,
    – roden kodo so lendar perel.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-12m =
    Tlo čhavoro si le 12 čhona. Kadale čhonenca, but čhavore:
    – khelen e vastenca (tapšinen),
    – phenen „pa-pa“ e vastesa,
    – akharen „mama“ vaj „tata“,
    – hazden pe te ačhen pe punre,
    – phiren ićarde pe nameštaj.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-15m =
    Tlo čhavoro si le 15 čhona. Kadale čhonenca, but čhavore:
    – phenen 1-2 alava bi „mama“ thaj „tata“,
    – sikaven angušteasa kana mangen vareso,
    – ćeren nekobor koraka korkore,
    – han korkore angušteenca.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-18m =
    Tlo čhavoro si le 18 čhona. Kadale čhonenca, but čhavore:
    – phenen 3 vaj maj but alava bi „mama“ thaj „tata“,
    – ćeren so phenes lenđe („De man“), vi bi te sikaves e vastesa,
    – phiren korkore,
    – šarinen bojicasa,
    – ćeren o buća ando kher sar tu.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-24m =
    Tlo čhavoro si le 2 berša. Kadale beršenca, but čhavore:
    – phenen duj alava khetane („maj but thud“),
    – sikaven bar 2 kotora katar o trupo,
    – čalaven i lopta punresa,
    – prastan,
    – han rojasa.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-30m =
    Tlo čhavoro si le 2 thaj jepaš berša. Kadale beršenca, but čhavore:
    – phenen pašal 50 alava,
    – phenen duj alava khetane, jekh lendar si buti („žukel prastal“),
    – khelen „sar te“,
    – hutin duje punrenca.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-36m =
    Tlo čhavoro si le 3 berša. Kadale beršenca, but čhavore:
    – vakeren tusa, bar duj drom jekh pala aver,
    – phenen plo anav,
    – ćeren krug kana sikaves len,
    – han viljuškasa.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-48m =
    Tlo čhavoro si le 4 berša. Kadale beršenca, but čhavore:
    – vakeren 4 vaj maj but alava khetane,
    – džanen o anava nekobor bojengo,
    – astaren bari lopta,
    – ando khelipe ćeren pe kaj si vareko aver.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.

milestone-60m =
    Tlo čhavoro si le 5 berša. Kadale beršenca, but čhavore:
    – phenen paramiči bar duje bućenca,
    – ginen dži 10,
    – hutin pe jekh punro,
    – ićaren o pravila thaj ažukeren plo red.

    Te tlo čhavoro na ćerel vareso katar kadava, bistrel vareso so džanelas, vaj vareso daravel tut, ma ažuker: vaker e pedijatresa. Ando Dom zdravlja „Zemun“ si razvojno savetovalište vaš čhavore dži 6 berša.
