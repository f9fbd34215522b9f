"""The kinds of fill: how the article filled in a party that no token of its sentence names (`ActorMention.fill`).

Why names of their own: data/confidence/fills.json prices a fill by its kind and eval/fill_precision.py counts
events by it. Keyed by the note a filler leaves (the reader's text, which --misses shows), a note reworded in
article_* dropped its cost without a word (round 50's review); each filler sets one of these beside its note, and
the note stays free to change.
"""

from __future__ import annotations

from typing import Final

# the article's focal dyad and the state it is about (events/article_sides.py)
FOCAL_SIDE: Final = "focal_side"  # a side of the article's focal dyad (appealed to, or whose deal it welcomes)
FOCAL_OTHER: Final = "focal_other"  # the other side of the article's focal dyad
ARTICLE_STATE: Final = "article_state"  # the state the article is about
# a source the article supplies (events/article_fill.py, article_antecedents.py, coder.py)
PRONOUN_LEAD: Final = "pronoun_lead"  # the latest sentence's lead source, which a subject pronoun stands for
PRONOUN_SUBJECT: Final = "pronoun_subject"  # the earlier sentences' latest subject, which a pronoun stands for
INTERVIEWEE: Final = "interviewee"  # the interviewee, the subject of her answer
ADVERSARY_FIGHTING: Final = "adversary_fighting"  # the one adversary the article shows the actor fighting
ADVERSARY_OF_VICTIM: Final = "adversary_of_victim"  # the one adversary of the state a force with no author hit
SANCTIONS_AUTHOR: Final = "sanctions_author"  # the author of the sanctions a measure belongs to
NAMED_AGAIN_AUTHOR: Final = "named_again_author"  # the author of the act a noun names again
OUTCOME_SIDE: Final = "outcome_side"  # a side of the talks or fighting an outcome ended
HOST_AT_ODDS: Final = "host_at_odds"  # the host the article last showed at odds with the envoy's country
# a target the article supplies (events/article_fill.py, article_acts.py, article_answers.py, elections.py)
REACTION: Final = "reaction"  # the other side of the earlier event a reaction answers
REPLY: Final = "reply"  # the author of the earlier event a reply answers
CONDEMNED_ACT_AUTHOR: Final = "condemned_act_author"  # an author of the latest hostile act a condemnation judges
CONDEMNATION_TARGET: Final = "condemnation_target"  # the one the latest condemnation named
CRITICISED_DEAL_SIDE: Final = "criticised_deal_side"  # a side of the latest deal a criticism judges
CLAIMANT: Final = "claimant"  # the one whose claim a denial answers
ENVOY_COUNTRY: Final = "envoy_country"  # the envoy's country, named before
JUDGED_SPEAKER: Final = "judged_speaker"  # the speaker whose words a verdict judges
JUDGED_ACT_AUTHOR: Final = "judged_act_author"  # an author of the act a verdict names by its noun
JUDGED_MEETING_SIDE: Final = "judged_meeting_side"  # a side of the meeting or deal a verdict names by its noun
STEP_AUTHOR: Final = "step_author"  # an author of the step a verdict judges
JUDGED_DEAL_SIDE: Final = "judged_deal_side"  # the other side of the deal a verdict on a step judges
WELCOMED_ACT_AUTHOR: Final = "welcomed_act_author"  # the author of the act a praise welcomes
WELCOMED_DEAL_PARTNER: Final = "welcomed_deal_partner"  # the actor's partner in the deal it welcomes
WELCOMED_DEAL_SIDE: Final = "welcomed_deal_side"  # a side of the deal between two others it welcomes
ANSWERED_ACT_AUTHOR: Final = "answered_act_author"  # the other party of the latest act a reaction answers
DEMAND_AUTHOR: Final = "demand_author"  # the one whose demand a withdrawal answers
EASED_TARGET: Final = "eased_target"  # the target of the measure an easing eases
MEDIATED_PARTY: Final = "mediated_party"  # a party a mediator brought together
OFFERED_SIDE: Final = "offered_side"  # a side an offer of good offices with no side named stands between
ATTENDED_MEETING_SIDE: Final = "attended_meeting_side"  # a side of the meeting the actor attended
TALK_PARTNER: Final = "talk_partner"  # the partner of the talks a demand was voiced in
AID_RECIPIENT: Final = "aid_recipient"  # the recipient of the aid another donor gave before
MET_PARTNER: Final = "met_partner"  # the partner the actor met, told in the same sentence
JUDGED_BEFORE: Final = "judged_before"  # the party the verdict before a coordinated threat or demand judged
ELECTION_STATE: Final = "election_state"  # the state whose election the article told, its winner congratulated
# a fill whose filler set no kind (none known; eval/fill_precision.py counts it apart)
UNKNOWN: Final = "unknown"
