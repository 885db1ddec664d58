## Brisanje deteta i gubitak deteta
# Ton: čeka pregled tona od ljudi koji podržavaju porodice u žalosti (nije pregledano). Kratko, toplo i
# jednostavno; bez emodžija u porukama o gubitku.

removal-ask-reason = Zašto želiš da ukloniš dete ({ $name })?
removal-reason-mistake = ✏️ Uneto greškom
removal-reason-moved = 🏠 Dete se odselilo
removal-reason-died = Dete je umrlo
removal-reason-other = Drugi razlog

loss-condolence =
    Mnogo mi je žao zbog tvog gubitka.
    Zaustavio sam sve poruke o detetu ({ $name }). Više te neću pitati za to dete.
loss-support-mediator = Tvoja medijatorka je tu za tebe, kad god želiš da razgovaraš.
loss-support-service = Mogu da te saslušaju i pomognu i ljudi koji pomažu porodicama:
loss-ask-tell-mediator = Da li da javim tvojoj medijatorki, da zna? Javiću joj samo ako se slažeš.
loss-tell-yes = Da, javi joj
loss-tell-no = Ne, ne sada
loss-mediator-told = Javio sam tvojoj medijatorki. Ona će se javiti.
loss-mediator-not-told = Nikome nisam javio.
loss-ask-pause = Kada da ti opet pišem o tvojoj drugoj deci?
loss-pause-14 = Za 2 nedelje
loss-pause-30 = Za 1 mesec
loss-pause-90 = Za 3 meseca
loss-pause-0 = Nastavi sada
loss-paused =
    Opet ću ti pisati od ovog dana: { $date }
    Čuvaj se.
loss-carry-on = Nastaviću da ti pišem o tvojoj drugoj deci. Čuvaj se.
loss-goodbye = Tu sam ako ti zatrebam. Čuvaj se.

mediator-notice-child-loss = Porodica { $caregiver } je izgubila dete. Složili su se da ti javim.
