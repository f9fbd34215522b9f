"""The words of a minister's portfolio, one list per language, for every reader of a minister's title.

Two readers take a portfolio into a minister's mention: `ministries` where it follows the state's adjective ("le
ministre syrien des Affaires étrangères", "el ministro israelí de Asuntos Estratégicos") and `compose` where it
stands between the title and the country ("la ministra de Hacienda de España", "министр торговли Казахстана").
Both read the same words: a portfolio one of them knows and the other does not is a way of naming a minister read in
one word order and missed in the other. Lower-cased; `ADJECTIVES` are the words that may follow a portfolio's noun
in lower case ("des Affaires étrangères", "de Asuntos Exteriores").
"""

from __future__ import annotations

from typing import Final

# the titles a portfolio follows: a minister, a ministry, a secretary (of state)
TITLES: Final = {
    "fr": frozenset({"ministre", "ministres", "ministère", "secrétaire", "secrétaires"}),
    "es": frozenset({"ministro", "ministra", "ministros", "ministras", "ministerio", "secretario", "secretaria"}),
    "ru": frozenset({"министр", "министра", "министру", "министром", "министре", "министры", "министров", "министрам",
                     "министрами", "министерство", "министерства", "министерству", "министерством", "министерстве"}),
}

ADJECTIVES: Final = {
    "fr": frozenset({"étrangères", "stratégiques", "extérieur", "extérieures", "européennes", "intérieures",
                     "économiques", "nationale", "publique", "publiques"}),
    "es": frozenset({"exteriores", "estratégicos", "económicos", "nacional", "pública", "públicas"}),
}

PORTFOLIOS: Final = {
    "fr": frozenset({"affaires", "défense", "intérieur", "économie", "finances", "commerce", "justice", "armées",
                     "europe", "énergie", "santé", "agriculture", "industrie", "culture", "transports", "travail",
                     "sécurité", "coopération", "environnement", "éducation", "migrations", "mines", "hydrocarbures",
                     "pétrole", "tourisme", "budget", "développement", "infrastructures"}) | ADJECTIVES["fr"],
    "es": frozenset({"asuntos", "relaciones", "defensa", "interior", "economía", "hacienda", "comercio", "justicia",
                     "energía", "energías", "sanidad", "salud", "agricultura", "industria", "cultura", "transporte",
                     "transportes", "trabajo", "seguridad", "cooperación", "educación", "migraciones", "finanzas",
                     "minas", "hidrocarburos", "petróleo", "turismo", "exterior", "producción", "desarrollo",
                     "infraestructura"}) | ADJECTIVES["es"],
    "ru": frozenset({"экономики", "экономического", "развития", "торговли", "промышленности", "финансов",
                     "энергетики", "юстиции", "транспорта", "сельского", "хозяйства", "здравоохранения", "образования",
                     "науки", "культуры", "интеграции", "труда", "внутренних", "дел", "природных", "ресурсов",
                     "экологии", "цифрового", "связи", "строительства", "туризма", "делам", "чрезвычайным",
                     "ситуациям", "нефти", "газа", "водных", "инвестиций", "коммуникаций", "просвещения",
                     "информации", "общественной", "национальной", "государственной", "безопасности"}),
}
