package claims

import (
	"fmt"
	"testing"
)

// The floors of TestFromQuoteCorpus: the recall and precision of figures
// with their roles, and of their terms, that
// FromQuote reached on the corpus when they were set. They are regression
// floors, not goals (issue 12's goal is 90% for the whole drafter): raise
// them as the cues improve, never lower them to let a change through.
// They were lowered twice, not for a change of code but for data: six
// articles held out from the cues' writing joined the corpus, and
// FromQuote read 5 of their 14 stated amounts' roles right, taking the
// totals from 50 of 71 (70.4%) to 55 of 85 (64.7%), floor 0.70 to 0.64;
// then a second held-out six, whose records were committed before the
// cues were run on them, of whose 11 stated amounts it read 3 right,
// taking the totals to 58 of 96 (60.4%), floor 0.64 to 0.60. Raised
// at 76 of 107 (71.0%), to 0.71, then lowered a third time for a fourth
// held-out six, of whose 19 stated amounts FromQuote read 6 right, taking
// the totals to 82 of 126 (65.1%), floor 0.71 to 0.65. With the fifth and
// sixth sets read and a seventh held out, the totals are 129 of 183
// (70.5%), floors 0.70. The seventh set's records are the first to give
// stated amounts terms (four figures "per pupil", per head); FromQuote
// read none of them until the set was read, and then all four. With the
// seventh set read and an eighth held out, the totals were 160 of 205
// (78.0%), floors 0.78, and the terms 5 of 5 (one "in cash terms" from
// the eighth), floors whole. With the eighth read (164 of 205) and a ninth
// held out, of whose 9 stated amounts FromQuote read 4 right, the totals
// are 168 of 214 (78.5%): the floors stay 0.78. A tenth held-out set of
// eight, of whose 30 stated amounts FromQuote read 13 right, takes the
// totals to 181 of 244 (74.2%), floors 0.74, and an eleventh, of whose 20
// it read 12 right, to 193 of 264 (73.1%), floors 0.73. With the ninth
// read ("a third - £227 million -" a change), 194 of 264 (73.5%): the
// floors stay 0.73. With the tenth and eleventh read, 213 of 264, and a
// twelfth held-out set of eight, of whose 23 stated amounts FromQuote read
// 9 right at its first measure and 9 after, the totals are 213 of 287
// (74.2%), floors 0.74. With the twelfth read, 216 of 287, and a
// thirteenth held-out set of eight, of whose 20 stated amounts FromQuote
// read 9 right, the totals are 225 of 307 (73.3%), floors 0.73. With the
// thirteenth read, 228 of 307, and a fourteenth held-out set of four, of
// whose 21 stated amounts FromQuote read 7 right, the totals are 235 of
// 328 (71.6%), floors 0.71. With four more held-out articles in the
// fourteenth set, the fourteenth read, and a fifteenth held-out set of
// five, whose records are the first since the eighth to give terms (two,
// neither read), the totals are 249 of 357 (69.7%, precision 69.9%),
// floors 0.69, and the terms 5 of 7, floor 0.71. With a sixteenth held-out
// set of eight, of whose 21 stated amounts FromQuote read 12 right (and
// its one term), the totals are 261 of 378 (69.0%, precision 69.2%) and
// the terms 6 of 8: the floors stay. With the fourteenth and fifteenth
// read, four more held-out articles in the sixteenth set and the records'
// conventions settled, 272 of 386 (70.5%, precision 70.6%): the floors
// stay. With a seventeenth held-out set of twelve, of whose 31 stated
// amounts FromQuote read 14 right before the sixteenth was read and 15
// after, and the sixteenth read, 288 of 415 (69.4%, precision 69.6%),
// and the terms 6 of 8: the floors stay. With an eighteenth held-out set
// of twelve, of whose 25 stated amounts FromQuote read 16 right before the
// seventeenth was read and 16 after, and the seventeenth read, 311 of 440
// (70.7%, precision 70.8%), and the terms 6 of 8: the floors stay. With a
// nineteenth held-out set of twelve, of whose 13 stated amounts FromQuote
// read 7 right before the eighteenth was read and 7 after, and the
// eighteenth and older sets read, 325 of 453 (71.7%, precision 71.9%),
// and the terms 6 of 8: the floors stay. With the twentieth and
// twenty-first held-out sets of twelve each, of whose 15 and 37 stated
// amounts FromQuote read 7 and 18 right at their first measure, and the
// nineteenth and older sets read, 351 of 505 (69.5%, precision 69.4%),
// and the terms 7 of 9: the floors stay. With a twenty-second held-out
// set of six, of whose 26 stated amounts FromQuote read 12 right at its
// first measure, 363 of 531 (68.4%, precision 68.2%), and the terms 7 of
// 9: the figure floors fall to what the corpus now measures; after the
// twentieth set was read, 365 of 535 (68.2%, precision 68.1%). With a
// twenty-third held-out set of six, of whose 23 stated amounts FromQuote
// read 5 right at its first measure and of whose 3 terms none, 370 of 558
// (66.3%, precision 66.2%), and the terms 7 of 12: the floors fall to
// what the corpus now measures. With a twenty-fourth of four, of whose 10
// stated amounts FromQuote read 3 right at its first measure, 375 of 568
// (66.0%, precision 65.9%), and the terms 8 of 13. After the twenty-first
// set was read, 386 of 574 (67.2%, precision 67.2%): floors 0.67. With a
// twenty-fifth held-out set of six, of whose 13 stated amounts FromQuote
// read 7 right at its first measure, 393 of 587 (66.95%): floors 0.66;
// with the records' conventions settled, 394 of 587 (67.1%): floors 0.67.
const (
	fromQuoteRecallFloor         = 0.67
	fromQuotePrecisionFloor      = 0.67
	fromQuoteTermsRecallFloor    = 0.61
	fromQuoteTermsPrecisionFloor = 1.0
)

// TestFromQuoteCorpus runs FromQuote on the quote of every claim of every
// hand-made corpus record and compares the figures it proposes, with their
// roles, with the claim's stated amounts. A proposed figure pairs with a
// stated amount whose span overlaps its own, or, for a stated amount with
// no span, one stating the same figure. A pair whose figures state the
// same and whose roles are equal is matched; a stated amount left unpaired
// or paired with another role or figure counts against recall, a proposed
// figure not matched against precision. The terms of each pair are
// tallied the same way: expected where the record sets them, proposed
// where FromQuote reads them, matched where both are set and equal. It
// logs every miss per article and the totals, and fails below the floors.
func TestFromQuoteCorpus(t *testing.T) {
	var figures, terms tally
	for _, a := range corpusArticles(t) {
		var art, artTerms tally
		var misses []string
		for _, c := range a.want.Claims {
			f, tm, m := scoreFromQuote(c)
			art, artTerms = art.plus(f), artTerms.plus(tm)
			for _, s := range m {
				misses = append(misses, fmt.Sprintf("claim %q: %s", c.ID, s))
			}
		}
		t.Logf("%s: %v", a.slug, art)
		for _, m := range misses {
			t.Logf("  %s", m)
		}
		figures, terms = figures.plus(art), terms.plus(artTerms)
	}
	t.Logf("total: figures with role %v; terms %v", figures, terms)
	if r, p := figures.recall(), figures.precision(); r < fromQuoteRecallFloor || p < fromQuotePrecisionFloor {
		t.Errorf("FromQuote on the corpus: recall %.1f%%, precision %.1f%%, want at least %.1f%% and %.1f%%",
			100*r, 100*p, 100*fromQuoteRecallFloor, 100*fromQuotePrecisionFloor)
	}
	if r, p := terms.recall(), terms.precision(); r < fromQuoteTermsRecallFloor || p < fromQuoteTermsPrecisionFloor {
		t.Errorf("FromQuote on the corpus: terms recall %.1f%%, precision %.1f%%, want at least %.1f%% and %.1f%%",
			100*r, 100*p, 100*fromQuoteTermsRecallFloor, 100*fromQuoteTermsPrecisionFloor)
	}
}

// scoreFromQuote runs FromQuote on c's quote and tallies its figures with
// roles against c's stated amounts (expected: the stated amounts; drafted:
// FromQuote's figures; matched: pairs with the same figure and role) and
// its terms against the terms c's stated amounts set, with a line for
// each miss.
func scoreFromQuote(c Claim) (figures, terms tally, misses []string) {
	var want []StatedAmount
	for _, as := range c.Assertions {
		if sa, ok := as.(StatedAmount); ok {
			want = append(want, sa)
		}
	}
	got := FromQuote(c.Quote)
	figures = tally{expected: len(want), drafted: len(got)}
	pair := make([]int, len(want)) // index into got, or -1
	used := make([]bool, len(got))
	for i := range pair {
		pair[i] = -1
	}
	// Spans first, so that a figure stated twice in a quote pairs with
	// its own words; then figures, for stated amounts with no span.
	for _, bySpan := range []bool{true, false} {
		for i, w := range want {
			if pair[i] >= 0 || bySpan == w.Span.IsZero() {
				continue
			}
			for j, g := range got {
				if used[j] {
					continue
				}
				if bySpan && w.Span.Start < g.Span.End && g.Span.Start < w.Span.End ||
					!bySpan && sameFigure(w.Figure, g.Figure) {
					pair[i], used[j] = j, true
					break
				}
			}
		}
	}
	for i, w := range want {
		if pair[i] < 0 {
			misses = append(misses, fmt.Sprintf("%q (%v): not found", w.Figure.Text(), w.Role))
			continue
		}
		g := got[pair[i]]
		switch {
		case !sameFigure(w.Figure, g.Figure):
			misses = append(misses, fmt.Sprintf("%q (%v): read as %q (%v)", w.Figure.Text(), w.Role, g.Figure.Text(), g.Role))
		case w.Role != g.Role:
			misses = append(misses, fmt.Sprintf("%q (%v): read as %v%s", w.Figure.Text(), w.Role, g.Role, context(c.Quote, g.Span)))
		default:
			figures.matched++
		}
		if w.Terms != TermsUnknown {
			terms.expected++
		}
		if g.Terms != TermsUnknown {
			terms.drafted++
		}
		switch {
		case w.Terms != TermsUnknown && g.Terms == w.Terms:
			terms.matched++
		case w.Terms != g.Terms:
			misses = append(misses, fmt.Sprintf("%q: terms %v, read as %v", w.Figure.Text(), w.Terms, g.Terms))
		}
	}
	for j, g := range got {
		if !used[j] {
			misses = append(misses, fmt.Sprintf("%q (%v): proposed, no stated amount%s", g.Figure.Text(), g.Role, context(c.Quote, g.Span)))
		}
	}
	return figures, terms, misses
}

// context returns the words of quote around span sp, for a miss's line:
// ` in "… coughing up £2m after …"`.
func context(quote string, sp Span) string {
	from, to := max(0, sp.Start-60), min(len(quote), sp.End+40)
	for from > 0 && from < sp.Start && quote[from]&0xc0 == 0x80 {
		from++
	}
	for to < len(quote) && quote[to]&0xc0 == 0x80 {
		to++
	}
	return fmt.Sprintf(" in %q", "…"+quote[from:to]+"…")
}
