"""Who the coder names as source and target: the noun phrase around the actor, events without
a target for acts that stand alone, and a common misparse of short news sentences. Our own
sentences."""

from __future__ import annotations

import pytest


def _roles(events):
    return [(e.source_text, e.source_code, e.event_code, e.target_text, e.target_code)
            for e in events]


@pytest.mark.parametrize(
    ("text", "source_text", "target_text"),
    [
        # numbers, adjectives and titles before the actor belong to the phrase
        ("Kenya expelled five Sudanese diplomats on Monday.", "Kenya", "five Sudanese diplomats"),
        ("A senior Kenyan official praised Tanzania on Friday.",
         "A senior Kenyan official", "Tanzania"),
        # 'of' and 'in' phrases belong to it; the preposition and conjuncts do not
        ("Poland sent tanks to rebels in Moldova and to Romania.", "Poland", "rebels in Moldova"),
        ("The leaders of Peru met the president of Chile.",
         "The leaders of Peru", "the president of Chile"),
        # a time word the parser hangs on a name is no part of it
        ("Norway condemned Belarus today.", "Norway", "Belarus"),
        # a pronoun stands for its antecedent's whole phrase in the sentence
        ("The Kenyan foreign minister said on Monday that he condemned Uganda.",
         "The Kenyan foreign minister", "Uganda"),
        # a head that names no one leaves the phrase of the actor in its complement; one
        # that names people by their number keeps the whole phrase
        ("Kenya criticized the policies of the Ugandan government.",
         "Kenya", "the Ugandan government"),
        ("A group of Kenyan diplomats met Ugandan officials.",
         "A group of Kenyan diplomats", "Ugandan officials"),
        # and so does an actor found as the nearest one in the trigger's clause
        ("The Peruvian government said it would boycott all trade with the United States.",
         "The Peruvian government", "the United States"),
        # an actor named only by a modifier spans the phrase it modifies ...
        ("Kenya is considering giving money to 5,000 Somali boat people.",
         "Kenya", "5,000 Somali boat people"),
        ("Kenya evacuated the wounded from the besieged Somali town of Kismayo.",
         "Kenya", "the besieged Somali town of Kismayo"),
        # an act the target is charged with is no part of the words naming it
        ("Rights group Human Rights Watch accused Kenya of torture.",
         "Human Rights Watch", "Kenya"),
        # the lead words of a number belong to it, wherever the parser hung them
        ("Chadian rebels have kidnapped up to 12 French civilian engineers.",
         "Chadian rebels", "up to 12 French civilian engineers"),
        # ... but the trigger's own modifier stands alone
        ("Peruvian attacks on Chile continued on Monday.", "Peruvian", "Chile"),
    ],
)
def test_source_and_target_text_is_the_noun_phrase(coder, text, source_text, target_text):
    events = coder.code_text(text).events
    # a meeting is coded both ways: the first event is the subject's
    assert [(e.source_text, e.target_text) for e in events][:1] == [(source_text, target_text)]
    for e in events:
        assert text[e.source_start:e.source_end] == e.source_text
        assert text[e.target_start:e.target_end] == e.target_text


def test_of_coordinated_modifiers_the_last_takes_the_head_noun(coder):
    events = coder.code_text("Kenyan and Ugandan activists protested against Tanzania.").events
    assert [(e.source_text, e.source_iso3) for e in events] == [
        ("Kenyan", "KEN"), ("Ugandan activists", "UGA")]


def test_an_act_that_stands_alone_is_coded_without_a_target(coder):
    events = coder.code_text("Peru's defence minister resigned on Tuesday.").events
    assert [(e.event_root, e.target_code, e.target_text, e.target_start) for e in events] == [
        ("08", None, None, None)]
    assert events[0].source_iso3 == "PER"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only a state arrests or deports, in its own territory: an agentless passive there
        # is that state's act, named by the place
        ("Two Kenyan journalists were detained in Uganda on Monday.",
         [("Uganda", "UGACOP", "173", "KENMED")]),
        # one is deported from the country that deports
        ("Three Somali traders were deported from Kenya.", [("Kenya", "KENGOV", "174", "SOMBUS")]),
        # a participle that only describes ("the curfew imposed in Sudan") is no such act
        ("The curfew imposed in Sudan was lifted.", []),
    ],
)
def test_an_agentless_arrest_is_the_state_of_its_place(coder, text, expected):
    events = coder.code_text(text).events
    assert [(e.source_text, e.source_code, e.event_code[:3], e.target_code)
            for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand or a rejection made of no one named is still an event
        ("The Peruvian opposition leader demanded immediate elections.", ("PER", "10", None)),
        ("Chile rejected the invitation to attend the summit.", ("CHL", "12", None)),
    ],
)
def test_demands_and_rejections_stand_without_a_target(coder, text, expected):
    events = coder.code_text(text).events
    assert [(e.source_iso3, e.event_root, e.target_code) for e in events] == [expected]


def test_a_protest_that_names_no_target_is_aimed_at_the_protesters_own_state(coder):
    # the target is implied, not named: it has a code but no text or offsets
    events = coder.code_text("Thousands of Uruguayans demonstrated on Sunday.").events
    assert [(e.source_iso3, e.event_root, e.target_code, e.target_text, e.target_start)
            for e in events] == [("URY", "14", "URYGOV", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # an attack, a criticism or an appeal has a target even when we cannot name it
        "Rebels from Chad attacked a convoy on Sunday.",
        "Peru's president criticised the decision.",
        # a withdrawal from a place we cannot tie to an actor is no untargeted act either
        "Chile's army withdrew from the disputed valley.",
    ],
)
def test_no_untargeted_event_where_a_target_is_only_unknown(coder, text):
    assert all(e.target_code is not None for e in coder.code_text(text).events)


def test_a_finite_verb_misparsed_as_a_modifier_keeps_its_subject(coder):
    # short headline-like sentences: "Peruvian farmers blamed Bolivia ..." is easily read as
    # "farmers [who were] blamed"; the object shows it is the main verb
    events = coder.code_text("Peruvian farmers blamed Bolivia for the drought.").events
    assert [(e.source_text, e.event_root, e.target_iso3) for e in events] == [
        ("Peruvian farmers", "11", "BOL")]
    # a real reduced passive still is one: the missiles were supplied, by Iran
    events = coder.code_text("Missiles supplied by Iran hit Israel.").events
    assert ("IRN", "ISR") not in {(e.source_iso3, e.target_iso3) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another must do, reported: a demand (10x) of it, coded by the act
        ("Brazil said Peru has to release the detained fishermen.", ("BRA", "1053", "PER")),
        ("Kenya's foreign minister said Uganda should withdraw its troops from the border.",
         ("KEN", "0256", "UGA")),  # 'should': an appeal (02x)
        # the subject of a demanded clause is who is asked, of an alleged one who is accused
        ("Amnesty International demanded that the Sudanese government end curbs on the press.",
         ("NGO", "100", "SDN")),
        ("Rwanda alleged that France helped to plan the killings.", ("RWA", "112", "FRA")),
    ],
)
def test_a_stated_obligation_of_another_is_a_demand_of_it(coder, text, expected):
    events = coder.code_text(text).events
    assert [(e.source_iso3 or e.source_code[:3], e.event_code, e.target_iso3)
            for e in events] == [expected]


def test_the_obligated_act_itself_is_not_coded(coder):
    # "must release": not done yet, so no release (084) by Peru
    events = coder.code_text("Brazil said Peru must release the detained fishermen.").events
    assert {e.event_root for e in events} == {"10"}
    assert coder.code_text("Brazil said Peru must not release the fishermen.").events == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state actor at home places the bare group it acts on in its own country
        ("Bolivian police arrested demonstrators in the capital.", ("BOLCOP", "BOL")),
        # a judge or the police act on actors of their own country
        ("A judge indicted three Peruvian government officials on Monday.", ("PERJUD", "PER")),
    ],
)
def test_a_bare_group_is_placed_by_the_state_actor_it_meets(coder, text, expected):
    events = coder.code_text(text).events
    assert events
    source_code, target_iso3 = expected
    assert {(e.source_code, e.target_iso3) for e in events} == {(source_code, target_iso3)}


@pytest.mark.parametrize(
    "text",
    [
        # armed forces act abroad: their bare target stays unplaced, so no event
        "Bolivian troops attacked the rebels.",
        # protesters are not placed by the embassy they march on
        "Protesters attacked the Peruvian embassy.",
    ],
)
def test_bare_groups_are_not_placed_otherwise(coder, text):
    events = coder.code_text(text).events
    assert all(e.source_iso3 and (e.target_code is None or e.target_iso3) for e in events)
    assert not any(e.source_iso3 == e.target_iso3 for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with X to discuss" read as a clause marked by 'with': X is still the partner
        (("Chile's foreign minister met with Bolivian President Evo Morales on Monday to "
          "discuss the border."), {("CHL", "040", "BOL")}),
        # a finite verb with its own subject misparsed as a modifier of its object
        ("Barack Obama fired anti-aircraft batteries at Russia this week.",
         {("USA", "194", "RUS")}),
        # a subject pronoun parsed as an expletive still carries the control chain (and
        # 'willing to' makes the withdrawal an intent, 0356)
        ("Chile says it is willing to withdraw its troops from Bolivia.",
         {("CHL", "0356", "BOL")}),
        # the passive subject of "is scheduled to" is who acts
        ("Kenya's president is scheduled to visit Ghana.", {("KEN", "042", "GHA")}),
        # a symmetric nominal trigger carried by a verb whose subject names both parties
        ("Peru and Ecuador renewed negotiations on Monday.",
         {("PER", "046", "ECU"), ("ECU", "046", "PER")}),
    ],
)
def test_parse_repairs_keep_both_parties(coder, text, expected):
    assert {(e.source_iso3, e.event_code, e.target_iso3)
            for e in coder.code_text(text).events} == expected


def _extract(coder, words, parse):
    """Code one sentence with a fixed (mis)parse, so a repair is tested whatever the model
    parses: `parse` is one (head index, dep, tag, pos, lemma) per word."""
    from spacy.tokens import Doc

    from dyadflow.records import TextInput

    heads, deps, tags, pos, lemmas = zip(*parse, strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "'s") for i in range(len(words))]
    doc = Doc(coder.nlp.vocab, words=words, spaces=spaces, heads=list(heads), deps=list(deps),
              tags=list(tags), pos=list(pos), lemmas=list(lemmas))
    events = coder.code_parsed(TextInput("fixed", doc.text), {0: doc}).events
    return {(e.source_code, e.event_code, e.target_code) for e in events}


def test_a_main_verb_misparsed_as_modifier_of_the_root_noun_keeps_its_subject(coder):
    # "Kenya on Friday complained about Uganda", the verb hung on 'Kenya' (no object: only the
    # missing subject and 'by' agent show it is the main verb)
    words = ["Kenya", "on", "Friday", "complained", "about", "Uganda", "."]
    parse = [(0, "ROOT", "NNP", "PROPN", "Kenya"), (2, "case", "IN", "ADP", "on"),
             (0, "nmod", "NNP", "PROPN", "Friday"), (0, "acl", "VBD", "VERB", "complain"),
             (5, "case", "IN", "ADP", "about"), (3, "obl", "NNP", "PROPN", "Uganda"),
             (0, "punct", ".", "PUNCT", ".")]
    assert {(s, c[:2], t) for s, c, t in _extract(coder, words, parse)} == {("KEN", "11", "UGA")}
    # a verbless fragment with a 'by' agent stays a reduced passive: Iran supplied them
    words = ["Rockets", "supplied", "by", "Iran", "to", "Syria", "."]
    parse = [(0, "ROOT", "NNS", "NOUN", "rocket"), (0, "acl", "VBN", "VERB", "supply"),
             (3, "case", "IN", "ADP", "by"), (1, "obl", "NNP", "PROPN", "Iran"),
             (5, "case", "IN", "ADP", "to"), (1, "obl", "NNP", "PROPN", "Syria"),
             (0, "punct", ".", "PUNCT", ".")]
    assert _extract(coder, words, parse) <= {("IRN", "070", "SYR"), ("IRN", "072", "SYR")}


def test_a_conjunct_hung_on_a_name_in_apposition_is_still_coordinated(coder):
    # "Kenyan leader Daniel Moi and Ugandan President Yoweri Museveni signed a treaty":
    # the second party attached to 'Daniel', the apposition of the subject 'leader'
    words = ["Kenyan", "leader", "Daniel", "Moi", "and", "Ugandan", "President", "Yoweri",
             "Museveni", "signed", "a", "treaty", "."]
    parse = [(1, "amod", "JJ", "ADJ", "kenyan"), (9, "nsubj", "NN", "NOUN", "leader"),
             (1, "appos", "NNP", "PROPN", "Daniel"), (2, "flat", "NNP", "PROPN", "Moi"),
             (6, "cc", "CC", "CCONJ", "and"), (6, "amod", "JJ", "ADJ", "ugandan"),
             (2, "conj", "NNP", "PROPN", "President"), (6, "flat", "NNP", "PROPN", "Yoweri"),
             (6, "flat", "NNP", "PROPN", "Museveni"), (9, "ROOT", "VBD", "VERB", "sign"),
             (11, "det", "DT", "DET", "a"), (9, "obj", "NN", "NOUN", "treaty"),
             (9, "punct", ".", "PUNCT", ".")]
    found = {(s[:3], c, t[:3]) for s, c, t in _extract(coder, words, parse)}
    assert found == {("KEN", "057", "UGA"), ("UGA", "057", "KEN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named by a support verb's object; naming no target, it is aimed at the
        # protesters' own state
        ("Chilean workers held a general strike on Monday.", ("CHL", "14", "CHL")),
        # the purpose of a protest names its target
        ("Thousands of Peruvians staged demonstrations to protest Chile's decision.",
         ("PER", "14", "CHL")),
    ],
)
def test_protests_with_and_without_a_target(coder, text, expected):
    events = coder.code_text(text).events
    assert {(e.source_iso3, e.event_root, e.target_iso3) for e in events} == {expected}


def test_no_untargeted_act_in_a_side_clause_and_no_loss_of_the_targeted_governor(coder):
    # the act under 'unless' is a condition, not an event
    events = coder.code_text("Peru threatened to close the border unless Chile ended the "
                             "blockade.").events
    assert all(e.target_iso3 is not None for e in events)
    # "threatened to hold a strike unless Chile ...": the threat against Chile stays
    events = coder.code_text("Peruvian farmers threatened to hold a strike unless Chile "
                             "lifted its tariffs.").events
    assert ("PER", "CHL") in {(e.source_iso3, e.target_iso3) for e in events}


def test_an_announced_act_without_a_target_is_kept_only_as_an_intent(coder):
    # "will withdraw": an intent to yield (03x) needs no target; "will mobilise" becomes a
    # threat (13x), which does
    roots = {e.event_root for e in coder.code_text("Peru's army will withdraw.").events}
    assert roots <= {"03"}
    events = coder.code_text("Peru will mobilise its reserves next week.").events
    assert all(e.target_code is not None for e in events if e.event_root == "13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest is against one's own institutions: the bare 'government' is placed
        ("Chilean students staged demonstrations against the government.", ("CHL", "CHL")),
        # protesters are placed in the country they protest in, against its state
        ("Protesters demonstrated in Bolivia on Sunday.", ("BOL", "BOL")),
        # ... and, named nowhere, in the country whose institutions they protest against
        ("Students protested against the Kenyan government.", ("KEN", "KEN")),
        ("Islamic fundamentalists staged a hunger strike against the Algerian government.",
         ("DZA", "DZA")),
    ],
)
def test_bare_groups_in_protests_are_placed(coder, text, expected):
    events = coder.code_text(text).events
    assert {(e.source_iso3, e.target_iso3) for e in events} == {expected}
    assert {e.event_root for e in events} == {"14"}


@pytest.mark.parametrize("text", [
    "Kenya says it will not accept any more refugees.",
    "Kenya says it will not accept any more refugees if war starts in Somalia.",
])
def test_an_announced_refusal_of_refugees_is_a_rejection_without_a_target(coder, text):
    # the refugees are no party the refusal could be placed on; the rejection stands alone,
    # also under a condition
    events = coder.code_text(text).events
    assert [(e.source_iso3, e.event_code, e.target_code) for e in events] == [
        ("KEN", "1223", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curfew in a town no actor names targets the town's country (here its own)
        ("Kenya imposed a curfew in Mombasa.", [("KEN", "1723", "KEN", "Mombasa")]),
        ("Peru's government lifted the state of emergency in the province of Cusco.",
         [("PER", "0814", "PER", "the province of Cusco")]),
        # a show of force there is aimed at the place's country; in one's own country it has
        # no target
        ("Russia is conducting military exercises in Alaska.", [("RUS", "150", "USA", "Alaska")]),
        ("Kenya held military exercises in Mombasa.", [("KEN", "150", None, None)]),
    ],
)
def test_an_act_on_a_town_targets_its_country(coder, text, expected):
    events = coder.code_text(text).events
    assert [(e.source_iso3, e.event_code, e.target_iso3, e.target_text) for e in events] == \
        expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # property destroyed by protesters is a riot (145), by anyone else destruction (1712)
        ("Kenyan protesters demolished the Ugandan embassy.", "145"),
        ("Kenyan troops demolished the Ugandan embassy.", "1712"),
    ],
)
def test_destruction_by_protesters_is_a_riot(coder, text, code):
    assert [e.event_code for e in coder.code_text(text).events] == [code]


def test_dismissing_an_appeal_to_act_is_a_rejection_not_the_act(coder):
    # 'dismissed' denies its complement like 'refused'; the target is the appeal's maker,
    # named by its own words, not by the possessive pronoun's phrase ("their arms")
    events = coder.code_text("Somali rebels dismissed an appeal from Kenya to lay down their "
                             "arms.").events
    assert [(e.source_iso3, e.event_root, e.target_iso3, e.target_text) for e in events] == [
        ("SOM", "12", "KEN", "Kenya")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing an act is a rejection (12x) of it, coded from the act's own pattern
        ("Peru refused to release the Chilean fishermen.", ("PER", "1243", "CHL")),
        # an announced "will not" is a refusal too
        ("Kenya said it would not provide aid to Somalia.", ("KEN", "122", "SOM")),
        # refusing to resign needs no target
        ("Peru's president declined to resign.", ("PER", "1231", None)),
    ],
)
def test_a_refused_act_is_a_rejection(coder, text, expected):
    events = coder.code_text(text).events
    assert {(e.source_iso3, e.event_code, e.target_iso3) for e in events} == {expected}
    assert {e.modality for e in events} == {"refusal"}


def test_other_negations_still_code_nothing(coder):
    assert coder.code_text("Peru did not release the Chilean fishermen.").events == ()
    assert coder.code_text("Peru failed to release the Chilean fishermen.").events == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive object is no dative shift: the 'with' party is the target
        ("Thailand has closed its border with Cambodia.", {("THA", "191", "KHM")}),
        # a symmetric noun with 'between' names both parties
        ("Talks between India and Pakistan resumed in Delhi.",
         {("IND", "046", "PAK"), ("PAK", "046", "IND")}),
        # a weekday parsed as the object is no object
        ("Peru rejected Friday a proposal from Chile.", {("PER", "127", "CHL")}),
        # a particle parsed as an adverb still counts
        ("Chinese police clamped down on Tibetan protesters.", {("CHN", "175", "CHN")}),
    ],
)
def test_object_particle_and_between_repairs(coder, text, expected):
    assert {(e.source_iso3, e.event_code, e.target_iso3)
            for e in coder.code_text(text).events} == expected


def test_a_support_verb_leaves_the_act_to_its_object_noun(coder):
    # "ordered the expulsion of X" is an expulsion (161), not a generic order (100)
    events = coder.code_text("Kenya ordered the expulsion of Sudanese diplomats.").events
    assert {(e.source_iso3, e.event_code, e.target_iso3) for e in events} == {
        ("KEN", "161", "SDN")}


def test_a_noun_act_keeps_its_own_modality(coder):
    # a hedged act is not an event; another actor's preparation is not the act's intent
    assert coder.code_text("Chile is preparing for a possible Peruvian invasion of Bolivia."
                           ).events == ()
    events = coder.code_text("Peru prepared an attack on Bolivia.").events
    assert {(e.source_iso3, e.event_root, e.modality) for e in events} == {("PER", "13", "intent")}
    events = coder.code_text("Peru's invasion of Bolivia began in March.").events
    assert {(e.source_iso3, e.event_code, e.target_iso3) for e in events} == {("PER", "190", "BOL")}


def test_a_past_participle_misparsed_as_modifier_of_its_object_is_the_main_verb(coder):
    # "Kenyan army bulldozers demolished Somali homes, officials said": 'demolished' tagged
    # VBN and hung on 'homes', which the parser made a conjunct of the subject
    words = ["Kenyan", "army", "bulldozers", "demolished", "Somali", "homes", ",",
             "officials", "said", "."]
    parse = [(1, "amod", "JJ", "ADJ", "kenyan"), (2, "compound", "NN", "NOUN", "army"),
             (8, "nsubj", "NNS", "NOUN", "bulldozer"), (5, "amod", "VBN", "VERB", "demolish"),
             (5, "amod", "JJ", "ADJ", "somali"), (2, "conj", "NNS", "NOUN", "home"),
             (7, "punct", ",", "PUNCT", ","), (2, "conj", "NNS", "NOUN", "official"),
             (8, "ROOT", "VBD", "VERB", "say"), (8, "punct", ".", "PUNCT", ".")]
    assert {(s, c[:2], t) for s, c, t in _extract(coder, words, parse)} == {
        ("KENMIL", "17", "SOM")}
    # "Kenyan police have tortured Somali refugees": the perfect 'have' made the root
    words = ["Kenyan", "police", "have", "tortured", "Somali", "refugees", "."]
    parse = [(1, "amod", "JJ", "ADJ", "kenyan"), (2, "nsubj", "NNS", "NOUN", "police"),
             (2, "ROOT", "VBP", "AUX", "have"), (5, "amod", "VBN", "VERB", "torture"),
             (5, "amod", "JJ", "ADJ", "somali"), (2, "obj", "NNS", "NOUN", "refugee"),
             (2, "punct", ".", "PUNCT", ".")]
    assert {(s, c[:2], t) for s, c, t in _extract(coder, words, parse)} == {
        ("KENCOP", "18", "SOMREF")}
    # an adjectival participle after a determiner stays a modifier: no one demolished here
    words = ["Kenya", "rebuilt", "the", "demolished", "Somali", "homes", "."]
    parse = [(1, "nsubj", "NNP", "PROPN", "Kenya"), (1, "ROOT", "VBD", "VERB", "rebuild"),
             (5, "det", "DT", "DET", "the"), (5, "amod", "VBN", "VERB", "demolish"),
             (5, "amod", "JJ", "ADJ", "somali"), (1, "obj", "NNS", "NOUN", "home"),
             (1, "punct", ".", "PUNCT", ".")]
    assert all(c[:2] != "17" for _, c, _ in _extract(coder, words, parse))


def test_a_main_verb_hung_on_the_first_of_two_subjects_of_a_reporting_verb(coder):
    # "Kenyan youths resorted to throwing stones at Somali troops, officials said": the parser
    # made 'youths' a second subject of 'said' and 'resorted' its modifier; 'to throwing' is
    # a gerund after a preposition (a deed), not a purpose clause
    words = ["Kenyan", "youths", "resorted", "to", "throwing", "stones", "at", "Somali",
             "troops", ",", "officials", "said", "."]
    parse = [(1, "amod", "JJ", "ADJ", "kenyan"), (11, "nsubj", "NNS", "NOUN", "youth"),
             (1, "acl", "VBN", "VERB", "resort"), (4, "mark", "IN", "SCONJ", "to"),
             (2, "advcl", "VBG", "VERB", "throw"), (4, "obj", "NNS", "NOUN", "stone"),
             (8, "case", "IN", "ADP", "at"), (8, "amod", "JJ", "ADJ", "somali"),
             (4, "obl", "NNS", "NOUN", "troop"), (1, "punct", ",", "PUNCT", ","),
             (11, "nsubj", "NNS", "NOUN", "official"), (11, "ROOT", "VBD", "VERB", "say"),
             (11, "punct", ".", "PUNCT", ".")]
    assert {(s[:3], c[:2], t) for s, c, t in _extract(coder, words, parse)} == {
        ("KEN", "14", "SOMMIL")}


def test_a_sentence_parsed_as_one_noun_phrase_keeps_its_verb(coder):
    # "The Kenyan army presented evidence against Somalia" parsed with no verb at all:
    # 'army' a compound and 'presented' a modifier of the root 'evidence'
    words = ["The", "Kenyan", "army", "presented", "evidence", "against", "Somalia", "."]
    parse = [(2, "det", "DT", "DET", "the"), (2, "amod", "JJ", "ADJ", "kenyan"),
             (4, "compound", "NN", "NOUN", "army"), (4, "amod", "VBN", "VERB", "present"),
             (4, "ROOT", "NN", "NOUN", "evidence"), (6, "case", "IN", "ADP", "against"),
             (4, "nmod", "NNP", "PROPN", "Somalia"), (4, "punct", ".", "PUNCT", ".")]
    assert {(s, c[:2], t) for s, c, t in _extract(coder, words, parse)} == {
        ("KENMIL", "11", "SOM")}



def test_the_clause_target_is_not_looked_for_inside_an_infinitive_complement(coder):
    # "Kenya demanded to ferry trucks to Uganda": 'Uganda' belongs to the complement's act
    # (no trigger here), not to 'demanded' as a demand made of Uganda: the demand is made
    # of no one named
    words = ["Kenya", "demanded", "to", "ferry", "trucks", "to", "Uganda", "."]
    parse = [(1, "nsubj", "NNP", "PROPN", "Kenya"), (1, "ROOT", "VBD", "VERB", "demand"),
             (3, "mark", "TO", "PART", "to"), (1, "xcomp", "VB", "VERB", "ferry"),
             (3, "obj", "NNS", "NOUN", "truck"), (6, "case", "IN", "ADP", "to"),
             (3, "obl", "NNP", "PROPN", "Uganda"), (1, "punct", ".", "PUNCT", ".")]
    assert _extract(coder, words, parse) == {("KEN", "100", None)}
