"""The live screens in any browser on the room's network: the speaker's timer, the interpreters'
view and the chair's view, read-only, served by a small web server that follows the sitting's
journal like every other seat.

- ``colours``: the colours every live screen shares, the Qt windows and the pages alike;
- ``payloads``: what each page is sent, built from the live view and the rapporteur's record with
  public names only, every string scrubbed of protected names;
- ``server``: the aiohttp server (``ScreenServer``), on the running asyncio loop (the app's qasync
  loop, or the loop of ``meetingdesk screens``), its addresses and their tokens;
- ``static/``: the pages, plain HTML, CSS and JavaScript.

Importing this package imports no web server: the application starts without aiohttp until
screens are shared.
"""
