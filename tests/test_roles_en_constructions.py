"""English constructions by which news says who did what to whom in long sentences (round 10, issue 10): a
breadth check of the role finder written from the grammar, not from articles. Each sentence is our own; `must`
are the facts it states, `may` facts a reader could defend, anything else is an extra. Keys are three-letter
state codes (organisations whole); AGREE and CONSULT are order-free, as the scorer treats them. Sentences the
coder does not read yet are xfail: the checklist of what is left."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of

_ORGS = frozenset({"EU", "UN", "NATO", "CSTO", "BRICS", "SCO", "ECOWAS", "OAS", "AU", "ASEAN", "ICJ", "ICC", "IAEA"})
_MUTUAL = ("AGREE", "CONSULT")


def _code(code: str | None) -> str:
    return "-" if not code else code if code in _ORGS else code[:3]


def _key(source: str, target: str, plover: str) -> str:
    """"A>B:TYPE"; "A-B:TYPE" (sorted) for the order-free types; a trailing "~" marks a negated fact."""
    if plover.rstrip("~") in _MUTUAL and "-" not in (source, target):
        a, b = sorted((source, target))
        return f"{a}-{b}:{plover}"
    return f"{source}>{target}:{plover}"


def _parse(keys: str) -> set[str]:
    out = set()
    for k in keys.split():
        pair, plover = k.split(":")
        source, target = pair.split(">") if ">" in pair else pair.split("-")
        out.add(_key(source, target, plover))
    return out


def _keys(text: str) -> set[str]:
    return {_key(_code(e.source), _code(e.target), e.plover + ("~" if e.negated else ""))
            for e in events_of(text, "en", date(2025, 6, 4))}


_TODO = pytest.mark.xfail(reason="construction not read yet", strict=False)

CASES = [
    # C1 reported speech: X said (that) Y ...
    ('C1',
     'Russian Foreign Minister Sergei Lavrov said on Tuesday that Ukraine had launched dozens of '
     'drones at Belgorod overnight and that Moscow would respond to what he called a provocation '
     'backed by Britain and France.',
     'UKR>RUS:ASSAULT',
     'RUS>UKR:THREATEN'),
    ('C1',
     'The Chinese foreign ministry said on Monday that Japan had expelled two Chinese diplomats, a '
     'week after Tokyo accused Beijing of spying on its defence industry.',
     'JPN>CHN:SANCTION JPN>CHN:ACCUSE',
     ''),
    ('C1',
     "Iran's foreign minister said that Israel had struck a military base near Isfahan, and accused "
     'the United States of supplying the bombs used in the attack.',
     'ISR>IRN:ASSAULT IRN>USA:ACCUSE',
     ''),
    pytest.param('C1',
     'Indian officials said Pakistan had shelled villages along the Line of Control, adding that New '
     "Delhi had summoned Pakistan's deputy high commissioner to protest.",
     'PAK>IND:ASSAULT IND>PAK:ACCUSE',
     '', marks=_TODO),
    # C2 postposed speech: Y ..., X said
    ('C2',
     "Russian forces struck energy facilities in the Kharkiv region overnight, Ukraine's air force "
     'said on Sunday, adding that Poland had scrambled fighter jets as a precaution.',
     'RUS>UKR:ASSAULT',
     'POL>-:MOBILIZE'),
    ('C2',
     'Venezuela has expelled the ambassadors of Argentina and Chile, the foreign ministry in Caracas '
     'said on Friday, accusing both governments of backing the opposition.',
     'VEN>ARG:SANCTION VEN>CHL:SANCTION',
     'VEN>ARG:ACCUSE VEN>CHL:ACCUSE'),
    ('C2',
     'China has imposed sanctions on three American defence companies over their arms sales to Taiwan,'
     ' the commerce ministry in Beijing said on Thursday.',
     'CHN>USA:SANCTION',
     'USA>TWN:AID'),
    ('C2',
     'Israel killed a senior Hezbollah commander in an air strike on Beirut, the Israeli military '
     "said, while Lebanon's prime minister condemned the attack as a violation of Lebanese "
     'sovereignty.',
     'ISR>LBN:ASSAULT LBN>ISR:ACCUSE',
     ''),
    # C3 according to X, Y ...
    ('C3',
     'According to Syrian state media, Israel struck military targets near Damascus overnight, a day '
     'after Turkey condemned Israeli operations in southern Syria.',
     'ISR>SYR:ASSAULT TUR>ISR:ACCUSE',
     ''),
    ('C3',
     'According to the Kremlin, Russia and Belarus signed an agreement on Friday on the deployment of '
     'tactical nuclear weapons in Belarus, which Lithuania has called a threat to the region.',
     'BLR-RUS:AGREE',
     'LTU>BLR:ACCUSE LTU>RUS:ACCUSE'),
    ('C3',
     'According to Japanese officials, Chinese coast guard vessels used water cannon against a '
     'Philippine supply boat near the Second Thomas Shoal on Saturday.',
     'CHN>PHL:COERCE',
     ''),
    pytest.param('C3',
     'According to diplomats in Brussels, Hungary blocked a new package of EU sanctions against Russia'
     ' on Wednesday, angering Poland and the Baltic states.',
     'HUN>EU:REJECT',
     'EU>RUS:SANCTION', marks=_TODO),
    # C4 quote + verb + X
    ('C4',
     '"We will not accept any foreign bases on our soil," Venezuelan President Nicolas Maduro told '
     'reporters after meeting Russian President Vladimir Putin in Moscow.',
     'RUS-VEN:CONSULT',
     ''),
    pytest.param('C4',
     '"Beijing must stop its provocations in the South China Sea," Philippine Foreign Secretary '
     'Enrique Manalo said after talks with his Japanese counterpart in Manila.',
     'PHL>CHN:REQUEST JPN-PHL:CONSULT',
     'PHL>CHN:ACCUSE', marks=_TODO),
    ('C4',
     '"Israel has crossed every red line," Turkish President Recep Tayyip Erdogan said on Thursday, '
     'announcing that Ankara would halt all trade with Israel.',
     'TUR>ISR:SANCTION',
     'TUR>ISR:ACCUSE'),
    pytest.param('C4',
     '"Russia is waging a war against all of Europe," said Polish Prime Minister Donald Tusk, who met '
     'the leaders of Denmark and Sweden in Warsaw.',
     'POL>RUS:ACCUSE DNK-POL:CONSULT POL-SWE:CONSULT',
     'DNK>POL:CONSULT SWE>POL:CONSULT', marks=_TODO),
    # C5 adverbial subordinate clauses
    ('C5',
     'After Iran seized a British-flagged tanker in the Strait of Hormuz, the United Kingdom summoned '
     'the Iranian ambassador and France condemned the seizure.',
     'IRN>GBR:COERCE GBR>IRN:ACCUSE FRA>IRN:ACCUSE',
     ''),
    ('C5',
     'While Armenia and Azerbaijan held talks in Washington, Russia accused the United States of '
     'trying to push Moscow out of the South Caucasus.',
     'ARM-AZE:CONSULT RUS>USA:ACCUSE',
     'ARM>USA:CONSULT AZE>USA:CONSULT USA>ARM:CONSULT USA>AZE:CONSULT'),
    ('C5',
     'When the Chinese foreign minister visited Berlin last week, the European Union pressed Beijing '
     "to stop supplying components to Russia's arms industry.",
     'CHN>DEU:CONSULT EU>CHN:REQUEST',
     ''),
    ('C5',
     'Although Egypt and Qatar had brokered a ceasefire between Israel and Hamas in January, Israeli '
     'forces resumed strikes on Gaza in March, killing hundreds of people.',
     'ISR>PSE:ASSAULT',
     'ISR-PSE:AGREE EGY>ISR:CONSULT EGY>PSE:CONSULT QAT>ISR:CONSULT QAT>PSE:CONSULT'),
    # C6 participle clauses
    ('C6',
     'Citing security concerns, Lithuania expelled three Russian diplomats on Monday, joining Latvia '
     'and Estonia, which took similar steps last month.',
     'LTU>RUS:SANCTION',
     'LVA>RUS:SANCTION EST>RUS:SANCTION'),
    pytest.param('C6',
     'Israel struck Hezbollah positions in southern Lebanon on Tuesday, accusing the group of '
     'violating the ceasefire brokered by the United States and France.',
     'ISR>LBN:ASSAULT ISR>LBN:ACCUSE',
     'USA>ISR:CONSULT USA>LBN:CONSULT FRA>ISR:CONSULT FRA>LBN:CONSULT ISR-LBN:AGREE', marks=_TODO),
    ('C6',
     "Speaking after a meeting with Chinese President Xi Jinping, Brazil's President Luiz Inacio Lula "
     'da Silva said his country would not join any sanctions against Russia.',
     'BRA-CHN:CONSULT',
     'BRA>RUS:SANCTION~'),
    ('C6',
     'Flanked by the leaders of Poland and the Baltic states, German Chancellor Friedrich Merz accused'
     ' Russia of waging a hybrid war against Europe.',
     'DEU>RUS:ACCUSE',
     ''),
    # C7 relative clause on the subject
    ('C7',
     'Qatar, which has mediated between Israel and Hamas for months, condemned on Tuesday an Israeli '
     'strike on Doha that killed five people.',
     'QAT>ISR:ACCUSE ISR>QAT:ASSAULT',
     'QAT>ISR:CONSULT QAT>PSE:CONSULT'),
    ('C7',
     'Russia, which invaded Ukraine in 2022, signed a mutual defence treaty with North Korea on '
     'Wednesday during a visit by Vladimir Putin to Pyongyang.',
     'PRK-RUS:AGREE RUS>PRK:CONSULT',
     'RUS>UKR:ASSAULT'),
    ('C7',
     'India, which buys most of its oil from Russia, abstained in the vote, while France and Britain '
     'condemned Moscow for the missile attack on Kyiv.',
     'FRA>RUS:ACCUSE GBR>RUS:ACCUSE',
     'RUS>UKR:ASSAULT'),
    ('C7',
     'Serbia, whose president has refused to sanction Moscow, signed a deal with China on Monday to '
     'buy more air defence systems.',
     'CHN-SRB:AGREE',
     'SRB>RUS:REJECT SRB>RUS:SANCTION~'),
    # C8 relative clause on the object
    ('C8',
     "The United States imposed sanctions on Iran's oil minister, whom it accuses of funnelling money "
     'to the Houthi rebels attacking ships in the Red Sea.',
     'USA>IRN:SANCTION USA>IRN:ACCUSE',
     'IRN>YEM:AID'),
    pytest.param('C8',
     'Poland closed the last Russian consulate on its territory, which Warsaw blamed for a wave of '
     'sabotage on its railways.',
     'POL>RUS:SANCTION POL>RUS:ACCUSE',
     '', marks=_TODO),
    pytest.param('C8',
     'Armenia recalled its ambassador from Belarus, whose president had said that he supported '
     'Azerbaijan in the 2020 war.',
     'ARM>BLR:SANCTION',
     'BLR>AZE:SUPPORT ARM>BLR:REDUCE', marks=_TODO),
    pytest.param('C8',
     'China protested to Japan over remarks by Prime Minister Sanae Takaichi, who said that a Chinese '
     'attack on Taiwan could trigger a military response from Tokyo.',
     'CHN>JPN:ACCUSE',
     'JPN>CHN:THREATEN', marks=_TODO),
    # C9 appositions
    ('C9',
     'Belarus, a close ally of Russia, has released dozens of political prisoners after talks with a '
     'United States envoy, Lithuania said on Thursday.',
     'BLR-USA:CONSULT',
     'BLR>USA:RETREAT'),
    pytest.param('C9',
     'Viktor Orban, the Hungarian prime minister and a frequent critic of Brussels, met Donald Trump '
     'at the White House on Friday and praised his efforts to end the war in Ukraine.',
     'HUN-USA:CONSULT HUN>USA:SUPPORT',
     '', marks=_TODO),
    ('C9',
     "Mohammed bin Salman, Saudi Arabia's crown prince, hosted Syria's interim president Ahmed al-"
     'Sharaa in Riyadh, days after Washington lifted its sanctions on Damascus.',
     'SAU-SYR:CONSULT',
     'USA>SYR:RETREAT USA>SYR:YIELD USA>SYR:SANCTION~'),
    pytest.param('C9',
     "Kaja Kallas, the EU's foreign policy chief, accused China of enabling Russia's war, while Wang "
     "Yi, China's foreign minister, rejected the charge.",
     'EU>CHN:ACCUSE CHN>EU:REJECT',
     '', marks=_TODO),
    # C10 coordinated subjects and verbs
    ('C10',
     'Britain, France and Germany triggered the snapback mechanism on Tuesday, accusing Iran of '
     'failing to meet its nuclear commitments.',
     'GBR>IRN:ACCUSE FRA>IRN:ACCUSE DEU>IRN:ACCUSE',
     'GBR>IRN:SANCTION FRA>IRN:SANCTION DEU>IRN:SANCTION'),
    ('C10',
     'Egypt and Qatar condemned the Israeli strike on Gaza and called on the United States to pressure'
     ' Israel into restoring the ceasefire.',
     'EGY>ISR:ACCUSE QAT>ISR:ACCUSE EGY>USA:REQUEST QAT>USA:REQUEST',
     'ISR>PSE:ASSAULT'),
    pytest.param('C10',
     "Japan's prime minister met South Korea's president in Seoul on Saturday and signed an agreement "
     'on sharing intelligence about North Korean missile launches.',
     'JPN-KOR:CONSULT JPN-KOR:AGREE',
     '', marks=_TODO),
    ('C10',
     "Russia attacked Ukraine's power grid overnight and warned the United States that it would strike"
     ' any new long-range weapons supplied to Kyiv.',
     'RUS>UKR:ASSAULT',
     'RUS>USA:THREATEN'),
    ('C10',  # a reciprocal act of two coordinated subjects: each acts on the other
     'North Korean leader Kim Jong Un and US President Donald Trump traded insults in 2017.',
     'PRK>USA:ACCUSE USA>PRK:ACCUSE',
     ''),
    # C11 passive with agent
    ('C11',
     'Ukraine was criticised by Hungary and Slovakia on Monday for the drone attacks on the Druzhba '
     'pipeline, which carries Russian oil to central Europe.',
     'HUN>UKR:ACCUSE SVK>UKR:ACCUSE',
     'UKR>HUN:ASSAULT UKR>SVK:ASSAULT UKR>RUS:ASSAULT'),
    ('C11',
     'The Russian ambassador was summoned by the Czech foreign ministry on Wednesday after Prague '
     'accused Moscow of a cyberattack on its railway network.',
     'CZE>RUS:ACCUSE',
     'RUS>CZE:ASSAULT RUS>CZE:COERCE'),
    ('C11',
     'The peace agreement was signed by Armenia and Azerbaijan at the White House in the presence of '
     'Donald Trump, who called it a historic day.',
     'ARM-AZE:AGREE',
     'USA>ARM:CONSULT USA>AZE:CONSULT ARM>USA:CONSULT AZE>USA:CONSULT'),
    pytest.param('C11',
     "Iran's nuclear sites were struck by American B-2 bombers on Sunday, days after Israel had "
     'launched its own air campaign against the Islamic Republic.',
     'USA>IRN:ASSAULT ISR>IRN:ASSAULT',
     '', marks=_TODO),
    # C12 passive without agent
    pytest.param('C12',
     'Three Iranian diplomats were expelled from Australia on Tuesday after the government in Canberra'
     ' linked Tehran to arson attacks on Jewish sites in Sydney and Melbourne.',
     'AUS>IRN:SANCTION AUS>IRN:ACCUSE',
     'IRN>AUS:ASSAULT', marks=_TODO),
    pytest.param('C12',
     'Sanctions were imposed on two Chinese refineries accused of buying Iranian oil, the US Treasury '
     'said on Thursday.',
     'USA>CHN:SANCTION',
     '', marks=_TODO),
    ('C12',
     'Ukrainian ports were attacked overnight, Kyiv said, accusing Russia of targeting grain shipments'
     ' bound for Egypt.',
     'UKR>RUS:ACCUSE',
     'RUS>UKR:ASSAULT'),
    # C13 nominalisations
    pytest.param('C13',
     "China's condemnation of the Japanese prime minister's remarks on Taiwan came as Beijing "
     'announced new restrictions on seafood imports from Japan.',
     'CHN>JPN:ACCUSE CHN>JPN:SANCTION',
     '', marks=_TODO),
    ('C13',
     'The sanctions imposed by the European Union on Belarus after the 2020 election have been '
     'extended by another year, the council said.',
     'EU>BLR:SANCTION',
     ''),
    ('C13',
     "Pakistan's expulsion of Afghan refugees has drawn criticism from the United Nations, while Kabul"
     ' accused Islamabad of violating international law.',
     'AFG>PAK:ACCUSE UN>PAK:ACCUSE',
     'PAK>AFG:SANCTION PAK>AFG:COERCE'),
    ('C13',
     "Following Russia's annexation of four Ukrainian regions, Canada and Australia announced new "
     'sanctions on Moscow.',
     'CAN>RUS:SANCTION AUS>RUS:SANCTION',
     'RUS>UKR:ASSAULT RUS>UKR:COERCE'),
    # C14 infinitive complements (control)
    ('C14',
     'The United States urged Israel to allow more aid into Gaza and pressed Egypt to reopen the Rafah'
     ' crossing, a senior State Department official said.',
     'USA>ISR:REQUEST USA>EGY:REQUEST',
     ''),
    pytest.param('C14',
     'Russia agreed with Turkey to set up a joint monitoring centre in Syria after talks in Sochi '
     'between Vladimir Putin and Recep Tayyip Erdogan.',
     'RUS-TUR:AGREE RUS-TUR:CONSULT',
     'TUR>RUS:CONSULT', marks=_TODO),
    pytest.param('C14',
     'Germany asked Poland to extradite a Ukrainian suspect in the Nord Stream sabotage, but a court '
     'in Warsaw refused to hand him over.',
     'DEU>POL:REQUEST POL>DEU:REJECT',
     '', marks=_TODO),
    ('C14',
     'Saudi Arabia persuaded the United States to lift its sanctions on Syria, Syrian Foreign Minister'
     ' Asaad al-Shaibani said after meeting his Saudi counterpart.',
     'SAU-SYR:CONSULT',
     'SAU>USA:REQUEST USA>SYR:RETREAT USA>SYR:YIELD'),
    # C15 fronted phrase / topicalisation
    pytest.param('C15',
     'With China, Russia has signed more than twenty agreements this year, Kremlin aide Yuri Ushakov '
     'said, while India has signed five.',
     'CHN-RUS:AGREE',
     '', marks=_TODO),
    pytest.param('C15',
     'Against Venezuela, Washington has deployed warships and fighter jets to the Caribbean, while '
     'Caracas accused the United States of preparing an invasion.',
     'USA>VEN:MOBILIZE VEN>USA:ACCUSE',
     '', marks=_TODO),
    pytest.param('C15',
     'To Ukraine, Germany has delivered four more Patriot systems this year, Defence Minister Boris '
     'Pistorius said in Kyiv, urging other allies to follow.',
     'DEU>UKR:AID',
     'DEU>UKR:CONSULT', marks=_TODO),
    # C16 negation and modality scope
    ('C16',
     "China has not condemned Russia's invasion of Ukraine, but it has criticised the United States "
     'for supplying weapons to Kyiv.',
     'CHN>USA:ACCUSE',
     'CHN>RUS:ACCUSE~ USA>UKR:AID RUS>UKR:ASSAULT'),
    pytest.param('C16',
     "Israel could strike Iran's nuclear sites again if Tehran resumes enrichment, Defence Minister "
     'Israel Katz said, while Washington called on Iran to return to talks.',
     'ISR>IRN:THREATEN USA>IRN:REQUEST',
     '', marks=_TODO),
    pytest.param('C16',
     "Venezuela refused to recognise Guyana's claim to the Essequibo region and rejected a ruling by "
     'the International Court of Justice.',
     'VEN>GUY:REJECT',
     'VEN>GUY:SUPPORT~ VEN>ICJ:REJECT', marks=_TODO),
    pytest.param('C16',
     'India has denied that its forces crossed into Pakistan-administered Kashmir, after Islamabad '
     'accused New Delhi of violating the ceasefire.',
     'IND>PAK:REJECT PAK>IND:ACCUSE',
     'IND>PAK:ASSAULT~ IND>PAK:COERCE~', marks=_TODO),
    # C17 lists of targets
    ('C17',
     'Russia has banned entry to 21 British officials and imposed sanctions on officials from Canada, '
     'Australia and New Zealand, the foreign ministry said.',
     'RUS>GBR:SANCTION RUS>CAN:SANCTION RUS>AUS:SANCTION RUS>NZL:SANCTION',
     ''),
    ('C17',
     "Ukraine's president thanked the United States, Germany, Britain and France for their military "
     'aid on Monday.',
     'UKR>USA:SUPPORT UKR>DEU:SUPPORT UKR>GBR:SUPPORT UKR>FRA:SUPPORT',
     'USA>UKR:AID DEU>UKR:AID GBR>UKR:AID FRA>UKR:AID'),
    ('C17',
     'Algeria recalled its ambassadors from France, Spain and Morocco over their positions on Western '
     'Sahara.',
     'DZA>FRA:SANCTION DZA>ESP:SANCTION DZA>MAR:SANCTION',
     'DZA>FRA:REDUCE DZA>ESP:REDUCE DZA>MAR:REDUCE'),
    ('C17',  # a second phrase whose preposition is left out, with the same time phrase after it
     'Canada signed similar defence pacts with Chile in 2019 and Peru in 2021.',
     'CAN-CHL:AGREE CAN-PER:AGREE',
     ''),
    ('C17',
     'The United States imposed sanctions on Iran in May and Venezuela in June.',
     'USA>IRN:SANCTION USA>VEN:SANCTION',
     ''),
    # C18 time/place phrases holding state names
    pytest.param('C18',
     'At the UN General Assembly in New York, India abstained while Brazil and South Africa voted '
     'against a resolution condemning Russia.',
     '',
     'UN>RUS:ACCUSE BRA>UN:REJECT ZAF>UN:REJECT', marks=_TODO),
    ('C18',
     'On the sidelines of the G20 summit in South Africa, Chinese Premier Li Qiang met Japanese Prime '
     'Minister Sanae Takaichi.',
     'CHN-JPN:CONSULT',
     ''),
    ('C18',
     'In Riyadh on Tuesday, the United States and Russia agreed to restore the staff of their '
     'embassies, without Ukraine at the table.',
     'RUS-USA:AGREE',
     'RUS-USA:CONSULT'),
    pytest.param('C18',
     'During a visit to Beijing, French President Emmanuel Macron urged China to press Russia to end '
     'the war in Ukraine.',
     'FRA>CHN:CONSULT FRA>CHN:REQUEST',
     'CHN>RUS:REQUEST', marks=_TODO),
    # C19 precision traps: topic, possessor, background actor, place, bystander
    ('C19',
     'Turkish and Greek officials discussed Libya and Syria during talks in Athens on Monday.',
     'GRC-TUR:CONSULT',
     'TUR>GRC:CONSULT'),
    ('C19',
     "Russia's ambassador to Germany criticised Berlin's decision to send Taurus missiles to Ukraine.",
     'RUS>DEU:ACCUSE',
     'DEU>UKR:AID'),
    pytest.param('C19',
     "Japan's foreign minister, who visited China and South Korea last month, accused North Korea of "
     'firing missiles over Hokkaido.',
     'JPN>PRK:ACCUSE',
     'JPN>CHN:CONSULT JPN>KOR:CONSULT PRK>JPN:ASSAULT', marks=_TODO),
    ('C19',
     'Finland, which joined NATO after Russia invaded Ukraine, closed its border with Russia on '
     'Thursday, accusing Moscow of sending migrants.',
     'FIN>RUS:ACCUSE',
     'FIN>RUS:SANCTION FIN-NATO:AGREE RUS>UKR:ASSAULT'),
    pytest.param('C19',
     'A Russian drone crashed in a field in eastern Romania, and Bucharest summoned the Russian '
     'ambassador on Saturday.',
     'ROU>RUS:ACCUSE',
     '', marks=_TODO),
    ('C19',
     'Iranian-backed Houthi rebels fired missiles at ships in the Red Sea off Yemen, and the United '
     'States and Britain struck Houthi targets in Sanaa.',
     'USA>YEM:ASSAULT GBR>YEM:ASSAULT',
     ''),
    pytest.param('C19',
     "The foreign ministers of Germany and France met in Paris to discuss Iran's nuclear programme and"
     " China's support for Russia.",
     'DEU-FRA:CONSULT',
     '', marks=_TODO),
    # C20 coordinated clauses: a second subject after "and" (not a list of objects)
    ('C20',
     "Russia attacked Ukraine's energy grid overnight and Poland condemned the strikes as reckless, "
     'the Polish foreign ministry said.',
     'RUS>UKR:ASSAULT',
     'POL>RUS:ACCUSE'),
    ('C20',
     'India criticised China over the border clashes and Pakistan welcomed the decision of the Chinese'
     ' government to send troops.',
     'IND>CHN:ACCUSE',
     'PAK>CHN:SUPPORT'),
    pytest.param('C20',
     'The European Union sanctioned Russia and Belarus has announced countermeasures against Lithuania'
     ' and Latvia.',
     'EU>RUS:SANCTION',
     'BLR>LTU:SANCTION BLR>LVA:SANCTION BLR>EU:SANCTION', marks=_TODO),
    ('C20',
     'Turkey said on Monday that Russia and Ukraine agreed to a new prisoner exchange after talks in '
     'Istanbul.',
     'RUS-UKR:AGREE',
     'RUS-UKR:CONSULT'),
    # C21 a subordinate clause after the object ("..., a day after X did")
    ('C21',
     'Israeli jets struck a weapons depot near Damascus on Sunday, hours after Iran warned Israel '
     'against further attacks in Syria.',
     'ISR>SYR:ASSAULT',
     'IRN>ISR:THREATEN IRN>ISR:ACCUSE'),
    ('C21',
     'The United States sanctioned three Chinese firms on Tuesday, a week after Beijing hosted the '
     'leaders of Russia and North Korea.',
     'USA>CHN:SANCTION',
     'CHN-RUS:CONSULT CHN-PRK:CONSULT'),
    # C22 a noun of force with its target, then the verb of its toll: the noun's agent acts on the target (the
    # phrase before the verb is no premodifier of it); beside them, nouns a premodifier does name the agent of
    ('C22',
     'Israeli strikes on southern Lebanon killed a Hezbollah commander and two civilians on Sunday.',
     'ISR>LBN:ASSAULT',
     ''),
    ('C22',
     'US strikes on Venezuela destroyed three boats, the Pentagon said.',
     'USA>VEN:ASSAULT',
     ''),
    ('C22',
     'Russian missile attacks against Kyiv wounded dozens of people overnight.',
     'RUS>UKR:ASSAULT',
     ''),
    ('C22',
     'China condemned US arms sales to Taiwan.',
     'CHN>USA:ACCUSE',
     'USA>TWN:AID'),
    ('C22',
     'Beijing imposed sanctions on two American drone makers in response to new US arms sales to Taiwan.',
     'CHN>USA:SANCTION',
     'USA>TWN:AID'),
    ('C22',
     'The United States imposed sanctions on two refineries from China on Thursday.',
     'USA>CHN:SANCTION',
     ''),
    pytest.param('C22',
     'The United States imposed sanctions on two refineries from China that buy Iranian oil.',
     'USA>CHN:SANCTION',
     '', marks=_TODO),
    ('C22',
     'The European Union criticised China over its support for Russia.',
     'EU>CHN:ACCUSE',
     'CHN>RUS:SUPPORT'),
    ('C22',
     'Moscow protested against EU sanctions on Russian banks.',
     'RUS>EU:PROTEST',
     'EU>RUS:SANCTION'),
    # C23 a participle with its own agent after the object ("missiles supplied by X"): the agent and the names
    # after it belong to the participle; a verdict judges its author
    ('C23',
     'Brazil rejected the draft resolution presented by the United States against Venezuela.',
     'BRA>USA:REJECT',
     ''),
    ('C23',
     'Israel attacked the port of Hodeidah with jets refuelled by the United States.',
     '',
     'ISR>YEM:ASSAULT USA>ISR:AID USA>ISR:COOPERATE'),
    ('C23',
     'Russia struck Kharkiv overnight with drones supplied by Iran.',
     'RUS>UKR:ASSAULT',
     'IRN>RUS:AID'),
    ('C23',
     'Russia criticised the sanctions imposed by the EU on Belarus.',
     'RUS>EU:ACCUSE',
     'EU>BLR:SANCTION'),
    # C24 (round 14) an object-control verb's object is the one asked, not a name inside the infinitive's act
    ('C24',
     'The European Union urged Azerbaijan to stop its shelling of Armenian villages.',
     'EU>AZE:REQUEST',
     'AZE>ARM:ASSAULT'),
    ('C24',
     'Beijing pressed Thailand and Cambodia to end the fighting along their border.',
     'CHN>THA:REQUEST CHN>KHM:REQUEST',
     ''),
    # C25 (round 14) co-agents: "alongside X", "joined X in V-ing": X acts with the subject
    ('C25',
     'Belarusian troops shelled Ukrainian border towns alongside Russian units last spring.',
     'BLR>UKR:ASSAULT RUS>UKR:ASSAULT',
     ''),
    ('C25',
     'Japan joined South Korea in criticising the Chinese drills.',
     'JPN>CHN:ACCUSE KOR>CHN:ACCUSE',
     ''),
    ('C25',
     'New Zealand joined Canada in imposing travel bans on Iranian officials.',
     'NZL>IRN:SANCTION CAN>IRN:SANCTION',
     ''),
    # C26 (round 14) "X said Y struck its ...": the possessive is the speaker's, who is struck
    ('C26',
     'Lebanon said Israel had bombed its southern border crossings on Sunday.',
     'ISR>LBN:ASSAULT',
     ''),
    ('C26',
     'Manila said Chinese ships had rammed two of its fishing boats.',
     'CHN>PHL:COERCE',
     'CHN>PHL:ASSAULT'),
    # C27 (round 14) a participle modifying a common noun, no agent: nobody we know acts ("by X" names one)
    ('C27',
     'Moscow mocked the tanks pledged to Ukraine at the Ramstein meeting.',
     '',
     'RUS>UKR:ACCUSE'),
    ('C27',
     'Hungary said the howitzers delivered to Kyiv in May were the last.',
     '',
     ''),
    ('C27',
     'The drones delivered to Russia by Iran were shown on state television.',
     'IRN>RUS:AID',
     ''),
    # C28 (round 14) a restrictive relative ("firms that supplied X") has the noun before it as its subject
    ('C28',
     'Britain sanctioned Indian companies that sold Russia drone components.',
     'GBR>IND:SANCTION IND>RUS:AID',
     ''),
    ('C28',
     'Canada sanctioned shipping firms that helped Iran export oil to Asia.',
     '',
     ''),
    # C29 (round 17) a possessor's noun ends at a conjunction: the noun of a second verb after "and" is no object of
    # the first verdict ("condemned Russia's decision and expressed solidarity with ...")
    ('C29',
     'The Danish minister condemned Russia\'s decision and expressed solidarity with Finland.',
     'DNK>RUS:ACCUSE DNK>FIN:SUPPORT',
     ''),
    # C30 (round 17) "as well as" joins a second phrase with its preposition repeated
    ('C30',
     'The Chilean president spoke by phone with Lula, as well as with the Mexican president.',
     'CHL-BRA:CONSULT CHL-MEX:CONSULT',
     ''),
    # C31 (round 17) ", and" before a name that a verb follows opens a clause of its own (no list: no name before
    # the comma), the name is no object of the verb before it
    ('C31',
     'Chile and Peru established diplomatic relations on Monday, and Bolivia accused Lima of betrayal.',
     'CHL>PER:SUPPORT PER>CHL:SUPPORT BOL>PER:ACCUSE',
     ''),
    # C32 (round 17) "each other", "one another": coordinated subjects act on each other
    ('C32',
     'Bhutan and Nepal recognised each other.',
     'BTN>NPL:SUPPORT NPL>BTN:SUPPORT',
     ''),
    # C33 (round 17) the owner of a norm a verb says was broken is cited, not judged ("of violating the UN Charter")
    ('C33',
     'Chile accused Peru of violating the UN Charter.',
     'CHL>PER:ACCUSE',
     ''),
    # C34 (round 17) a fronted gerund of meeting ("After meeting X on Monday, Y said") has Y for its subject
    ('C34',
     'After meeting NATO Secretary-General Mark Rutte on Monday, the Serbian president said he expected hard talks.',
     'NATO-SRB:CONSULT',
     ''),
    # C35 (round 17) a demonym before an act noun inside an "of" phrase is its agent, the noun's own "of" phrase
    # what it is done to; the clause's subject takes no part in it
    ('C35',
     'Chile has taken in refugees since the start of the Bolivian invasion of Peru.',
     'BOL>PER:ASSAULT',
     'CHL>PER:AID'),
    ('C35',
     'Chile has been one of Peru\'s firmest allies since the start of the Bolivian invasion.',
     '',
     ''),
    # C36 (round 20) "after" opening a clause whose subject is a possessor's noun: the past verb after it is the
    # clause's act (not "after Russia's invasion", a noun in a phrase, background to the clause)
    ('C36',
     'Paris recalled its envoy a day after Mali\'s ruling generals banned French planes from its skies.',
     'MLI>FRA:SANCTION',
     'FRA>MLI:SANCTION'),
    # C37 (round 20) the object pronoun of a second verb ("and assured him") stands for the person or official the
    # first verb took as its object, as a Romance clitic does ("et l'a invité")
    ('C37',
     'The Chilean president phoned the king of Spain and assured him that Chile would back the plan.',
     'CHL-ESP:CONSULT CHL-ESP:AGREE',
     ''),
    # C38 (round 20) a ranking ("the third country to ..., after X"): X did the same act to the same target first;
    # "after X" names no target
    ('C38',
     'Chile is the third country to cut ties with Iran, after Peru and Bolivia.',
     'CHL>IRN:SANCTION PER>IRN:SANCTION BOL>IRN:SANCTION',
     ''),
    ('C38',
     'Chile became the second country to recall its envoy from Iran after Peru.',
     'CHL>IRN:SANCTION PER>IRN:SANCTION',
     ''),
    ('C38',  # "after Peru" before the infinitive: Peru, nearest, is no subject of its own
     'Chile became the second country after Peru to cut ties with Iran.',
     'CHL>IRN:SANCTION PER>IRN:SANCTION',
     ''),
    # C39 (round 20) "the case brought by X that accuses Y": a text's author says what a restrictive relative
    # clause on it says (not the main clause's subject)
    ('C39',
     'Chile rejected the resolution drafted by France that condemns Russia.',
     'FRA>RUS:ACCUSE',
     'CHL>FRA:REJECT'),
    # C40 (round 20) "after it had to ...": a neuter subject pronoun right after a subordinator stands for the one
    # state named before the clause (not after a complementizer, where it may be the object's: "warned X that it")
    ('C40',
     'For Chile this is a setback, after it had to withdraw its troops from Haiti.',
     'CHL>HTI:RETREAT',
     ''),
    # C41 (round 20) "X, a member of the EU since 2004, expelled ...": a longer apposition worded around a common noun
    # describes the subject; the name inside it (wherever it stands) is no object of the verb
    ('C41',
     'Estonia, a member of the European Union since 2004, expelled two diplomats on Monday.',
     '',
     ''),
    ('C41',
     'Estonia, a member of the European Union since 2004, accused Moscow of jamming GPS signals.',
     'EST>RUS:ACCUSE',
     ''),
    # C42 (round 20) "..., a step that Beijing condemned": a verdict in a relative clause on a noun that sums up the
    # act before the comma judges that act's author (the main clause's subject), not the nearest name
    ('C42',
     'Lithuania allowed Taiwan to open a representative office, a step that Beijing condemned.',
     'CHN>LTU:ACCUSE',
     ''),
    # C43 (round 20) '"...," she added, accusing Moscow of ...': a verb right after a quotation's incise whose speaker
    # is a pronoun acts for the speaker, whom the article named before
    ('C43',
     'The Estonian foreign minister spoke in Tallinn on Tuesday. "We will defend our skies," she added, accusing '
     'Moscow of jamming GPS signals.',
     'EST>RUS:ACCUSE',
     ''),
    # C44 (round 20) '"...," added the minister, accusing ...': a common noun in the incise speaks as a pronoun does
    ('C44',
     'The Lithuanian interior minister visited the border on Friday. "Our patience has limits," said the minister, '
     'blaming Belarus for the smuggling balloons.',
     'LTU>BLR:ACCUSE',
     ''),
    # C45 (round 22) a hostile act made conditional threatens the party its condition names, not a place it speaks of
    ('C45',
     'Turkey could cut ties if the fighting spreads to Lebanon, the Turkish president warned.',
     '',
     ''),
    ('C45',
     'Turkey could cut ties if Israel sends troops into Lebanon, the Turkish president warned.',
     'TUR>ISR:THREATEN',
     'ISR>LBN:COERCE ISR>LBN:ASSAULT'),
    # C46 (round 22) "left without signing": the act after a privative preposition did not happen
    ('C46',
     'The Armenian delegation left Moscow without signing the accord with Azerbaijan.',
     'ARM-AZE:AGREE~',
     ''),
    # C47 (round 22) "despite US warnings against ...": a warning named in a concession was given before, no new threat
    ('C47',
     'Israel struck Rafah despite warnings from the United States against an offensive.',
     'ISR>PSE:ASSAULT',
     ''),
    # C48 (round 22) the names of a concession's noun are no party of the clause's act; criticism named there was
    # voiced before
    ('C48',
     'China sent warships to the strait despite a US warning against escalation.',
     '',
     'CHN>-:MOBILIZE'),
    ('C48',
     'Slovakia signed the gas deal with Hungary despite criticism from the European Commission.',
     'HUN-SVK:AGREE',
     ''),
    # C49 (round 22) "During his visit to X, the minister ...": "his" is the subject after the comma, never the object
    ('C49',
     'During his visit to Algeria, the foreign minister criticised Morocco.',
     '',
     ''),
    ('C49',
     'During his visit to Algeria, the French minister criticised Morocco.',
     'FRA>DZA:CONSULT FRA>MAR:ACCUSE',
     ''),
    # C50 (round 23) a subject noun that is no actor, with an "of" phrase: its owner acts; not after a relational noun
    ('C50',
     'Patrol boats of the Chinese coast guard attacked a Vietnamese fishing vessel near the Paracel Islands.',
     'CHN>VNM:ASSAULT',
     ''),
    ('C50',
     'Critics of the Kremlin accused Ukraine of sabotage.',
     '',
     ''),
    # C51 (round 23) the EU by its office: "the Commission" where the article named the EU, "the trade commissioner"
    ('C51',
     'The EU is weighing new steel duties. The Commission accused India of unfair subsidies on Friday.',
     'EU>IND:ACCUSE',
     ''),
    ('C51',
     'Russia shelled Kharkiv. The Commission accused India of unfair subsidies on Friday.',
     'RUS>UKR:ASSAULT',
     ''),
    ('C51',
     'The trade commissioner criticised Brazil over its steel subsidies.',
     'EU>BRA:ACCUSE',
     ''),
    # C52 (round 23) a verdict on an act with its target: the target is not judged; the act's author is, from context
    ('C52',
     'Russia attacked Mali on Monday. France condemned the attack on Mali.',
     'RUS>MLI:ASSAULT FRA>RUS:ACCUSE',
     ''),
    # C53 (round 24) an official and the capital of his post ("the ambassador in X"): the post is inside the
    # subject's phrase, the official (of his own country) acts
    ('C53',
     'The Russian ambassador in Washington accused Ukraine of sabotage.',
     'RUS>UKR:ACCUSE',
     ''),
    ('C53',
     'The Chinese embassy in Manila condemned the Philippine naval exercises.',
     'CHN>PHL:ACCUSE',
     'PHL>-:MOBILIZE'),
    ('C53',
     "Iran's ambassador in London rejected the British accusations.",
     'IRN>GBR:REJECT',
     'GBR>IRN:ACCUSE'),
    # C54 (round 24) "after Israeli strikes on its nuclear sites": the possessive's antecedent, the subject, was hit
    ('C54',
     'Tehran walked out of the talks after Israeli strikes on its missile factories.',
     'ISR>IRN:ASSAULT',
     'IRN>ISR:SANCTION IRN>-:SANCTION'),
    ('C54',
     'Kenya suspended its cooperation with Interpol after Somali and Ethiopian raids on its border posts.',
     'SOM>KEN:ASSAULT ETH>KEN:ASSAULT',
     'KEN>INT:SANCTION'),
    # C55 (round 24) an accord named after the city it was made in names no party: "the Minsk agreements"
    ('C55',
     'Moscow and Kyiv both said they remained committed to the Doha accord.',
     'RUS-UKR:AGREE',
     ''),
    # C56 (round 24) "with X acting as mediator": the mediator is no side of the mutual act
    ('C56',
     'Armenia and Azerbaijan normalised relations last year, with the United States acting as mediator.',
     'ARM>AZE:SUPPORT AZE>ARM:SUPPORT USA>ARM:CONSULT USA>AZE:CONSULT',
     ''),
    # C57 (round 24) the measure as the subject of a sanction: the author of the sanctions just told imposed it
    ('C57',
     'Britain announced new sanctions on Iran on Tuesday. The measures also ban transactions with two Chinese ports.',
     'GBR>IRN:SANCTION GBR>CHN:SANCTION',
     ''),
    # C58 (round 24) "hit back by ...": a reply in kind, no blow; provenance ("U.S.-made") names no party
    ('C58',
     'Beijing hit back by adding two Canadian firms to its export control list.',
     'CHN>CAN:SANCTION',
     ''),
    ('C58',
     'Denmark and Sweden pledged to fund U.S.-made air defence systems for Ukraine.',
     'DNK>UKR:AGREE SWE>UKR:AGREE',
     ''),
    # C60 (round 24) "over what it called ...": the act noun a verdict names through a free relative is judged, no act
    # of the judge's
    ('C60',
     'Hanoi lodged a protest over what it called "dangerous manoeuvres" by Chinese ships near the Paracels.',
     'VNM>CHN:ACCUSE',
     ''),
    # C59 (round 24) "the two sides" after a meeting held in a third state: the venue is no side
    ('C59',
     'Modi met Xi Jinping in Russia on Tuesday, where the two sides agreed to resume direct flights.',
     'CHN-IND:CONSULT CHN-IND:AGREE',
     ''),
    # C60 (round 24) a pattern from a verb to its object noun, then the marker the rule names its target by: the
    # phrase is the noun's author, the target (not the verb's agent, as after a noun trigger)
    ('C60',
     'Iran rejected accusations by Britain that it had plotted attacks in Europe.',
     'IRN>GBR:REJECT',
     'GBR>IRN:ACCUSE'),
    ('C60',
     'Venezuela rebuffed calls by Brazil to hold new elections.',
     'BRA>VEN:REQUEST',
     'VEN>BRA:REJECT'),
    ('C60',
     'Hamas accepted mediation by Qatar.',
     'PSE>QAT:AGREE',
     ''),
    # C61 (round 24) one's own people held by another state: a demand for their release is made to the holder, a
    # verdict on their arrest judges it (the "by" agent, the place where they are held, the clause's subject)
    ('C61',
     'Moscow called for the release of two Russian journalists detained in Baku.',
     'RUS>AZE:REQUEST',
     ''),
    ('C61',
     'Ottawa demanded that Beijing free three Canadian citizens held in Xinjiang.',
     'CAN>CHN:REQUEST',
     'CHN>CAN:COERCE'),
    ('C61',
     'Germany criticised the arrest of a German journalist in Turkey.',
     'DEU>TUR:ACCUSE',
     'TUR>DEU:COERCE'),
    ('C61',
     'France condemned the killing of two French soldiers in Mali.',
     '',
     ''),
    # C62 (round 25) a denial's content: whom the denied help went to is no accuser where the sentence names the
    # claim's author; whom a denied hostile act hit is the one who complains
    ('C62',
     'Iran dismissed reports from Washington that it had supplied drones to Russia.',
     'IRN>USA:REJECT',
     'IRN>RUS:AID'),
    ('C62',
     'Belarus denied that its helicopters had entered Polish airspace.',
     'BLR>POL:REJECT',
     'BLR>POL:MOBILIZE'),
    # C63 (round 25) a counted reference in apposition to the list it counts ("X and Y, both allies of Z,") names
    # the list again: no second party, and the apposition's genitive is none either
    ('C63',
     'Japan and South Korea, both allies of the United States, signed a defence pact.',
     'JPN-KOR:AGREE',
     ''),
    ('C63',
     'Armenia and Azerbaijan, both former Soviet republics, signed a peace treaty.',
     'ARM-AZE:AGREE',
     ''),
    # C64 (round 25) ", the Swedish government said (in a statement)." closing the sentence: the speaker is no party of
    # the act before the comma (where the clause names another actor)
    ('C64',
     'Finland and Estonia pledged 300 million euros for Moldova\'s energy grid, the Finnish government said in a '
     'statement.',
     'FIN>MDA:AGREE EST>MDA:AGREE',
     ''),
    ('C64',
     'Chinese warships began drills near Taiwan on Monday, the Japanese defence ministry said.',
     'CHN>TWN:MOBILIZE',
     ''),
    # C65 (round 25) a participle after a comma with a pronoun object ("accusing him of") goes on with the verb before
    # it: the pronoun stands for that verb's object, a person of another state than the subject's
    ('C65',
     'Lithuania expelled a Russian diplomat, accusing him of spying.',
     'LTU>RUS:SANCTION LTU>RUS:ACCUSE',
     ''),
    ('C65',
     'Hungary declared two Ukrainian diplomats persona non grata, accusing them of interference.',
     'HUN>UKR:SANCTION HUN>UKR:ACCUSE',
     ''),
    # C66 (round 25) an honorific before a surname stands in a list's gap like an article ("Mr", "Ms", "Dr")
    ('C66',
     'Pedro Sanchez and Mr Modi signed a memorandum on migration.',
     'ESP-IND:AGREE',
     ''),
    ('C66',
     'Anthony Albanese and Ms Takaichi held talks in Tokyo.',
     'AUS-JPN:CONSULT',
     ''),
    # C67 (round 25) an envoy recalled "for consultations" meets no one, and the ignored phrase still closes its own
    # phrase: the subject of the clause after it keeps its act
    ('C67',
     'Peru recalled its ambassador in Mexico City for consultations after the Mexican government imposed sanctions on '
     'Lima.',
     'PER>MEX:SANCTION MEX>PER:SANCTION',
     ''),
    # C68 (round 26) "the two sides", "the two leaders" after two office holders named in the same sentence: the two
    # who met there, not an older pair of the article
    ('C68',
     'Iran and Iraq agreed to reopen a border crossing. Brazilian Foreign Minister Mauro Vieira held talks with '
     'Indonesian Foreign Minister Sugiono in Jakarta on Friday, and the two sides signed a visa waiver.',
     'IRN-IRQ:AGREE BRA-IDN:CONSULT BRA-IDN:AGREE',
     ''),
    ('C68',
     'Chile and Peru exchanged prisoners in May. Spanish Prime Minister Pedro Sanchez hosted Polish Prime Minister '
     'Donald Tusk in Madrid on Monday, where the two leaders discussed migration.',
     'CHL>PER:RETREAT PER>CHL:RETREAT ESP-POL:CONSULT',
     'CHL-PER:AGREE'),
    # C69 (round 26) a relative clause of the subject ("X and Y, which brokered the truce between the two sides") is
    # still the subject's act: the two sides are the pair named before, not the subject
    ('C69',
     'Sudan accused Chad of arming the rebels, days after talks between the two neighbours broke down. Egypt and '
     'Saudi Arabia, which brokered a truce between the two sides last year, urged calm.',
     'SDN>TCD:ACCUSE EGY>SDN:CONSULT EGY>TCD:CONSULT SAU>SDN:CONSULT SAU>TCD:CONSULT',
     'SDN-TCD:CONSULT SDN-TCD:AGREE EGY>SDN:REQUEST EGY>TCD:REQUEST SAU>SDN:REQUEST SAU>TCD:REQUEST'),
    # C70 (round 26) the bullets of a morning newsletter open sentences like a capital: each item is read alone
    ('C70',
     'Here is what you need to know. • Kenya urged Somalia to reopen the border. • Ghana recalled its ambassador '
     'from Niger.',
     'KEN>SOM:REQUEST GHA>NER:SANCTION',
     ''),
    # C71 (round 26) the passive of a suspension from a bloc: the organisation after "from" (or after "to" in the
    # gerund's phrase) acts on the member
    ('C71',
     'Guinea was suspended from the African Union after the coup.',
     'AU>GIN:SANCTION',
     ''),
    ('C71',
     'Myanmar\'s generals were barred from sending ministers to ASEAN summits in 2021.',
     'ASEAN>MMR:SANCTION',
     ''),
    # C72 (round 26) office holders of the Pacific and the Great Lakes by name alone, and Zaire as Congo's old name
    ('C72',
     'Prime Minister Jeremiah Manele hosted James Marape in Honiara on Tuesday.',
     'PNG-SLB:CONSULT',
     ''),
    ('C72',
     'Burundian and Angolan troops invaded Zaire in 1998. Muhoozi Kainerugaba praised Kenya on Monday.',
     'BDI>COD:ASSAULT AGO>COD:ASSAULT UGA>KEN:SUPPORT',
     ''),
    # C73 (round 26) an interview transcript: in the answer turn opened by an office holder's name and a colon,
    # "we" and "I" are his state; the interviewer's label ends the turn
    ('C73',
     'Interviewer: Minister, has Helsinki raised the issue with its partners? Stubb: Yes. I spoke to the Swedish '
     'prime minister last night, and we have asked the European Union to act. Interviewer: Thank you.',
     'FIN-SWE:CONSULT FIN>EU:REQUEST',
     ''),
    # C74 (round 26) "the <capital>-based government": the state's body seated there is the party (any other noun
    # after "-based" keeps the capital out: a monitor based in London is no British act)
    ('C74',
     'The Kabul-based administration signed a transit deal with Uzbekistan on Sunday.',
     'AFG-UZB:AGREE',
     ''),
    ('C74',
     'A London-based monitor said Syrian troops shelled Turkish positions.',
     'SYR>TUR:ASSAULT',
     ''),
    # C75 (round 26) "the Department of Foreign Affairs" alone is the ministry of the Philippines (or Ireland, or
    # Australia) that the article names, not the foreign ministry of the state named last
    ('C75',
     'Philippine officials held talks in Manila on Monday with Vietnamese Foreign Minister Bui Thanh Son. '
     'The Department of Foreign Affairs summoned the Chinese ambassador on Tuesday.',
     'PHL>CHN:ACCUSE VNM-PHL:CONSULT',
     ''),
    # C76 (round 27) a relative clause between the subject and its first verb (", which ...,", ", whose ...,"): the
    # object of that verb is no subject of the verb coordinated after it; both verbs are the subject's
    ('C76',
     'Kenya, which lost two soldiers in the raid, summoned the Somali envoy and asked the African Union to '
     'investigate.',
     'KEN>SOM:ACCUSE KEN>AU:REQUEST',
     ''),
    ('C76',
     'Estonia, whose airspace was violated twice last month, condemned Russia and urged NATO to reinforce its '
     'air patrols.',
     'EST>RUS:ACCUSE EST>NATO:REQUEST',
     ''),
    ('C76',  # a new subject after "and" keeps its own verb
     'Peru, which hosted the summit, criticised Chile and Bolivia praised the outcome.',
     'PER>CHL:ACCUSE',
     ''),
    ('C77',  # the OAS General Assembly is the OAS, not the UN's General Assembly (round 35, wire_es6)
     'The OAS General Assembly condemned Venezuela for the arrests of opposition figures.',
     'OAS>VEN:ACCUSE',
     ''),
]


@pytest.mark.parametrize(("construction", "text", "must", "may"), CASES)
def test_english_construction(construction: str, text: str, must: str, may: str) -> None:
    got = _keys(text)
    assert _parse(must) <= got, (construction, sorted(_parse(must) - got))
    assert got <= _parse(must) | _parse(may), (construction, sorted(got - _parse(must) - _parse(may)))


@pytest.mark.parametrize(("text", "wrong"), [
    ("Israel struck Hezbollah positions on Tuesday, accusing the group of violating the ceasefire brokered by "
     "the United States and France.", {"ISR>USA:ACCUSE", "ISR>FRA:ACCUSE"}),
    ("Kenya accused the rebels of attacking Uganda.", {"KEN>UGA:ACCUSE"}),
])
def test_a_verdict_on_an_unnamed_object_charges_no_name_of_the_charge(text: str, wrong: set[str]) -> None:
    assert not _keys(text) & wrong, _keys(text)


def test_a_verdict_on_a_named_object_still_charges_it() -> None:
    assert "USA>VEN:ACCUSE" in _keys("The United States accused the government of Venezuela of rigging the vote.")
