## Samo za Viber: dugme za meni i kratke poruke o porukama koje bot ne može da pročita

# Dugme ispod poruke koja nema svoja dugmad: otvara meni (ili ponavlja pitanje).
viber-button-menu = ☰ Meni
viber-contact-not-needed = Hvala, ali kontakti mi ne trebaju. Izaberi dugme ili napiši odgovor.
viber-message-unsupported = Mogu da pročitam samo tekst, dugmad i poslatu lokaciju. Izaberi dugme ili napiši odgovor.
# Fajl napravljen za ovaj čet (slika sa QR kodom, izvoz podataka) nije mogao da se priloži: server nema javnu adresu za fajlove.
viber-attachment-unavailable = 📎 Sliku ili fajl uz ovu poruku ne mogu da pošaljem ovde u Viberu. Molim te, javi timu koji vodi Čavororo.
