## Protection: a short answer when someone sends too many messages at once

# Sent once when a chat sent too many messages in a short time; further messages are not read until a minute passes.
security-too-many-messages = Too many messages at once. Please wait a minute, then write again.
