"""Interfaces: the `realpolitik` command (cli.py and its commands_<area>.py); the HTTP API and page live in web/."""
