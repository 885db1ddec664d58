### Romani draft: awaiting review by a native speaker
## 🔊 Glasovna poruke (issue 20): o alosaripe ande ⚙️ Podešavanja → 🔔 Podsetnici

settings-voice-on = 🔊 Glasovna poruke: ćeren buti. Kana e kurkeski poruka si la snimko ande tli čhib, avel tuće vi sar glasovno poruka.
settings-voice-off = 🔇 Glasovna poruke: na ćeren buti.
settings-button-voice-on = 🔊 Bičhal vi glasovna poruke
settings-button-voice-off = 🔇 Bi glasovna porukengo
