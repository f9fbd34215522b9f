"""What the ninth French wire set (eval/gold/wire_fr9.jsonl: the summits of 2025, the Sahel, Sudan, expulsions,
elections and their reactions, sanctions on a head of state, the South China Sea, recognitions of Palestine) showed
the coder missing or printing wrongly. Each fix is a way French (and, where the class exists there, another language)
says things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

from extracted import country_keys

ON = date(2026, 3, 11)


def test_doing_the_same_repeats_the_act_before() -> None:
    """"a fait de même", "en a fait autant", "a suivi l'exemple", "avait déjà franchi le pas":
    the act told just before, again, with the new subject (French had none of these phrases; the other languages
    had theirs)."""
    cases = [
        ("L'Irlande a reconnu l'État de Palestine mardi. La Slovénie a fait de même mercredi.",
         ("SVN", "PSE", "SUPPORT")),
        ("Le Togo a rappelé son ambassadeur à Niamey. Le Bénin en a fait autant le lendemain.",
         ("BEN", "NER", "SANCTION")),
        ("La Lituanie a expulsé un diplomate bélarusse. La Lettonie a suivi le mouvement vendredi.",
         ("LVA", "BLR", "SANCTION")),
        ("Le Japon a imposé des sanctions à la Corée du Nord. La Corée du Sud a suivi l'exemple.",
         ("KOR", "PRK", "SANCTION")),
        ("La Norvège a reconnu la Palestine l'an dernier. L'Espagne avait déjà franchi le pas.",
         ("ESP", "PSE", "SUPPORT")),
    ]
    for text, key in cases:
        found = country_keys(text, "fr", published=ON)
        assert key in found, (text, found)


def test_a_list_with_articles_does_the_same() -> None:
    """"Le Chili, le Pérou et la Bolivie ont fait de même": the articles before the listed names keep the list whole,
    as commas and "et" do (also in English and Spanish)."""
    found = country_keys("Le Honduras a rompu ses relations avec Taïwan. Le Chili, le Pérou et la Bolivie ont fait "
                         "de même.", "fr", published=ON)
    assert {("CHL", "TWN", "SANCTION"), ("PER", "TWN", "SANCTION"), ("BOL", "TWN", "SANCTION")} <= found, found
    found = country_keys("Estonia expelled a Russian diplomat. The Netherlands, the Czech Republic and Finland did the "
                         "same.", "en", published=ON)
    assert {("NLD", "RUS", "SANCTION"), ("CZE", "RUS", "SANCTION"), ("FIN", "RUS", "SANCTION")} <= found, found
    found = country_keys("Colombia retiró a su embajador en Israel. Chile, el Perú y Bolivia hicieron lo mismo.",
                         "es", published=ON)
    assert {("CHL", "ISR", "SANCTION"), ("PER", "ISR", "SANCTION"), ("BOL", "ISR", "SANCTION")} <= found, found


def test_a_step_not_taken_is_no_repeat() -> None:
    """"pourrait franchir le pas d'une rupture": a possible step, with no act of another party to repeat."""
    found = country_keys("Le Gabon a convoqué l'ambassadeur du Cameroun. Le pays pourrait franchir le pas d'une "
                         "rupture.", "fr", published=ON, factual_only=True)
    assert ("GAB", "CMR", "SANCTION") not in found, found


def test_the_state_department_in_lower_case() -> None:
    """French and Spanish copy write "le département d'État", "el departamento de Estado": the US government, as
    the capitalised form is."""
    for text, key in [
        ("Le département d'État a condamné les tirs de la Corée du Nord.", ("USA", "PRK", "ACCUSE")),
        ("Le département d'État a appelé le Soudan à accepter une trêve.", ("USA", "SDN", "REQUEST")),
        ("El departamento de Estado condenó los disparos de Corea del Norte.", ("USA", "PRK", "ACCUSE")),
    ]:
        found = country_keys(text, text.startswith("El") and "es" or "fr", published=ON)
        assert key in found, (text, found)


def test_a_friendly_name_in_quotation_marks_is_no_criticism() -> None:
    """"a qualifié la Russie d'« ami fiable »": the elided "d'" before a quotation mark is one word, as before a letter,
    so the friendly name is read as in "d'ami" (no ACCUSE), and the verdicts after "d'«" still criticise."""
    found = country_keys("Le président sénégalais a qualifié la Turquie d'« ami fiable ».", "fr", published=ON)
    assert not {k for k in found if k[2] == "ACCUSE"}, found
    found = country_keys("Le ministre grec a qualifié d'« amitié sincère » les liens avec Chypre.", "fr", published=ON)
    assert not {k for k in found if k[2] == "ACCUSE"}, found
    found = country_keys("Le ministre turc a qualifié le gouvernement suédois d'« irresponsable ».", "fr",
                         published=ON)
    assert ("TUR", "SWE", "ACCUSE") in found, found


def test_not_doing_the_same_is_negated() -> None:
    """"L'Autriche n'a pas fait de même", "Austria did not do the same", "Austria no hizo lo mismo": the repeated act
    did not happen (a negated copy, in every language that has the phrases)."""
    for text, lang in [("L'Irlande a reconnu la Palestine. L'Autriche n'a pas fait de même.", "fr"),
                       ("Ireland recognised Palestine. Austria did not do the same.", "en"),
                       ("Irlanda reconoció a Palestina. Austria no hizo lo mismo.", "es")]:
        found = country_keys(text, lang, published=ON, negation=True)
        assert ("AUT", "PSE", "SUPPORT", True) in found, (text, found)
        assert ("AUT", "PSE", "SUPPORT", False) not in found, (text, found)


def test_a_bare_appeal_is_made_to_no_one() -> None:
    """After a quarrel between two states, a third party's appeal that asks nothing of them ("a plaidé pour une
    réforme du Conseil de sécurité", "a appelé à manifester") is addressed to no one; an appeal to restraint, or one
    to "toutes les parties", still goes to both sides (French and English)."""
    row = "La Serbie a accusé le Kosovo de provocations. Pristina a rejeté les accusations de Belgrade. "
    for tail in ["Le secrétaire général de l'ONU a plaidé pour une réforme du Conseil de sécurité.",
                 "À Genève, le secrétaire général de l'ONU a appelé à manifester pour le climat."]:
        found = country_keys(row + tail, "fr", published=ON)
        assert not {k for k in found if k[0] == "UN"}, (tail, found)
    for tail in ["Le secrétaire général de l'ONU a appelé toutes les parties à respecter les accords.",
                 "Le secrétaire général de l'ONU a appelé à la retenue."]:
        found = country_keys(row + tail, "fr", published=ON)
        assert {("UN", "SRB", "REQUEST"), ("UN", "XKX", "REQUEST")} <= found, (tail, found)
    row = "Serbia accused Kosovo of provocations. Pristina rejected Belgrade's accusations. "
    found = country_keys(row + "The UN Secretary-General called for a reform of the Security Council.", "en",
                         published=ON)
    assert not {k for k in found if k[0] == "UN"}, found
    found = country_keys(row + "The UN Secretary-General called on all parties to honour the agreements.", "en",
                         published=ON)
    assert {("UN", "SRB", "REQUEST"), ("UN", "XKX", "REQUEST")} <= found, found


def test_a_state_in_the_subjects_description_is_not_the_target() -> None:
    """"Washington, lié à Manille par un traité ..., a condamné les actions de la Chine": the name after a preposition
    in a descriptive apposition of the subject qualifies the subject; the verb's own object after it is the target
    (also in Spanish). Alone, the apposition's place may still be the addressee ("en visite à Kiev ... a réaffirmé
    son soutien")."""
    for text, lang, key, wrong in [
        ("Le Japon, lié à l'Australie par un accord de défense depuis 2023, a condamné les manœuvres de la Chine.",
         "fr", ("JPN", "CHN", "ACCUSE"), ("JPN", "AUS", "ACCUSE")),
        ("Les États-Unis, liés à la Corée du Sud par un traité d'alliance, ont exprimé leur inquiétude face aux tirs "
         "nord-coréens.", "fr", ("USA", "PRK", "ACCUSE"), ("USA", "KOR", "ACCUSE")),
        ("Japón, vinculado a Australia por un acuerdo de defensa desde 2023, condenó las maniobras de China.", "es",
         ("JPN", "CHN", "ACCUSE"), ("JPN", "AUS", "ACCUSE")),
    ]:
        found = country_keys(text, lang, published=ON)
        assert key in found and wrong not in found, (text, found)
    found = country_keys("Le ministre norvégien, en visite à Kiev depuis lundi, a réaffirmé son soutien.", "fr",
                         published=ON)
    assert ("NOR", "UKR", "SUPPORT") in found, found
