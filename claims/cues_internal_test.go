package claims

import (
	"slices"
	"testing"
)

// TestRead checks what read takes from words that FromQuote's figures do
// not yet include: a figure whose own words state it per year, as
// currency's Find may come to give ("£1.5bn a year"), and the words after
// an amount.
func TestRead(t *testing.T) {
	tests := []struct {
		quote, words string
		role         Role
		yearly       bool
		terms        Terms
	}{
		{"the package is £1.5bn a year", "£1.5bn a year", RolePackage, true, TermsUnknown},
		{"investing £1.5bn a year", "£1.5bn a year", RolePackage, true, TermsUnknown},
		{"investing £1.5bn annually", "£1.5bn", RolePackage, true, TermsUnknown},
		{"an annual £2bn", "£2bn", RoleUnknown, true, TermsUnknown},
		{"investing more than £4 million", "more than £4 million", RolePackage, false, TermsUnknown},
		{"INVESTING £2M IN REAL TERMS", "£2M", RolePackage, false, RealTerms},
	}
	for _, tt := range tests {
		start := len(tt.quote) - len(tt.words)
		for i := range len(tt.quote) - len(tt.words) + 1 {
			if tt.quote[i:i+len(tt.words)] == tt.words {
				start = i
				break
			}
		}
		got := read(tt.quote, Span{Start: start, End: start + len(tt.words)})
		if got.role != tt.role || got.yearly != tt.yearly || got.terms != tt.terms {
			t.Errorf("read(%q, %q) = %v, yearly %v, %v; want %v, %v, %v", tt.quote, tt.words, got.role, got.yearly, got.terms, tt.role, tt.yearly, tt.terms)
		}
	}
}

func TestWordsAfterAmount(t *testing.T) {
	for w, want := range map[string]bool{
		"£1.5bn a year": true, "£5 annually": true, "£2m over three years": true,
		"more than £4 million": false, "£3m-£5m": false, "£2 million pounds": false, "30p": false, "between £3m and £5m": false,
		// One word or none after the digits, which wordsAfterAmount answers first.
		"£2.4m": false, "£2,000": false, "£40k": false, "£5m-a-year": true, "£2bn.": true,
	} {
		if got := wordsAfterAmount(w); got != want {
			t.Errorf("wordsAfterAmount(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkRead measures reading the words around one figure, against
// lower-casing the same quote as the baseline.
func BenchmarkRead(b *testing.B) {
	q := "the mayor coughing up more than £4 million"
	sp := Span{Start: len("the mayor coughing up "), End: len(q)}
	b.Run("baseline=lowerASCII", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n += len(lowerASCII(q[sp.Start:]))
		}
	})
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = read(q, sp)
		}
	})
}

// TestLowerASCII checks lowerASCII against a byte-at-a-time reference on
// capitals at every offset of blocks of eight, next to bytes beyond ASCII
// and the characters either side of 'A' and 'Z', where a faulty test of
// eight bytes at once would go wrong.
func TestLowerASCII(t *testing.T) {
	want := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	base := "the mayor’s £4m: @[`{ plan for 2025, 18 pages"
	for _, c := range []string{"A", "Z", "M", "@", "[", "`", "{", "£", "\xc1", "\xda"} {
		for i := range len(base) + 1 {
			s := base[:i] + c + base[i:]
			if got := lowerASCII(s); got != want(s) {
				t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want(s))
			}
		}
	}
}

// TestCueTable checks that cueIndex keeps its probes short, at most a
// quarter of its slots used, and that it gives every word of a cue one id
// and the cue the ids of its words, which matchAt compares in their place.
func TestCueTable(t *testing.T) {
	if n, max := cueIndex.words, len(cueIndex.slots)/4; n > max {
		t.Errorf("cueIndex holds %d words, more than a quarter of its %d slots", n, len(cueIndex.slots))
	}
	for _, list := range [][]cue{beforeCues, afterCues, termsCues, yearCues} {
		for _, c := range list {
			for k, w := range c.words {
				if sl := cueIndex.find(w); sl == nil || sl.id == 0 || sl.id != c.ids[k] {
					t.Errorf("cue %q: word %q has id %d in the cue, slot %+v", c.text, w, c.ids[k], sl)
				}
			}
		}
	}
	for _, w := range []string{"spent", "put"} {
		if sl := cueIndex.find(w); sl == nil || !sl.given {
			t.Errorf("cueIndex.find(%q) = %+v, want a given verb", w, sl)
		}
	}
	if sl := cueIndex.find("mayor"); sl != nil {
		t.Errorf("cueIndex.find(%q) = %+v, want nil", "mayor", sl)
	}
}

// TestCueRefAdmits checks that every cue is admitted at its own words: that
// with its words as tokens, nearest the figure first, the cueSet of the
// word it is found by holds it and admits it there, so that passing cues
// over by their next word never loses a match that matchAt would make.
func TestCueRefAdmits(t *testing.T) {
	lists := []struct {
		name     string
		cues     []cue
		backward bool // found by their last word, before a figure
		refs     func(*cueSet) []cueRef
	}{
		{"beforeCues", beforeCues, true, func(s *cueSet) []cueRef { return s.before }},
		{"afterCues", afterCues, false, func(s *cueSet) []cueRef { return s.after }},
		{"termsCues before", termsCues, true, func(s *cueSet) []cueRef { return s.termsBefore }},
		{"termsCues after", termsCues, false, func(s *cueSet) []cueRef { return s.termsAfter }},
		{"yearCues before", yearCues, true, func(s *cueSet) []cueRef { return s.yearBefore }},
		{"yearCues after", yearCues, false, func(s *cueSet) []cueRef { return s.yearAfter }},
	}
	for _, l := range lists {
		for i, c := range l.cues {
			words := slices.Clone(c.words)
			if l.backward {
				slices.Reverse(words)
			}
			var ts []token
			for _, w := range words {
				ts = appendToken(ts, w, false)
			}
			admitted := false
			if ts[0].set != nil {
				for _, ref := range l.refs(ts[0].set) {
					if int(ref.i) == i {
						admitted = ref.admits(ts, 0) && matchAt(ts, 0, c.ids, l.backward)
					}
				}
			}
			if !admitted {
				t.Errorf("%s[%d] %q is not admitted at its own words", l.name, i, c.text)
			}
		}
	}
}
