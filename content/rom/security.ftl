### Romani draft: awaiting review by a native speaker
## Arakhipe: cikno odgovori kana varekon bičhalel but poruke jekhvareste

# Jekhvar, kana o čet bičhalda but poruke ande cikni vrjama; e avere poruke na drabarenpe dži kaj na nakhel jekh minuta.
security-too-many-messages = But poruke jekhvareste. Užar jekh minuta, pa ramosar palem.
