package claims

import "strings"

// passiveUnspoken reports whether the quotation opening at open in
// sentence st follows a verb of speech in the passive with no agent,
// before it or after it ("has been described as a “sticking plaster.”",
// "who were told the decision was “deeply offensive …”"): the sentence
// says the words were spoken but attributes them to no one, so they are no
// claim, as the corpus's conventions have it. It is asked only of a
// quotation no speaker is found for, so that an agent named elsewhere
// ("… it was warned last night.", then who was speaking) still speaks.
func passiveUnspoken(s string, st Span, open, close int) bool {
	if open <= st.Start || open > st.End {
		return false
	}
	prev := ""
	passive := false
	for w := range wordsIn(s, st.Start, open) {
		word := s[w.Start:w.End]
		if speechVerb(word) != verbNone && (beWord(prev) || prev == "been" || prev == "being") {
			passive = true
		}
		prev = word
	}
	if !passive || close > st.End {
		return false
	}
	return !strings.Contains(s[close:st.End], " by ")
}
