// The event lexicon (data/events/lexicon.tsv) with its inflections, and the word lists the
// extractor reads: modality cues, reporting verbs, pair phrases, clause signals.
#pragma once

#include <dateline/timeline.hpp>

#include "actors/words.hpp"
#include "common/phrase_index.hpp"
#include "common/word_set.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dateline::detail {

enum class TriggerClass { act, meet, speech, warn };

struct LexEntry {
  std::vector<WordSet> forms;  // allowed surface forms, per word
  char pos = 'v';                                         // v, n or a
  std::optional<std::string> cameo;
  std::string label;  // for events outside CAMEO
  TriggerClass cls = TriggerClass::act;
  std::string phrase;  // as in the data file, for summaries
  // Whether `phrase` is in lexicon().passive_only, .by_only, .finite_only, .intransitive: set
  // once at load, asked at every match (a hashed lookup of the phrase each time before).
  bool passive_only = false;
  bool by_only = false;
  bool finite_only = false;
  bool intransitive = false;
};

struct Lexicon {
  std::vector<LexEntry> entries;
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_first;  // form -> entries
  std::map<std::string, std::optional<Modality>, std::less<>> cues;     // none = neutral hedge
  std::size_t max_cue_words = 1;
  WordSet reporting;  // every inflected form
  std::map<std::string, std::string, std::less<>> reporting_lemma;
  std::map<std::string, ActorKind, std::less<>> pairs;
  WordSet signals;
  WordSet past_forms;  // past tense of irregular verbs
  WordSet participles;  // past participles of irregular verbs
  WordSet predicative;  // words before a name-calling word
  WordSet relative;     // relative pronouns: "X, who ..."
  WordSet predicate_end;  // words that end a name-calling predicate
  WordSet calling;        // verbs that give a name: "called X a ..."
  WordSet unit_noun;      // "assault forces": the trigger modifies a unit
  // "meet standards": a one-word trigger (any form of the first) with the second within a few
  // words has another sense (WordSets: other_sense asks each pair's first set about every
  // one-word trigger, and a std::set walk cost a string comparison a level)
  std::vector<std::pair<WordSet, WordSet>> sense_stop;
  WordSet nobody;       // "no one", as subject: a negated event
  WordSet saying_nouns;  // nouns that refer to a saying
  std::vector<std::string> reaction;                // CAMEO prefixes of sayings that react to an act
  std::vector<std::string> force;                   // CAMEO prefixes of uses of force
  WordSet background;    // "after", "since": a clause of earlier events
  WordSet aspect;  // every form of "conclude", "begin": an event's course
  WordSet event_anaphor;  // "the ruling", "the move": an earlier act
  WordSet inner_adverb;  // "was also invited": besides -ly words
  WordSet condition;     // "if", "unless": "would" stays hypothetical
  WordSet future_in_past;  // "would": the future seen from a past saying
  WordSet generic_head;  // "right", "need": "the right to defend" names no act
  WordSet purpose;       // "consultations": "recalled for consultations" names no act of its own
  WordSet embedding;     // every form of "verify", "consider": their object is no act told
  WordSet lay_speaker;   // "relatives", "witnesses": a speaker for no state
  WordSet envoy;         // "ambassador": "X ambassador to Y" speaks for X
  WordSet declined_saying;  // every form of "respond", "comment": negated, a comment declined
  WordSet topic;          // every form of "discuss": the event noun after it is a topic
  WordSet place_preposition;  // "over", "across": an actor after it is no subject
  WordSet intention;     // "will", "not": "said it will not retreat" tells an intention
  WordSet cancel;        // "cancelled", "called off": the act it governs did not take place
  WordSet deadline;      // "until": a date after it ends a state or sets a deadline; it dates no act
  WordSet addressee;     // every form of "tell": the actor right after it is whom it is told to
  WordSet topic_noun;    // "crisis": a state named right before it is a topic, not a side
  WordSet span_unit;     // "weeks": "for weeks" inside a cue is read past
  WordSet own_code;      // "011", "114": a code never merged with another code of its root
  WordSet intransitive;  // entries ("collapse talks") whose object may be the subject: "talks collapsed"
  WordSet object_preposition;  // "between": opens a phrase after a passive's object
  WordSet own_object;    // entries ("recall ambassador") whose object is its doer's: the passive's doer
  WordSet passive_only;  // entries ("cancel meeting") read only in the passive: the active is the cancel rule's
  WordSet finite_only;   // entries ("press * to") not read as an infinitive ("was to press the king to")
  WordSet by_only;       // entries ("receive") read only as a participle before "by": "was received by Erdogan"
  WordSet response_signal;  // "response", "after": an act told after it in its sentence is another act
  WordSet left_place;  // "leave": "was asked to leave Turkey" names the expeller after it
  WordSet envoy_word;  // "diplomats": an order to leave given to them is an expulsion (166)
  WordSet relative_closer;  // "last", "by": a participle after a comma followed by one is a reduced relative
  WordSet summoned_to;   // entries ("summon ambassador") whose passive "to X" names the doer
  WordSet document;      // "resolution", "treaty": a verb right after one tells what a text says, no act
  WordSet denied_back;   // "the", "it": after a denial's verb, an object pointing back to what was told
  WordSet person_object; // "summon": an act only with a person named right after (round 22)
  WordSet left_open;     // "rule out": negated, no rejection but an act left open (round 22)
  std::vector<std::vector<std::string>> families;  // CAMEO roots whose noun mentions may corefer
  WordSet weekdays;      // "monday", "mon.": from data/text/weekdays.tsv
};

const Lexicon& lexicon();
// Hashed views of lexicon().signals, .reporting and .cues for the per-word lookups.
const PhraseSet& signal_set();
const PhraseSet& reporting_set();
const PhraseIndex<std::optional<Modality>>& cue_index();

// The classes of a word that the extractor asks about at most words, one bit each
// (common/word_classes.hpp): one lookup a word answers them all. Each bit is exactly the
// membership test it stands for: reporting_set().contains, signal_set().contains,
// may_start_trigger, and whether some pair of sense_stop holds the word as its first.
enum WordBit : std::uint32_t { kReportingWord = 1, kSignalWord = 2, kTriggerStart = 4, kSenseStopVerb = 8 };
std::uint32_t word_classes(std::string_view lower);

// Inflections of a verb lemma: itself, -s, -ed, -ing and irregular forms.
std::set<std::string, std::less<>> verb_forms(std::string_view lemma);
// Third person singular present ("recall" -> "recalls", "apologize" -> "apologizes").
std::string third_person(std::string_view lemma);
// Present tense with a plural subject: the lemma itself, except "be" -> "are".
std::string plural_present(std::string_view lemma);

struct TriggerMatch {
  std::size_t entry = 0;
  std::size_t first = 0;  // word range [first, last]
  std::size_t last = 0;
  std::size_t object = SIZE_MAX;  // match_passive: the object's last word, before the verb
};

// The best lexicon match starting at word i of the range [i, end). After a determiner a
// one-word verb entry is not read ("the blast" is an explosion, not a criticism); where the
// word can only be a noun, no verb entry is ("against travel to").
std::optional<TriggerMatch> match_trigger(const std::vector<Word>& words, std::size_t i, std::size_t end,
                                          bool after_determiner = false, bool noun_only = false);
// Whether some lexicon entry starts with this (lower-case) word: match_trigger finds nothing
// at a word that does not, so callers skip what they would compute for it.
bool may_start_trigger(std::string_view lower);

// An adverb inside a verb group ("was not invited", "was formally recalled").
bool inner_adverb(std::string_view word);

// A verb-object entry read in the passive, its object a few words before the participle at
// word i: "its ambassador was recalled", "talks were suspended", "talks were broken off",
// "was declared persona non grata" (the range is [i, last word of the entry]; words before
// `begin` are not read). An entry listed as intransitive reads so in the active voice too
// ("talks collapsed", "negotiations broke down").
std::optional<TriggerMatch> match_passive(const std::vector<Word>& words, std::size_t begin, std::size_t i);

}  // namespace dateline::detail
