## 🔊 Glasovne poruke (issue 20): izbor u ⚙️ Podešavanja → 🔔 Podsetnici

settings-voice-on = 🔊 Glasovne poruke: uključene. Kad nedeljna poruka ima snimak na tvom jeziku, stiže ti i kao glasovna poruka.
settings-voice-off = 🔇 Glasovne poruke: isključene.
settings-button-voice-on = 🔊 Šalji i glasovne poruke
settings-button-voice-off = 🔇 Bez glasovnih poruka
