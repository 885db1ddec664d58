"""The messengers, and what every one of them shares.

- ``delivery``: the port the scheduler sends through (:class:`~bot.channels.delivery.Sender`) and its error tree;
- ``service``: a connected messenger as the composition root sees it (:class:`~bot.channels.service.ChannelService`);
- ``background``: the work a channel starts and keeps track of (:class:`~bot.channels.background.BackgroundWork`);
- ``telegram``, ``viber``, ``terminal``: the channels themselves, which never import each other.
"""
