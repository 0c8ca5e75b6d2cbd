package claims

import (
	"sort"
	"strings"
	"unicode"
)

// tailQuote returns where the reported clause s[start:b] ends when the
// quotation opening at b, the last of its sentence (which ends at end), is
// a phrase added to a clause already whole rather than the words that
// complete it: "said councils need more than £545 million in next month's
// Budget ‘just to stand still’" states the need, quotation and all, where
// "said the £750m package was ‘little more than …’" states nothing of its
// own. The quotation is an addition when it opens on a purpose or a reason
// (see purposeOpens) straight after a noun: a word of three letters or
// more with no comma after it, not an article, a preposition, a form of
// "be" or an auxiliary, a pronoun, or a verb's participle in -ed or -ing.
// A quotation opening otherwise, even after a noun, may complete the clause
// ("had left councils “in the lurch”"). It reports false otherwise, and for
// a verb of naming, whose object the quotation completes ("called Labour's
// claim it has spent 8% of funds “misleading”").
func tailQuote(s string, verbAt, start, b, end int, ms []mark) (int, bool) {
	if namingVerb(lastWord(s[:verbAt])) {
		return 0, false
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].open >= b })
	if i >= len(ms) || ms[i].open != b || !ms[i].closed || i+1 < len(ms) && ms[i+1].open < end {
		return 0, false
	}
	m := ms[i]
	if strings.TrimRight(s[m.close:end], ".!?;: ") != "" {
		return 0, false
	}
	if !purposeOpens(s[m.start:m.end]) {
		return 0, false
	}
	before := s[start:b]
	if strings.TrimRight(before, " ") == before {
		return 0, false // "funds“misleading”": a mark that joins a word
	}
	w := lastWord(before)
	if len(w) < 3 || !allLetters(w) {
		return 0, false
	}
	lw := strings.ToLower(w)
	if nounLead(lw) || beWord(lw) || auxWord(lw) || objectPronoun(lw) || lw == "than" || lw == "like" || lw == "into" ||
		strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
		return 0, false
	}
	return m.close, true
}

// allLetters reports whether w is letters only, with an apostrophe
// between them ("month's").
func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// objectPronoun reports whether w is a pronoun a verb takes as its
// object ("ask themselves “why …”"), after which a quotation completes
// the clause.
func objectPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "themselves", "himself", "herself", "itself", "you", "yourself", "us", "ourselves", "me", "myself", "its", "their", "his", "our":
		return true
	}
	return false
}

// purposeOpens reports whether the quoted words q open on a purpose or a
// reason, in small letters: "to", "just to", "simply to", "only to", "in
// order to", "so that", "because". Such words add to a clause; they do not
// complete it.
func purposeOpens(q string) bool {
	for _, p := range [...]string{"to ", "just to ", "simply to ", "merely to ", "only to ", "in order to ", "so that ", "because "} {
		if strings.HasPrefix(q, p) {
			return true
		}
	}
	return false
}
