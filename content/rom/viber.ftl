### Romani draft: awaiting review by a native speaker
## Numaj ando Viber: dugme vaš o meni thaj cikne poruke

# O dugme tele jekh poruka bizo dugmad: phravel o meni (vaj phučel palem).
viber-button-menu = ☰ Meni
viber-contact-not-needed = Najis tuke, ali na trebul man kontakti. Alosar jekh dugme vaj ramosar o odgovori.
viber-message-unsupported = Šaj te drabarav numaj tekst, dugmad thaj bičhaldi lokacija. Alosar jekh dugme vaj ramosar o odgovori.
# O fajl ćerdo vaš kava čet (slika e QR kodosa, e podatke) na šaj te priložil pe: o server naj le javno adresa vaš fajlura.
viber-attachment-unavailable = 📎 Na šaj te bičhalav i slika vaj o fajl kale porukaja ando Viber. Phen kodo e timoske kaj ljidžal o Čavororo.
