package claims

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file scores a drafted Record against the one a person made by hand
// from the same article (issue 12): how many of the money figures, with
// their roles, the speakers and the quotes of the hand-made record the
// draft has (recall), and how many of the draft's are right (precision).
//
// A corpus test uses it as
//
//	var total draftScore
//	for _, a := range corpusArticles(t) {
//		d, err := DraftRecord(a.text)
//		...
//		s := scoreDraft(a.want, d.Record)
//		t.Logf("%s: %v", a.slug, s) // and s.misses, one line each
//		total = total.plus(s)
//	}
//	if r := total.figures.recall(); r < 0.90 { ... }

// A tally counts one kind of item in a hand-made record and in a draft of
// the same article: how many the hand-made record has (expected), how many
// the draft has (drafted), and how many of the draft's match one of the
// hand-made record's (matched), each item of either used at most once.
type tally struct {
	expected, drafted, matched int
}

// recall returns matched / expected, between 0 and 1: the share of the
// expected items the draft found. With nothing expected nothing was
// missed, and it returns 1.
func (t tally) recall() float64 { return share(t.matched, t.expected) }

// precision returns matched / drafted, between 0 and 1: the share of the
// draft's items that are right. With nothing drafted nothing is wrong,
// and it returns 1.
func (t tally) precision() float64 { return share(t.matched, t.drafted) }

// share returns n / d as a fraction, or 1 if d is 0, so that neither
// helper ever divides by zero. The counts are of items, not money, so a
// float is the right type for a figure only printed and compared with a
// goal.
func share(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// plus returns the sum of two tallies: a corpus's totals.
func (t tally) plus(u tally) tally {
	return tally{t.expected + u.expected, t.drafted + u.drafted, t.matched + u.matched}
}

// String returns the counts and both ratios, in per cent to one place:
// "9 of 10 expected, 11 drafted: recall 90.0%, precision 81.8%".
func (t tally) String() string {
	return fmt.Sprintf("%d of %d expected, %d drafted: recall %.1f%%, precision %.1f%%",
		t.matched, t.expected, t.drafted, 100*t.recall(), 100*t.precision())
}

// A draftScore is how near a drafted Record comes to the hand-made one, as
// the contract of issue 12 defines it:
//
//   - figures: money figures with their roles, over package headlines
//     (role package), allocations' own money (role share) and every
//     StatedAmount of every claim (its role). Two match if their roles are
//     equal and their figures state the same thing (sameFigure).
//   - quotes: the quotes of the claims, matched when equal after
//     normalising white space and quotation marks, or when one contains
//     the other (sameQuote).
//   - speakers: for each expected claim whose quote the draft has, whether
//     the drafted claim's speaker is the same (sameSpeaker). Expected counts
//     the expected quotes, drafted the ones found whose drafted claim has a
//     speaker (not DraftRecord's “unknown speaker”, see noSpeakerDrafted),
//     matched those whose speaker is right; so recall is right
//     attributions over expected quotes, and precision right attributions
//     over attributions made.
//
// misses says, one line each, what did not match, for a test's log.
// drafted holds the draft's figures, with right[i] whether drafted[i]
// matched one expected, so that calibrate can weigh the Confidence the
// drafter gave each one against whether it was right.
type draftScore struct {
	figures, speakers, quotes tally
	misses                    []string
	drafted                   []scoredFigure
	right                     []bool
}

// plus returns the sum of two scores, with both lists of misses. The sum
// has no drafted figures: they belong to one draft, whose Fields calibrate
// reads by path.
func (s draftScore) plus(t draftScore) draftScore {
	return draftScore{
		figures:  s.figures.plus(t.figures),
		speakers: s.speakers.plus(t.speakers),
		quotes:   s.quotes.plus(t.quotes),
		misses:   append(s.misses[:len(s.misses):len(s.misses)], t.misses...),
	}
}

// A calibration counts a draft's money figures by where they are (a
// package's headline, an allocation's money, a claim's stated amount) and
// by the Confidence the drafter gave them, each tally's drafted the
// figures so placed and marked, matched those of them that are right (its
// expected is unused). It says whether the confidences mean what they
// say: on text the rules were not written from, an Explicit headline
// should be right more often than an Inferred one.
type calibration [3][Explicit + 1]tally

// The places of a calibration, in its order.
var calibrationPlaces = [...]string{"headline", "share", "quote"}

// calibrate returns the calibration of s's drafted figures, reading each
// one's Confidence from the Field of its path in fields. A figure with no
// Field counts as ConfidenceUnknown.
func (s draftScore) calibrate(fields []Field) calibration {
	sure := make(map[string]Confidence, len(fields))
	for _, f := range fields {
		sure[f.Path] = f.Confidence
	}
	var c calibration
	for i, g := range s.drafted {
		place := 2
		switch {
		case strings.HasSuffix(g.path, ".headline"):
			place = 0
		case strings.Contains(g.path, ".allocations["):
			place = 1
		}
		t := &c[place][sure[g.path]]
		t.drafted++
		if s.right[i] {
			t.matched++
		}
	}
	return c
}

// plus returns the sum of two calibrations: a corpus's or a set's.
func (c calibration) plus(d calibration) calibration {
	for i := range c {
		for j := range c[i] {
			c[i][j] = c[i][j].plus(d[i][j])
		}
	}
	return c
}

// String returns the counts of each place and confidence with any figure,
// most sure first: "headline explicit 5/6 inferred 1/3; quote inferred
// 9/11 guessed 0/4", each right/drafted.
func (c calibration) String() string {
	var b strings.Builder
	for i, place := range calibrationPlaces {
		sep := place
		for j := Explicit; j >= ConfidenceUnknown; j-- {
			if t := c[i][j]; t.drafted > 0 {
				if b.Len() > 0 && sep != "" {
					b.WriteString("; ")
				}
				fmt.Fprintf(&b, "%s %v %d/%d", sep, j, t.matched, t.drafted)
				sep = ""
			}
		}
	}
	return b.String()
}

// String returns the three tallies on one line.
func (s draftScore) String() string {
	return "figures " + s.figures.String() + "; speakers " + s.speakers.String() + "; quotes " + s.quotes.String()
}

// scoreDraft returns how near got, a Record drafted from an article, comes
// to want, the Record a person made by hand from the same article. It
// compares contents only: IDs, spans, references between claims and
// packages, and fields the contract does not score (periods, purposes,
// sources) are ignored.
func scoreDraft(want, got Record) draftScore {
	var s draftScore
	s.figures = s.matchFigures(scoredFigures(want), scoredFigures(got))
	s.quotes, s.speakers = s.matchClaims(want.Claims, got.Claims)
	return s
}

// A scoredFigure is one money figure of a record, with its role and where
// in the record it is, for messages.
type scoredFigure struct {
	figure currency.Figure
	role   Role
	path   string
}

// scoredFigures returns the money figures of r the scorer counts: each
// package's headline (role package), the money of each of its allocations
// at any depth (role share), and each StatedAmount of each claim.
func scoredFigures(r Record) []scoredFigure {
	var out []scoredFigure
	for i, p := range r.Packages {
		path := fmt.Sprintf("packages[%d]", i)
		if !p.Headline.IsZero() {
			out = append(out, scoredFigure{p.Headline, RolePackage, path + ".headline"})
		}
		out = allocationFigures(out, p.Allocations, path)
	}
	for i, c := range r.Claims {
		for j, a := range c.Assertions {
			if sa, ok := a.(StatedAmount); ok && !sa.Figure.IsZero() {
				out = append(out, scoredFigure{sa.Figure, sa.Role, fmt.Sprintf("claims[%d].assertions[%d]", i, j)})
			}
		}
	}
	return out
}

// allocationFigures appends to out the money each of allocs states of its
// own, and then that of its sub-allocations, as shares. An allocation with
// no money of its own (only sub-allocations) states no figure: the sum
// Allocation.Figure would give is not in the article's words.
func allocationFigures(out []scoredFigure, allocs []funding.Allocation, path string) []scoredFigure {
	for i, a := range allocs {
		p := fmt.Sprintf("%s.allocations[%d]", path, i)
		f := a.Stated
		if f.IsZero() {
			f = currency.ExactFigure(a.Amount) // zero if the allocation has no Amount
		}
		if !f.IsZero() {
			out = append(out, scoredFigure{f, RoleShare, p + ".amount"})
		}
		out = allocationFigures(out, a.Allocations, p)
	}
	return out
}

// matchFigures tallies want's figures against got's, noting each one of
// either left unmatched in s.misses.
func (s *draftScore) matchFigures(want, got []scoredFigure) tally {
	used := make([]bool, len(got))
	s.drafted, s.right = got, used
	t := tally{expected: len(want), drafted: len(got)}
	for _, w := range want {
		found := false
		for j, g := range got {
			if !used[j] && w.role == g.role && sameFigure(w.figure, g.figure) {
				used[j], found = true, true
				t.matched++
				break
			}
		}
		if !found {
			s.misses = append(s.misses, fmt.Sprintf("figure %q (%v) at %s: not drafted", w.figure.Text(), w.role, w.path))
		}
	}
	for j, g := range got {
		if !used[j] {
			s.misses = append(s.misses, fmt.Sprintf("figure %q (%v) at %s: drafted, not expected", g.figure.Text(), g.role, g.path))
		}
	}
	return t
}

// sameFigure reports whether two figures state the same money: the same
// bound, the same value (both ends of a range), currency, terms, rate base
// and unit. It is currency.Figure.Equal without the precision, so that an
// allocation's exact {"amount": "220000.00"} matches its words "£220,000",
// and "£2m" matches "£2.0m": the scorer compares values and qualifiers,
// not spellings.
func sameFigure(a, b currency.Figure) bool {
	if a.Equal(b) {
		return true
	}
	return a.Bound() == b.Bound() && a.Nominal().Equal(b.Nominal()) && a.High().Equal(b.High()) &&
		a.Per() == b.Per() && a.Over() == b.Over() && a.Of().Equal(b.Of()) && a.Each() == b.Each()
}

// matchClaims tallies the quotes of want's claims against got's, and the
// speakers of the claims whose quotes match, noting what does not match in
// s.misses. A quote equal to one of got's after normalising is matched
// before any quote that only contains or is contained in one, so that a
// short quote does not take the place of the long one it is part of.
func (s *draftScore) matchClaims(want, got []Claim) (quotes, speakers tally) {
	used := make([]bool, len(got))
	match := make([]int, len(want)) // index into got, or -1
	for i := range match {
		match[i] = -1
	}
	for _, loose := range []bool{false, true} {
		for i, w := range want {
			if match[i] >= 0 || normQuote(w.Quote) == "" {
				continue
			}
			for j, g := range got {
				if !used[j] && sameQuote(w.Quote, g.Quote, loose) {
					used[j], match[i] = true, j
					break
				}
			}
		}
	}
	for _, g := range got {
		if normQuote(g.Quote) != "" {
			quotes.drafted++
		}
	}
	for i, w := range want {
		if normQuote(w.Quote) == "" {
			continue
		}
		quotes.expected++
		speakers.expected++
		j := match[i]
		if j < 0 {
			s.misses = append(s.misses, fmt.Sprintf("quote %q of %s: not drafted", brief(w.Quote), w.Speaker.Who()))
			continue
		}
		quotes.matched++
		if noSpeakerDrafted(got[j].Speaker) {
			s.misses = append(s.misses, fmt.Sprintf("speaker of %q: none drafted, want %s", brief(w.Quote), w.Speaker.Who()))
			continue
		}
		speakers.drafted++
		if sameSpeaker(w.Speaker, got[j].Speaker) {
			speakers.matched++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("speaker of %q: drafted %s, want %s", brief(w.Quote), got[j].Speaker.Who(), w.Speaker.Who()))
		}
	}
	for j, g := range got {
		if !used[j] && normQuote(g.Quote) != "" {
			s.misses = append(s.misses, fmt.Sprintf("quote %q of %s: drafted, not expected", brief(g.Quote), g.Speaker.Who()))
		}
	}
	return quotes, speakers
}

// sameQuote reports whether quotes a and b are the same words: equal after
// normQuote or, if loose, one containing the other. An empty quote matches
// nothing.
func sameQuote(a, b string, loose bool) bool {
	a, b = normQuote(a), normQuote(b)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	return loose && (strings.Contains(a, b) || strings.Contains(b, a))
}

// quoteMarks maps curly, low and prime quotation marks to the straight
// ones, so that the same words typed with either kind of mark are one
// quote.
var quoteMarks = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`,
)

// normQuote returns q with straight quotation marks for curly ones and
// each run of white space as one space, trimmed.
func normQuote(q string) string {
	return strings.Join(strings.Fields(quoteMarks.Replace(q)), " ")
}

// noSpeakerDrafted reports whether the drafted speaker p attributes the
// words to no one: the zero Person, or the organisation DraftRecord names
// for a claim whose speaker the article does not give (unknownSpeaker),
// which it sets only so that the record is valid. Neither is an
// attribution, right or wrong.
func noSpeakerDrafted(p funding.Person) bool {
	return p.IsZero() || p == funding.Person{Org: unknownSpeaker}
}

// sameSpeaker reports whether got is the speaker want names: for a person,
// the same last name in any case (so "Sir Sadiq Khan" is "Sadiq Khan" and
// "Khan", and "Sadiq Khan MP" is too); for an organisation speaking as
// one, a person-less want, the same org, ignoring case, white space and a
// leading "the".
func sameSpeaker(want, got funding.Person) bool {
	if want.Name != "" {
		w := lastName(want.Name)
		return w != "" && strings.EqualFold(w, lastName(got.Name))
	}
	w := normOrg(want.Org)
	return w != "" && w == normOrg(got.Org)
}

// postNominals are letters written after a name that are not part of it.
var postNominals = map[string]bool{
	"mp": true, "msp": true, "ms": true, "am": true, "mla": true, "mep": true,
	"kc": true, "qc": true, "jp": true, "obe": true, "mbe": true, "cbe": true,
}

// lastName returns the last word of a person's name, without trailing
// punctuation or post-nominal letters: "Hawthorne" for "Cllr Mark
// Hawthorne", "Khan" for "Sadiq Khan MP"; "" for a name of no words.
func lastName(name string) string {
	words := strings.Fields(name)
	for len(words) > 0 {
		w := strings.TrimRight(words[len(words)-1], ",.;:")
		if w != "" && !postNominals[strings.ToLower(w)] {
			return w
		}
		words = words[:len(words)-1]
	}
	return ""
}

// normOrg returns an organisation's name in lower case with single spaces
// and no leading "the".
func normOrg(org string) string {
	o := strings.ToLower(strings.Join(strings.Fields(org), " "))
	return strings.TrimPrefix(o, "the ")
}

// brief returns q cut to its first 60 bytes at a rune boundary, with "…"
// if cut, for messages.
func brief(q string) string {
	q = normQuote(q)
	if len(q) <= 60 {
		return q
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return q[:cut] + "…"
}

// scoreFixture returns a new record of one package, headline and two
// allocations, and three claims, one of them an organisation's, with four
// stated amounts among them: 1 + 2 + 4 = 7 figures, 3 quotes.
func scoreFixture() Record {
	fig := currency.MustParseFigure
	return Record{
		Packages: []funding.Package{{
			ID:       "p",
			Funder:   funding.Org{Name: "Mayor of London"},
			Headline: fig("more than £4 million"),
			Allocations: []funding.Allocation{
				{ID: "rcc", Count: funding.MustCount(currency.Exact, 4), Amount: currency.MustParse("GBP 1260000.00")},
				{ID: "dev", Stated: fig("£100,000")},
			},
		}},
		Claims: []Claim{
			{ID: "khan", Speaker: funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London"},
				Quote: "I’m announcing a new £2.4m package, with £1m for advocates.",
				Assertions: Assertions{
					StatedAmount{Figure: fig("£2.4m"), Role: RolePackage},
					StatedAmount{Figure: fig("£1m"), Role: RoleShare},
				}},
			{ID: "hall", Speaker: funding.Person{Name: "Susan Hall", Party: "Conservative"},
				Quote: "a fully-costed proposal for a £4.5m inquiry - the mayor coughing up £2m",
				Assertions: Assertions{
					StatedAmount{Figure: fig("£4.5m"), Role: RoleProposal},
					StatedAmount{Figure: fig("£2m"), Role: RolePackage},
				}},
			{ID: "met", Speaker: funding.Person{Org: "Metropolitan Police Service"},
				Quote: "about 9,000 historic cases"},
		},
	}
}

func TestScoreDraft(t *testing.T) {
	full := func(n int) tally { return tally{n, n, n} }
	tests := []struct {
		name                      string
		want                      Record
		got                       func(r *Record)
		figures, speakers, quotes tally
	}{
		{"itself", scoreFixture(), func(*Record) {}, full(7), full(3), full(3)},
		{"the empty record", scoreFixture(), func(r *Record) { *r = Record{} },
			tally{7, 0, 0}, tally{3, 0, 0}, tally{3, 0, 0}},
		{"drafted from nothing expected", Record{}, func(*Record) {},
			tally{0, 7, 0}, tally{}, tally{0, 3, 0}},
		{"one role changed", scoreFixture(), func(r *Record) {
			r.Claims[1].Assertions[1] = StatedAmount{Figure: currency.MustParseFigure("£2m"), Role: RoleOther}
		}, tally{7, 7, 6}, full(3), full(3)},
		{"one figure misread", scoreFixture(), func(r *Record) {
			r.Packages[0].Headline = currency.MustParseFigure("£4 million")
		}, tally{7, 7, 6}, full(3), full(3)},
		{"an allocation in words for an exact one", scoreFixture(), func(r *Record) {
			r.Packages[0].Allocations[0].Amount = currency.Amount{}
			r.Packages[0].Allocations[0].Stated = currency.MustParseFigure("£1,260,000")
			r.Packages[0].Allocations[1].Stated = currency.Figure{}
			r.Packages[0].Allocations[1].Amount = currency.MustParse("GBP 100000.00")
		}, full(7), full(3), full(3)},
		{"an extra figure", scoreFixture(), func(r *Record) {
			r.Claims[2].Assertions = Assertions{StatedAmount{Figure: currency.MustParseFigure("£9,000"), Role: RoleOther}}
		}, tally{7, 8, 7}, full(3), full(3)},
		{"a speaker given to the wrong person", scoreFixture(), func(r *Record) {
			r.Claims[1].Speaker = funding.Person{Name: "Claire Waxman"}
		}, full(7), tally{3, 3, 2}, full(3)},
		{"a speaker by last name and title", scoreFixture(), func(r *Record) {
			r.Claims[0].Speaker = funding.Person{Name: "Sadiq Khan MP"}
			r.Claims[1].Speaker = funding.Person{Name: "Hall"}
		}, full(7), full(3), full(3)},
		{"an organisation by its name", scoreFixture(), func(r *Record) {
			r.Claims[2].Speaker = funding.Person{Org: "the Metropolitan  Police Service"}
		}, full(7), full(3), full(3)},
		{"an organisation for a person", scoreFixture(), func(r *Record) {
			r.Claims[1].Speaker = funding.Person{Org: "City Hall Conservatives"}
		}, full(7), tally{3, 3, 2}, full(3)},
		{"a quote with no speaker", scoreFixture(), func(r *Record) {
			r.Claims[2].Speaker = funding.Person{}
		}, full(7), tally{3, 2, 2}, full(3)},
		{"a quote with the drafter's unknown speaker", scoreFixture(), func(r *Record) {
			r.Claims[2].Speaker = funding.Person{Org: "unknown speaker"}
		}, full(7), tally{3, 2, 2}, full(3)},
		{"a quote with a role and the unknown speaker", scoreFixture(), func(r *Record) {
			r.Claims[2].Speaker = funding.Person{Role: "spokesperson", Org: "unknown speaker"}
		}, full(7), tally{3, 3, 2}, full(3)},
		{"quotes differing in white space and marks", scoreFixture(), func(r *Record) {
			r.Claims[0].Quote = "I'm announcing a new £2.4m\n package,  with £1m for advocates."
			r.Claims[1].Quote = " a fully-costed proposal for a £4.5m inquiry - the mayor\tcoughing up £2m "
		}, full(7), full(3), full(3)},
		{"a quote within a longer one", scoreFixture(), func(r *Record) {
			r.Claims[2].Quote = "identified about 9,000 historic cases that could fall under the criteria"
		}, full(7), full(3), full(3)},
		{"a quote cut short", scoreFixture(), func(r *Record) {
			r.Claims[0].Quote = "I’m announcing a new £2.4m package"
		}, full(7), full(3), full(3)},
		{"a quote missed", scoreFixture(), func(r *Record) {
			r.Claims = r.Claims[:2]
		}, full(7), tally{3, 2, 2}, tally{3, 2, 2}},
		{"a quote of other words", scoreFixture(), func(r *Record) {
			r.Claims[2].Quote = "about 1,200 remained in scope"
		}, full(7), tally{3, 2, 2}, tally{3, 3, 2}},
	}
	for _, tt := range tests {
		got := scoreFixture()
		tt.got(&got)
		s := scoreDraft(tt.want, got)
		if s.figures != tt.figures || s.speakers != tt.speakers || s.quotes != tt.quotes {
			t.Errorf("%s: scoreDraft = %v, want figures %v; speakers %v; quotes %v\nmisses: %q",
				tt.name, s, tt.figures, tt.speakers, tt.quotes, s.misses)
		}
		// Every shortfall is explained, and a perfect score has nothing to
		// explain.
		perfect := true
		for _, c := range []tally{s.figures, s.speakers, s.quotes} {
			perfect = perfect && c.matched == c.expected && c.matched == c.drafted
		}
		if perfect != (len(s.misses) == 0) {
			t.Errorf("%s: scoreDraft = %v with misses %q", tt.name, s, s.misses)
		}
	}
}

// TestCalibrate checks that each drafted figure is counted under its own
// place and the Confidence of its Field, right only if it matched: a
// role changed makes that figure wrong under its confidence alone, and a
// figure with no Field counts as unknown.
func TestCalibrate(t *testing.T) {
	got := scoreFixture()
	got.Claims[1].Assertions[1] = StatedAmount{Figure: currency.MustParseFigure("£2m"), Role: RoleOther}
	fields := []Field{
		{Path: "packages[0].headline", Confidence: Explicit},
		{Path: "packages[0].allocations[0].amount", Confidence: Explicit},
		{Path: "claims[0].assertions[0]", Confidence: Inferred},
		{Path: "claims[1].assertions[1]", Confidence: Guessed},
		{Path: "claims[1].speaker", Confidence: Guessed},
	}
	c := scoreDraft(scoreFixture(), got).calibrate(fields)
	var want calibration
	want[0][Explicit] = tally{drafted: 1, matched: 1}
	want[1][Explicit] = tally{drafted: 1, matched: 1}
	want[1][ConfidenceUnknown] = tally{drafted: 1, matched: 1}
	want[2][Inferred] = tally{drafted: 1, matched: 1}
	want[2][Guessed] = tally{drafted: 1}
	want[2][ConfidenceUnknown] = tally{drafted: 2, matched: 2}
	if c != want {
		t.Errorf("calibrate = %v, want %v", c, want)
	}
	const text = "headline explicit 1/1; share explicit 1/1 unknown 1/1; quote inferred 1/1 guessed 0/1 unknown 2/2"
	if got := c.String(); got != text {
		t.Errorf("calibration.String() = %q, want %q", got, text)
	}
	if got := c.plus(c)[2][ConfidenceUnknown]; got != (tally{drafted: 4, matched: 4}) {
		t.Errorf("calibration.plus: quote unknown = %+v, want 4 of 4", got)
	}
}

func TestTallyRatios(t *testing.T) {
	tests := []struct {
		t                 tally
		recall, precision float64
	}{
		{tally{}, 1, 1},
		{tally{expected: 4}, 0, 1},
		{tally{drafted: 4}, 1, 0},
		{tally{10, 8, 8}, 0.8, 1},
		{tally{8, 10, 8}, 1, 0.8},
		{tally{4, 5, 3}, 0.75, 0.6},
	}
	for _, tt := range tests {
		if r, p := tt.t.recall(), tt.t.precision(); r != tt.recall || p != tt.precision {
			t.Errorf("%+v: recall, precision = %v, %v, want %v, %v", tt.t, r, p, tt.recall, tt.precision)
		}
	}
	sum := tally{4, 5, 3}.plus(tally{6, 5, 5})
	if want := (tally{10, 10, 8}); sum != want {
		t.Errorf("plus = %+v, want %+v", sum, want)
	}
	if got, want := (tally{4, 5, 3}).String(), "3 of 4 expected, 5 drafted: recall 75.0%, precision 60.0%"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestScoreQuoteOrder checks that an exact match is preferred to a loose
// one: the short quote "too late" must not take the drafted "too little,
// too late" that merely contains it, leaving the expected "too little,
// too late" unmatched when "too late" has a loose match of its own.
func TestScoreQuoteOrder(t *testing.T) {
	who := funding.Person{Name: "Susan Hall"}
	want := Record{Claims: []Claim{
		{ID: "a", Speaker: who, Quote: "too late"},
		{ID: "b", Speaker: who, Quote: "too little, too late"},
	}}
	got := Record{Claims: []Claim{
		{ID: "x", Speaker: who, Quote: "too little, too late"},
		{ID: "y", Speaker: who, Quote: "far too late now"},
	}}
	if s := scoreDraft(want, got); s.quotes != (tally{2, 2, 2}) || s.speakers != (tally{2, 2, 2}) {
		t.Errorf("scoreDraft = %v, want every quote and speaker matched; misses %q", s, s.misses)
	}
}

func TestLastName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Sir Sadiq Khan", "Khan"},
		{"Cllr Mark Hawthorne", "Hawthorne"},
		{"Sadiq Khan MP", "Khan"},
		{"Hall,", "Hall"},
		{"", ""},
		{"MP", ""},
	}
	for _, tt := range tests {
		if got := lastName(tt.name); got != tt.want {
			t.Errorf("lastName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
