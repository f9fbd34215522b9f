"""The readers of within-article references, one kind a module (actors/references.py runs them over an article):
history (what the article named so far: `History`, a sentence's `Seen`), counted (counted groups, "the sides",
"they"), offices (office holders in the plural), members (members and fixed groups), own (the own country, the
neighbour), bodies (bodies and short names), descriptions (descriptions and regions), roles (role words, crowds),
demonyms ("the Europeans" for the European states listed last), and data (their words, data/actors/references.yaml).

A name one of these modules reads from another is public (no leading underscore); what a module keeps to itself is
private. The package imports nothing here: a reader imports the module it needs.
"""
