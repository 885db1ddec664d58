### Romani draft: awaiting review by a native speaker
## Te ikales čhavoro, thaj kana mulo čhavoro
# Tone: awaiting review for tone by people who support bereaved families (not reviewed). Short, warm, plain;
# no emoji in the loss messages.

removal-ask-reason = Sosče kames te ikales { $name }?
removal-reason-mistake = ✏️ Ramosardem pogrešno
removal-reason-moved = 🏠 O čhavoro đelo te živil avrethe
removal-reason-died = O čhavoro mulo
removal-reason-other = Aver razlog

loss-condolence =
    But žal manđe vaš tlo čhavoro.
    Ačhavdem sa e poruke pa o čhavoro ({ $name }). Na ka phučav tut maj pa kava čhavoro.
loss-support-mediator = Tli medijatorka si tuće, kana god kames te vorbis.
loss-support-service = Šaj te šunen tut thaj te žutin tut vi e manuša save žutin e familijen:
loss-ask-tell-mediator = Te phenav tla medijatorka, te džanel? Ka phenav lake numaj te kames.
loss-tell-yes = Va, phen lake
loss-tell-no = Na, akana na
loss-mediator-told = Phendem tla medijatorka. Voj ka akharel tut.
loss-mediator-not-told = Khanikase na phendem.
loss-ask-pause = Kana te ramosarav tuće palem pa tle aver čhave?
loss-pause-14 = Pala 2 kurke
loss-pause-30 = Pala 1 čhon
loss-pause-90 = Pala 3 čhona
loss-pause-0 = Dža maj dur akana
loss-paused =
    Palem ka ramosarav tuće katar kava đes: { $date }
    Arakh tut.
loss-carry-on = Ka ramosarav tuće maj dur pa tle aver čhave. Arakh tut.
loss-goodbye = Ake sem te trebuj tuće vareso. Arakh tut.

mediator-notice-child-loss = I familija { $caregiver } hasarda čhavoro. Von mangle te džanes.
